/// "the folders which files will not be copied from", "the plans which it will not fund", "backups
/// exclude the folders which will not be copied": "will" in a relative clause after a noun says what is
/// so of the thing described; it promises and forbids nothing.
enum RelativeWillTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    guard TriggerLexicon.willWords.contains(context.first) else { return .undecided }
    let tokens = context.tokens
    let start = match.tokens.lowerBound
    guard start >= 2 else { return .undecided }
    let floor = max(1, start - TriggerLexicon.relativeWillSubjectWords - 1)
    // The relative word after a noun (no comma before it), with at most a short subject of its own
    // after it: "which will", "which files will", "whose members will".
    guard
      let relative = (floor..<start).last(where: {
        TriggerLexicon.relativeWillPronouns.contains(tokens[$0].lower)
      }), tokens[relative - 1].isWord, !PartyLexicon.prepositions.contains(tokens[relative - 1].lower),
      tokens[(relative + 1)..<start].allSatisfy({
        $0.isWord && !ClauseLexicon.clauseVerbs.contains($0.lower) && !TriggerFinder.isParticiple($0.lower)
      })
    else { return .undecided }
    return .drop
  }
}
