/// "have to"/"has to" binds only a subject written before it, and not when what is had is a noun
/// before it: "waives any right it may have to seek damages" is the right it has to seek them.
enum HaveToTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    guard TriggerLexicon.haveTo.contains(context.first), context.last == "to", match.tokens.count == 2
    else { return .undecided }
    return context.head.isEmpty || hasObjectBefore(context.tokens, match.tokens.lowerBound)
      ? .drop : .undecided
  }

  /// Whether "have" at `start` follows a noun of what one may have and a clause of its own: "the
  /// right (that) it may have to", "any claim they have to".
  private static func hasObjectBefore(_ tokens: [Token], _ start: Int) -> Bool {
    var index = start - 1
    while index >= 0, start - index <= 4 {
      if TriggerLexicon.possessedNouns.contains(tokens[index].lower) {
        return tokens[(index + 1)..<start].contains { ClauseLexicon.subjectPronouns.contains($0.lower) }
      }
      index -= 1
    }
    return false
  }
}
