/// The note that says how a document uses its key words: "This document … uses the words MUST, SHOULD,
/// MAY and MUST NOT as defined in RFC 2119". It names the key words; it binds no one.
enum KeywordConventionNote {
  /// Whether a sentence points at the convention (RFC 2119, BCP 14), speaks of words, and names two key
  /// words or more in capitals.
  static func isNote(_ sentence: String, _ tokens: [Token]) -> Bool {
    guard DeonticLexicon.keywordConventionMarks.contains(where: sentence.containsBytes),
      DeonticLexicon.conventionNouns.contains(where: sentence.containsBytes)
    else { return false }
    let named = Set(tokens.filter { DeonticLexicon.conventionKeywords.contains($0.text) }.map(\.text))
    return named.count >= 2
  }
}
