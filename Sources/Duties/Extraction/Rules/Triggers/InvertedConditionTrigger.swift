/// "Should Lessee fail to pay…": an inverted condition, not a recommendation ("SHOULD" in capitals
/// after an aside is the keyword).
enum InvertedConditionTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    let start = match.tokens.lowerBound
    guard context.first == "should", context.tokens[start].isCapitalized,
      start == 0 || ClauseParts.isBreak(context.tokens[start - 1])
    else { return .undecided }
    // "A client, in most cases, SHOULD check…", "SHOULD use HSTS" (a list item): a keyword in capitals,
    // in a sentence not written in capitals, is the modal. An inverted condition has its subject next
    // ("SHOULD the Buyer default"); the keyword, its verb.
    if context.tokens[start].isAllCaps, start + 1 < context.tokens.count,
      !context.tokens[start + 1].isAllCaps, !context.tokens[start + 1].isCapitalized,
      !PartyLexicon.determiners.contains(context.tokens[start + 1].lower)
    {
      return .undecided
    }
    return .drop
  }
}
