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
    // The relative word after a noun (no comma before it), with at most a subject of its own between it
    // and "will": "which will", "which files will", "which the Buyer will", "whose members will"; not a
    // clause of its own ("Each Party which receives Confidential Information will keep it…").
    guard
      let relative = (floor..<start).last(where: {
        TriggerLexicon.relativeWillPronouns.contains(tokens[$0].lower)
      }), tokens[relative - 1].isWord, !PartyLexicon.prepositions.contains(tokens[relative - 1].lower)
    else { return .undecided }
    let subject = tokens[(relative + 1)..<start]
    guard subject.allSatisfy(\.isWord),
      subject.count <= 1 || subject.count == 2 && PartyLexicon.determiners.contains(subject.first!.lower)
    else { return .undecided }
    return .drop
  }
}
