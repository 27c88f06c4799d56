/// Removes editorial noise so that only changes of substance count: amendment markers ("[F48]"),
/// insertion brackets, smart quotes, dashes, white space, case, list labels and the numbers of
/// cross-references.
enum EditorialNormalizer {
  static let referenceWords: Set<String> = [
    "section", "sections", "subsection", "subsections", "paragraph", "paragraphs", "article", "articles",
    "regulation", "regulations", "schedule", "part", "chapter", "rule", "annex", "clause", "s", "ss", "para",
  ]

  /// The words of a text after normalisation.
  static func words(_ text: String) -> [String] {
    var cleaned = ""
    cleaned.reserveCapacity(text.utf8.count)
    var skipMarker = false
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      switch scalar {
      case "[":
        // "[F48]" style markers disappear; other brackets are insertion marks.
        if index + 2 < scalars.count, ["F", "E", "C", "M"].contains(scalars[index + 1]),
          scalars[index + 2].properties.numericType != nil
        {
          skipMarker = true
        }
      case "]": skipMarker = false
      case "‘", "’", "`", "´": cleaned.unicodeScalars.append("'")
      case "“", "”", "„": cleaned.unicodeScalars.append("\"")
      case "—", "–", "‑": cleaned += " - "
      case "\u{A0}": cleaned += " "
      default:
        if !skipMarker { cleaned.unicodeScalars.append(scalar) }
      }
    }
    var words: [String] = []
    var previous = ""
    for raw in cleaned.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
      var word = String(raw)
      // List labels "(a)", "(iv)", "(2)" and reference numbers "75", "3.2(d)" after a reference word.
      if word.hasPrefix("("), word.hasSuffix(")") || word.hasSuffix("),") || word.hasSuffix(");"),
        word.count <= 7
      {
        word = "(#)"
      } else if referenceWords.contains(previous), word.first?.isNumber == true {
        word = "#"
      }
      word = word.trimming("\"'.,;:")
      if word.isEmpty { continue }
      words.append(word)
      previous = word
    }
    return words
  }

  /// The normalised text, words joined by single spaces.
  static func key(_ text: String) -> String {
    words(text).joined(separator: " ")
  }
}
