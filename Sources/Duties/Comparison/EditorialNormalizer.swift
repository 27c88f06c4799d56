/// Removes editorial noise so that only changes of substance count: amendment markers ("[F48]"),
/// insertion brackets, smart quotes, dashes, white space, case, list labels and the numbers of
/// cross-references.
enum EditorialNormalizer {
  /// The last word made the full reference word when a number follows it.
  private static func canonicalizeReference(_ words: inout [String]) {
    guard let last = words.last, let full = ReferenceLexicon.referenceForms[last] else { return }
    words[words.count - 1] = full
  }

  /// The words of a text after normalisation.
  static func words(_ text: String) -> [String] {
    if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return asciiWords(text) }
    var cleaned = ""
    cleaned.reserveCapacity(text.utf8.count)
    var skipMarker = false
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      switch scalar {
      case "[":
        // "[F48]" style markers disappear; other brackets are insertion marks.
        if index + 2 < scalars.count, scalars[index + 1].isASCII,
          ComparisonLexicon.amendmentMarkerLetters.contains(UInt8(scalars[index + 1].value)),
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
      } else if word.first?.isNumber == true, ReferenceLexicon.comparedReferenceWords.contains(previous) {
        word = "#"
        canonicalizeReference(&words)
      }
      word = word.trimming("\"'.,;:")
      if word.isEmpty { continue }
      words.append(word)
      previous = word
    }
    return words
  }

  /// `words(_:)` for ASCII text without carriage returns, where every character is one byte.
  private static func asciiWords(_ text: String) -> [String] {
    var cleaned: [UInt8] = []
    cleaned.reserveCapacity(text.utf8.count)
    var skipMarker = false
    // Each byte with the two after it: "[F48]" style markers disappear; other brackets are insertion marks.
    let bytes = Array(text.utf8)
    for (index, byte) in bytes.enumerated() {
      switch byte {
      case UInt8(ascii: "["):
        if index + 2 < bytes.count, ComparisonLexicon.amendmentMarkerLetters.contains(bytes[index + 1]),
          bytes[index + 2] >= 0x30 && bytes[index + 2] <= 0x39
        {
          skipMarker = true
        }
      case UInt8(ascii: "]"): skipMarker = false
      case UInt8(ascii: "`"): cleaned.append(UInt8(ascii: "'"))
      default:
        if !skipMarker { cleaned.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
      }
    }
    var words: [String] = []
    words.reserveCapacity(cleaned.count / 6 + 1)
    var previous = ""
    var start = 0
    while start < cleaned.count {
      var end = start
      while end < cleaned.count, !isSeparator(cleaned[end]) { end += 1 }
      defer { start = end + 1 }
      guard end > start else { continue }
      var word = cleaned[start..<end]
      let last = word.last!
      let beforeLast = word.count >= 2 ? word[word.endIndex - 2] : 0
      if word.first == UInt8(ascii: "("),
        last == UInt8(ascii: ")")
          || beforeLast == UInt8(ascii: ")") && (last == UInt8(ascii: ",") || last == UInt8(ascii: ";")),
        word.count <= 7
      {
        word = ArraySlice("(#)".utf8)
      } else if let first = word.first, first >= 0x30 && first <= 0x39,
        ReferenceLexicon.comparedReferenceWords.contains(previous)
      {
        word = [UInt8(ascii: "#")]
        canonicalizeReference(&words)
      }
      while let first = word.first, trimmed.contains(first) { word = word.dropFirst() }
      while let last = word.last, trimmed.contains(last) { word = word.dropLast() }
      if word.isEmpty { continue }
      previous = String(decoding: word, as: UTF8.self)
      words.append(previous)
    }
    return words
  }

  private static let trimmed = Array("\"'.,;:".utf8)

  private static func isSeparator(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09
  }

  /// Normalised words without pointers to other parts of the text: "as further explained under
  /// {{security-multi}}" and a bare "{{anchor}}" say where to read more, not what is required.
  static func withoutPointers(_ words: [String]) -> [String] {
    var result: [String] = []
    result.reserveCapacity(words.count)
    var index = 0
    while index < words.count {
      let word = words[index]
      if word.hasPrefix("{{") || word.hasPrefix("({{") {
        index += 1
        continue
      }
      if word == "as" || word == "(as" {
        var next = index + 1
        while next < words.count, ReferenceLexicon.pointerAdverbs.contains(words[next]) { next += 1 }
        if next + 1 < words.count, ReferenceLexicon.pointerParticiples.contains(words[next]),
          ReferenceLexicon.pointerPrepositions.contains(words[next + 1])
        {
          // The pointer runs to the end of the words or of its bracket.
          var end = next + 2
          while end < words.count, !words[end - 1].hasSuffix(")") { end += 1 }
          index = end
          continue
        }
      }
      // "the exemption described in {{exempt}}": the participle goes with its anchor.
      if ReferenceLexicon.pointerParticiples.contains(word), index + 2 < words.count,
        ReferenceLexicon.pointerPrepositions.contains(words[index + 1]),
        words[index + 2].hasPrefix("{{") || words[index + 2].hasPrefix("({{")
      {
        index += 3
        continue
      }
      // "given below", "set out above": a place in the text, not what is required.
      if ReferenceLexicon.placeParticiples.contains(word) {
        var next = index
        while next < words.count, ReferenceLexicon.placeParticiples.contains(words[next]) { next += 1 }
        if next < words.count, ReferenceLexicon.pointerPlaces.contains(words[next]) {
          index = next + 1
          continue
        }
      }
      result.append(word)
      index += 1
    }
    return result
  }

  /// Normalised words without bracketed examples or pointers: "the scheme name portion of a URI-ID
  /// (e.g., sip)" names the same thing as "the scheme name portion of a URI-ID", and "(see also
  /// {{idn}})" or "({{wildcards}}; but see also…)" says where to read more.
  static func withoutExampleBrackets(_ words: [String]) -> [String] {
    withoutBrackets(words) { bracket, next in
      opensExamples(String(bracket.first!.dropFirst()), next: next) || isPointerBracket(bracket)
    }
  }

  /// Normalised words without the brackets that `leaves` (given a bracket's words, from the word that
  /// opens it to the one that closes it, and the word after its opening one) says to leave out.
  static func withoutBrackets(
    _ words: [String], leaving leaves: (ArraySlice<String>, String) -> Bool
  ) -> [String] {
    guard words.contains(where: { $0.hasPrefix("(") }) else { return words }
    var result: [String] = []
    result.reserveCapacity(words.count)
    var index = 0
    while index < words.count {
      let word = words[index]
      let next = index + 1 < words.count ? words[index + 1] : ""
      if word.hasPrefix("(") {
        let end = bracketEnd(words, at: index)
        if leaves(words[index..<end], next) {
          index = end
          continue
        }
      }
      result.append(word)
      index += 1
    }
    return result
  }

  /// Where the bracket opened by the word at `index` ends (the index after the word that closes it,
  /// brackets inside it counted).
  static func bracketEnd(_ words: [String], at index: Int) -> Int {
    var depth = 0
    var end = index
    while end < words.count {
      depth += words[end].filter { $0 == "(" }.count - words[end].filter { $0 == ")" }.count
      end += 1
      if depth <= 0 { break }
    }
    return end
  }

  /// Whether a bracket's words only point elsewhere: anchors ("{{idn}}"), references ("section #"),
  /// "see", "also", "but" ("(see also {{a}} but see {{b}})"). "(see {{reports}}; copies go to the
  /// minister)" or "(see {{idn}} regarding wildcards)" says more.
  static func isPointerBracket(_ words: ArraySlice<String>) -> Bool {
    guard let first = words.first,
      first.hasPrefix("({{")
        || first.hasPrefix("(")
          && ComparisonLexicon.pointerAsideLeads.contains(String(first.dropFirst()))
    else { return false }
    return words.allSatisfy { raw in
      let word = raw.trimming("()")
      return word.hasPrefix("{{") || ComparisonLexicon.pointerAsideWords.contains(word)
        || ReferenceLexicon.comparedReferenceWords.contains(word)
    }
  }

  /// An action's words without a trailing list of examples ("make joint appointments at any level,
  /// including joint directors…"), reason ("…, because best practices differ") or purpose ("…in order
  /// to prevent…"): a rewrite often drops or adds them and keeps the obligation.
  static func withoutExamples(_ words: [String]) -> [String] {
    for index in words.indices.dropFirst(2) {
      let next = index + 1 < words.count ? words[index + 1] : ""
      if opensExamples(words[index], next: next) || opensPurpose(words, at: index) {
        return Array(words[..<index])
      }
    }
    return words
  }

  /// Whether the words at `index` open a purpose: "in order to", "so as to".
  private static func opensPurpose(_ words: [String], at index: Int) -> Bool {
    ComparisonLexicon.purposeLeads.contains { lead in
      index + lead.count <= words.count && words[index..<(index + lead.count)].elementsEqual(lead)
    }
  }

  /// Whether a word (with the one after it) opens a list of examples or a reason: "including", "e.g",
  /// "such as", "for example", "because".
  private static func opensExamples(_ word: String, next: String) -> Bool {
    ComparisonLexicon.exampleLeads.contains(word) || ComparisonLexicon.exampleLeadPairs[word] == next
  }

  /// The normalised text, words joined by single spaces.
  static func key(_ text: String) -> String {
    words(text).joined(separator: " ")
  }
}
