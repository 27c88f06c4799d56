/// "such records as the Minister may specify", "in such manner as the board may direct", "on such day
/// as the Secretary of State may by regulations appoint": the modal is in a clause that says which
/// records, manner or day; it imposes and permits nothing.
enum SuchAsTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    let tokens = context.tokens
    let start = match.tokens.lowerBound
    guard context.isModal, start > 2 else { return .undecided }
    // "as", a short subject before the modal ("as the Secretary of State may…").
    let floor = max(1, start - TriggerLexicon.relativeSubjectReach - 1)
    guard
      let marker = (floor..<start).last(where: { tokens[$0].lower == TriggerLexicon.suchAsPair.as }),
      !tokens[marker..<start].contains(where: { !$0.isWord })
    else { return .undecided }
    // "such" and the noun it picks out before "as": "such manner as", "such further records as".
    let reach = max(0, marker - TriggerLexicon.suchAsNounReach - 1)
    guard
      let such = (reach..<marker).last(where: { tokens[$0].lower == TriggerLexicon.suchAsPair.such }),
      // A noun between them: "such as RIEs and MTFs must…" gives examples of the subject.
      such + 1 < marker, !tokens[such..<marker].contains(where: { !$0.isWord }),
      // No verb of its own before the modal: "such person as he may designate shall select…" and "such
      // material shall be treated as confidential and shall not…" bind.
      !tokens[such..<start].contains(where: { DeonticLexicon.modals.contains($0.lower) }),
      isSubject(tokens, from: marker + 1, to: start)
    else { return .undecided }
    return .drop
  }

  /// Whether the words between "as" and the modal are a subject ("the Secretary of State", "he", or
  /// none: "such information as will not…"), not a clause of their own: "such bodies as the Minister
  /// designates must publish…", "such persons as hold a licence must…" end their clause before the
  /// modal, which binds.
  private static func isSubject(_ tokens: [Token], from start: Int, to end: Int) -> Bool {
    // "such information as will not jeopardize…": "as" is the subject itself.
    guard start < end else { return true }
    let first = tokens[start]
    guard
      first.isCapitalized || PartyLexicon.determiners.contains(first.lower)
        || ClauseLexicon.subjectPronouns.contains(first.lower)
    else { return false }
    // A verb in the third person after a noun: "the Minister designates".
    let last = tokens[end - 1]
    return end - 1 == start || last.isCapitalized || !last.lower.hasSuffix("s") || last.lower.hasSuffix("ss")
      || PartyLexicon.determiners.contains(tokens[end - 2].lower)
  }
}
