/// A word or punctuation mark of a sentence, with its UTF-8 offsets in the sentence.
struct Token: Sendable {
  /// The text as written.
  var text: String
  /// The text in lower case, curly apostrophes straightened.
  var lower: String
  /// The UTF-8 offset where it starts in the sentence.
  var start: Int
  /// The UTF-8 offset just past it.
  var end: Int
  /// Whether it is a word (letters or digits), not punctuation.
  var isWord: Bool

  /// Whether the first character is an upper-case letter.
  var isCapitalized: Bool { text.first?.isUppercase == true }
  /// Whether every letter is upper case and there are at least two ("MUST", "PCT").
  var isAllCaps: Bool {
    let letters = text.filter(\.isLetter)
    return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
  }
}

/// Splits a sentence into tokens.
enum Tokenizer {
  static func tokens(_ sentence: String) -> [Token] {
    var tokens: [Token] = []
    var current = ""
    var start = 0
    var offset = 0
    func flush() {
      guard !current.isEmpty else { return }
      var lower = current.lowercased()
      if lower.unicodeScalars.contains("’") {
        lower = String(String.UnicodeScalarView(lower.unicodeScalars.map { $0 == "’" ? "'" : $0 }))
      }
      tokens.append(Token(text: current, lower: lower, start: start, end: offset, isWord: true))
      current = ""
    }
    let scalars = Array(sentence.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      let width = String(scalar).utf8.count
      let isWordChar = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      let joins: Bool = {
        // Apostrophes, hyphens and dots inside words ("council's", "co-operate", "e.g", "1.2").
        guard !current.isEmpty, index + 1 < scalars.count else { return false }
        let next = scalars[index + 1]
        let nextIsWord = next.properties.isAlphabetic || next.properties.numericType != nil
        switch scalar {
        case "'", "’", "-", "‑": return nextIsWord
        case ".": return nextIsWord && (current.count <= 3 || current.last?.isNumber == true)
        default: return false
        }
      }()
      if isWordChar || joins {
        if current.isEmpty { start = offset }
        current.unicodeScalars.append(scalar)
      } else {
        flush()
        if !scalar.properties.isWhitespace {
          let text = String(scalar)
          tokens.append(Token(text: text, lower: text, start: offset, end: offset + width, isWord: false))
        }
      }
      offset += width
    }
    flush()
    return tokens
  }
}
