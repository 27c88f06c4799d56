/// "Should Lessee fail to pay…": an inverted condition, not a recommendation.
enum InvertedConditionTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    let start = match.tokens.lowerBound
    guard context.first == "should", context.tokens[start].isCapitalized,
      start == 0 || ClauseParts.isBreak(context.tokens[start - 1])
    else { return .undecided }
    return .drop
  }
}
