/// "have to"/"has to" binds only a subject written before it, and not when what is had is a noun
/// before it: "waives any right it may have to seek damages" is the right it has to seek them.
enum HaveToTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    guard TriggerLexicon.haveTo.contains(context.first), context.last == "to", match.tokens.count == 2
    else { return .undecided }
    return context.head.isEmpty || hasObjectBefore(context.tokens, match.tokens.lowerBound)
      ? .drop : .undecided
  }

  /// Whether "have" at `start` closes an object relative clause on a noun of what one may have: "the
  /// right (that) it may have to", "any claim they have to" — the noun, "that" or "which" if written,
  /// a pronoun and at most a modal, with nothing between.
  private static func hasObjectBefore(_ tokens: [Token], _ start: Int) -> Bool {
    var index = start - 1
    if index >= 0, DeonticLexicon.modals.contains(tokens[index].lower) { index -= 1 }
    guard index >= 1, ClauseLexicon.subjectPronouns.contains(tokens[index].lower) else { return false }
    index -= 1
    if index >= 1, tokens[index].lower == "that" || tokens[index].lower == "which" { index -= 1 }
    return TriggerLexicon.possessedNouns.contains(tokens[index].lower)
  }
}
