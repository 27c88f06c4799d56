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
      !tokens[such..<start].contains(where: { DeonticLexicon.modals.contains($0.lower) })
    else { return .undecided }
    return .drop
  }
}
