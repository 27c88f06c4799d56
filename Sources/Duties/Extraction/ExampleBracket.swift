/// A bracket that gives an example ("(e.g., that all providers must use DNS-IDs)", "(for example, the
/// council must…)"): a modal inside it illustrates, and binds no one.
enum ExampleBracket {
  /// Whether the token at `index` is inside a bracket that opens with "e.g.", "eg" or "for example".
  static func contains(_ index: Int, in tokens: [Token]) -> Bool {
    var position = index - 1
    var depth = 0
    while position >= 0 {
      switch tokens[position].text {
      case ")": depth += 1
      case "(" where depth > 0: depth -= 1
      case "(": return opensExample(tokens, after: position)
      default: break
      }
      position -= 1
    }
    return false
  }

  /// Whether the words after the bracket at `open` are an example's lead.
  private static func opensExample(_ tokens: [Token], after open: Int) -> Bool {
    guard open + 1 < tokens.count else { return false }
    if ClauseLexicon.exampleBracketWords.contains(tokens[open + 1].lower) { return true }
    let lead = tokens[(open + 1)..<min(tokens.count, open + 4)].map(\.lower).joined()
    return ClauseLexicon.exampleBracketLeads.contains { lead.hasPrefix($0) }
  }
}
