/// "have to"/"has to" binds only a subject written before it.
enum HaveToTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    guard TriggerLexicon.haveTo.contains(context.first), context.last == "to", match.tokens.count == 2,
      context.head.isEmpty
    else { return .undecided }
    return .drop
  }
}
