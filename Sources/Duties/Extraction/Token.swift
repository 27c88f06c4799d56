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
  /// The word lists its lower-case text belongs to (none for punctuation).
  var classes: WordClasses = []

  /// Whether the first character is an upper-case letter.
  var isCapitalized: Bool {
    if let byte = text.utf8.first, byte < 0x80 { return byte >= 0x41 && byte <= 0x5A }
    return text.first?.isUppercase == true
  }
  /// Whether every letter is upper case and there are at least two ("MUST", "PCT").
  var isAllCaps: Bool {
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      var letters = 0
      for byte in text.utf8 {
        if byte >= 0x61 && byte <= 0x7A { return false }
        if byte >= 0x41 && byte <= 0x5A { letters += 1 }
      }
      return letters >= 2
    }
    let letters = text.filter(\.isLetter)
    return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
  }
}
