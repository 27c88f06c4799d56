/// "Patients who are not entitled to free treatment", "a person who has no right to reside": a
/// relative clause describes the party; it imposes nothing.
enum RelativeClauseTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    let start = match.tokens.lowerBound
    guard TriggerLexicon.relativeClauseVerbs.contains(context.first), start > 0,
      TriggerLexicon.relativePronouns.contains(context.tokens[start - 1].lower)
    else { return .undecided }
    return .drop
  }
}
