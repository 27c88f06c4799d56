/// "It is the responsibility of X to V" names its bearer after "of"; "Repair is the responsibility
/// of the tenant" states whose it is, and is left to the subject's own reading.
enum ResponsibilityOfTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    let start = match.tokens.lowerBound
    guard context.first == "is", context.last == "of", start == 0 || context.tokens[start - 1].lower != "it"
    else { return .undecided }
    return .drop
  }
}
