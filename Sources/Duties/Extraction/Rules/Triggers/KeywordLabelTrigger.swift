/// "MUST: publish a security.txt file": a keyword in capitals that labels an item or heading with a
/// colon is the item's modal; its action starts after the colon.
enum KeywordLabelTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    let tokens = context.tokens
    let start = match.tokens.lowerBound
    let colon = match.tokens.upperBound
    guard start == 0, tokens[start].isAllCaps, colon + 1 < tokens.count, tokens[colon].text == ":",
      tokens[colon + 1].isWord
    else { return .undecided }
    match.actionStart = colon + 1
    return .keep
  }
}
