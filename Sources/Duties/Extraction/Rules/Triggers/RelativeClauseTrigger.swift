/// "Patients who are not entitled to free treatment", "a person who has no right to reside", "a diet at
/// which the person is required to appear", "the names that any server can speak for", "the period
/// for which data must be kept": a relative clause describes the party or thing; it imposes nothing.
enum RelativeClauseTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    let start = match.tokens.lowerBound
    if strandsPreposition(context, start) { return .drop }
    guard start > 0 else { return .undecided }
    guard TriggerLexicon.relativeClauseVerbs.contains(context.first) else {
      return describesAThing(context, start) ? .drop : .undecided
    }
    if TriggerLexicon.relativePronouns.contains(context.tokens[start - 1].lower) { return .drop }
    return followsPrepositionalRelative(context.tokens, start) ? .drop : .undecided
  }

  /// Whether a modal after a preposition and "which" has a thing for its subject: "the period for which
  /// data must or may be kept" (both modals) describes the period; "an appropriation for which the
  /// Secretary shall make a request" still binds the Secretary.
  private static func describesAThing(_ context: TriggerContext, _ start: Int) -> Bool {
    let tokens = context.tokens
    var first = start
    while first >= 2, TriggerLexicon.modalJoiners.contains(tokens[first - 1].lower),
      DeonticLexicon.modals.contains(tokens[first - 2].lower)
    {
      first -= 2
    }
    guard context.isModal, first > 0, followsPrepositionalRelative(tokens, first) else { return false }
    // "of which $5,000 shall be for…" sets apart a part; "with which they contract and must ensure…"
    // is a second verb of the main clause; "to whom this section applies must…" ends its clause first.
    let floor = max(1, first - TriggerLexicon.relativeSubjectReach - 1)
    guard
      let pronoun = (floor..<first).last(where: { TriggerLexicon.objectRelatives.contains(tokens[$0].lower) }
      ),
      tokens[pronoun - 1].lower != TriggerLexicon.partitivePreposition,
      !tokens[pronoun..<first].contains(where: {
        TriggerLexicon.modalJoiners.contains($0.lower) || ClauseLexicon.scopeVerbs.contains($0.lower)
      })
    else { return false }
    let head = tokens[first - 1]
    return !head.isCapitalized && !TriggerFinder.agentLike(head.lower)
      && !ClauseLexicon.subjectPronouns.contains(head.lower)
  }

  /// Whether the trigger is in an object relative clause that leaves its preposition at the end: "the
  /// names that any server can speak for, and…", "the body which the council must report to." A
  /// relative word stands a short subject before it, and only a preposition follows the verb.
  private static func strandsPreposition(_ context: TriggerContext, _ start: Int) -> Bool {
    let tokens = context.tokens
    let preposition = context.verb + 1
    guard context.isModal, preposition < tokens.count,
      TriggerLexicon.strandedPrepositions.contains(tokens[preposition].lower),
      preposition + 1 == tokens.count || !tokens[preposition + 1].isWord
    else { return false }
    let floor = max(0, start - TriggerLexicon.relativeSubjectReach - 1)
    return tokens[floor..<start].contains { TriggerLexicon.strandingRelatives.contains($0.lower) }
  }

  /// Whether a preposition and "which" or "whom" stand a short subject before `start`, straight after the
  /// noun they describe (no comma): "at which the person is…", "for whom the council is…". Not when the
  /// relative clause ended before the trigger ("the body to which the application is made has a duty
  /// to…") or the words are a connective ("in which case the landlord is…").
  private static func followsPrepositionalRelative(_ tokens: [Token], _ start: Int) -> Bool {
    let floor = max(1, start - TriggerLexicon.relativeSubjectReach - 1)
    guard
      let pronoun = (floor..<start).last(where: { TriggerLexicon.objectRelatives.contains(tokens[$0].lower) }
      ),
      pronoun + 1 < start, tokens[(pronoun + 1)..<start].allSatisfy(\.isWord),
      !TriggerLexicon.relativeConnectiveNouns.contains(tokens[pronoun + 1].lower),
      !tokens[(pronoun + 1)..<start].contains(where: {
        ClauseLexicon.clauseVerbs.contains($0.lower) || TriggerFinder.isParticiple($0.lower)
      })
    else { return false }
    return PartyLexicon.prepositions.contains(tokens[pronoun - 1].lower)
      && (pronoun < 2 || tokens[pronoun - 2].text != ",")
  }
}
