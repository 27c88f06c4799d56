/// Words that look like a trigger but impose nothing here: the month ("on or before May 12,
/// 2019"), a quoted or reported obligation, a prediction ("will typically have"), a question inside
/// a clause ("decide who should pay") or a relative clause that says who ("those who should be
/// heard").
enum NotImposedHereTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    let start = match.tokens.lowerBound
    let finder = context.finder
    if finder.isMonthMay(start) || finder.isQuotedOrReported(start) { return .drop }
    if context.first == "will", match.tokens.count == 1, match.tokens.upperBound < context.tokens.count,
      TriggerLexicon.hedges.contains(context.tokens[match.tokens.upperBound].lower)
    {
      return .drop
    }
    return finder.isEmbeddedQuestion(start) || finder.isWhoRelative(start) ? .drop : .undecided
  }
}
