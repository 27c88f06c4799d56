/// A person who is to be served, as the subject of "should have" or "should receive", is the
/// beneficiary, not the one who acts: "Each person with complex needs should have a named
/// professional" asks someone to provide one. Only for advice and commitments ("should", "will"):
/// "Each person must have a ticket" binds the person.
enum BeneficiarySubjectVoice: VoiceDecision {
  static func decide(_ clause: inout Clause, in sentence: SentenceState, by analyzer: SentenceAnalyzer)
    -> Bool
  {
    let tokens = sentence.tokens
    let verb = clause.match.actionStart
    guard clause.kind == .recommendation || clause.kind == .commitment, !clause.match.isPassive,
      verb < tokens.count, BearerLexicon.receivingVerbs.contains(tokens[verb].lower),
      clause.subject != nil, let bearer = clause.bearer,
      let head = bearer.parties.first?.split(separator: " ").last,
      bearer.parties.count == 1, BearerLexicon.servedPersons.contains(head.lowercased())
    else { return false }
    clause.form = .passive
    clause.patient = bearer
    clause.bearer = nil
    return true
  }
}
