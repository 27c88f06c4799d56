/// "The number of people aged over 85 is expected to double": a forecast of a quantity, not what
/// anyone is expected to do.
/// So is what a sentence says is likely: "It is highly likely that implementers will need to support…".
enum PredictionTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    if DeonticLexicon.forecastModals.contains(context.first),
      isForecast(context.tokens, before: match.tokens.lowerBound)
    {
      return .drop
    }
    guard context.last == "to", context.tokens[match.tokens].contains(where: { $0.lower == "expected" }),
      DeonticLexicon.forecastVerbs.contains(context.next)
    else { return .undecided }
    return .drop
  }

  /// Whether the trigger is in the clause of "it is likely that", "it is probable that" (with an adverb
  /// such as "highly" between), no comma, colon or semicolon between (so not the main clause after "If it
  /// is likely that the tenant will leave, the landlord may…"), within ``DeonticLexicon/forecastReach``
  /// words (so that a long sentence with many triggers is not read back to its start for each).
  private static func isForecast(_ tokens: [Token], before start: Int) -> Bool {
    var index = start - 1
    let floor = max(2, start - DeonticLexicon.forecastReach)
    while index >= floor, tokens[index].text != ";", tokens[index].text != ":", tokens[index].text != "," {
      if tokens[index].lower == "that", DeonticLexicon.likelihoodAdjectives.contains(tokens[index - 1].lower)
      {
        var verb = index - 2
        while verb > 0, TriggerFinder.isAdverb(tokens[verb].lower) { verb -= 1 }
        return TriggerLexicon.relativeClauseVerbs.contains(tokens[verb].lower)
          || DeonticLexicon.likelihoodVerbs.contains(tokens[verb].lower)
      }
      index -= 1
    }
    return false
  }
}
