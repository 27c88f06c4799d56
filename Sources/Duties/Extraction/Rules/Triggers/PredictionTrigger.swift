/// "The number of people aged over 85 is expected to double": a forecast of a quantity, not what
/// anyone is expected to do.
enum PredictionTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    guard context.last == "to", context.tokens[match.tokens].contains(where: { $0.lower == "expected" }),
      DeonticLexicon.forecastVerbs.contains(context.next)
    else { return .undecided }
    return .drop
  }
}
