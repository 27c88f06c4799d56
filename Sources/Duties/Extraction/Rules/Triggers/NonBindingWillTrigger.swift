/// "will" binds only a party that promises ("Tenant will pay"), or the same party's second promise
/// ("Tenant will not create…, and will promptly discharge").
enum NonBindingWillTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    let start = match.tokens.lowerBound
    guard context.first == "will" || context.first == "won't", match.tokens.count == 1,
      !context.finder.willBindsParty(start)
    else { return .undecided }
    let before = start > 0 ? context.tokens[start - 1].lower : ""
    return context.afterTrigger && TriggerLexicon.promiseContinuations.contains(before) ? .undecided : .drop
  }
}
