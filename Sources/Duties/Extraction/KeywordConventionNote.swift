/// The note that says how a document uses its key words: "This document … uses the words MUST, SHOULD,
/// MAY and MUST NOT as defined in RFC 2119". It names the key words; it binds no one.
enum KeywordConventionNote {
  /// Whether a sentence points at the convention (RFC 2119, BCP 14), speaks of words ("the words",
  /// "key words", "are to be interpreted"), and names two key words or more in capitals as a list or in
  /// quotes rather than using them ("MUST, SHOULD and MAY", not "MUST be at least 12 characters").
  static func isNote(_ sentence: String, _ tokens: [Token]) -> Bool {
    guard DeonticLexicon.keywordConventionMarks.contains(where: sentence.containsBytes),
      tokens.contains(where: { DeonticLexicon.conventionNouns.contains($0.lower) })
    else { return false }
    var named: Set<String> = []
    for index in tokens.indices where DeonticLexicon.conventionKeywords.contains(tokens[index].text) {
      var next = index + 1
      while next < tokens.count, tokens[next].text == "NOT" { next += 1 }
      if next == tokens.count || DeonticLexicon.keywordListMarks.contains(tokens[next].lower) {
        named.insert(tokens[index].text)
      }
    }
    return named.count >= 2
  }
}
