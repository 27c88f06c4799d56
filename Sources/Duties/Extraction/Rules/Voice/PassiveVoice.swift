/// A passive binds its agent ("shall be paid by the council"), or the agent named in the subject
/// ("All work done by Tenant shall be performed…", not "fees paid into an account designated by the
/// Owner shall be held…"); the subject, a party, is the one it is done to
/// ("passengers shall be informed").
enum PassiveVoice: VoiceDecision {
  static func decide(_ clause: inout Clause, in sentence: SentenceState, by analyzer: SentenceAnalyzer)
    -> Bool
  {
    guard clause.match.isPassive else { return false }
    clause.form = .passive
    // Only a subject written in this clause, not one carried over from the clause before.
    let subjectParty = clause.ownSubject ? clause.bearer : nil
    clause.bearer = analyzer.agent(
      sentence.tokens, sentence.sentence, from: clause.match.actionStart, to: clause.actionEnd,
      inAction: true,
      verbFirst: true)
    // Only the agent of the participle that qualifies the subject's head: not "(fees paid into an
    // account) designated by the Owner"; nor one the act is done to ("Equipment supplied by the
    // Employer must be returned to the Employer").
    if clause.bearer == nil, let subject = clause.subject,
      let named = analyzer.agent(
        sentence.tokens, sentence.sentence, from: subject.range.lowerBound, to: subject.range.upperBound,
        inAction: true),
      !Self.receives(named, sentence, after: clause.match.actionStart)
    {
      clause.bearer = named
    }
    if clause.bearer == nil, let subjectParty, analyzer.namesPersonOrBody(subjectParty) {
      clause.patient = subjectParty
    }
    return true
  }

  /// Whether the action, from the token `start` on, gives or returns something to `party`: "returned
  /// to the Employer", not "sent to the Employer's doctor" or "to the Council offices".
  private static func receives(_ party: Party, _ sentence: SentenceState, after start: Int) -> Bool {
    let tokens = sentence.tokens
    let name = Tokenizer.tokens(party.text).map(\.lower)
    guard !name.isEmpty, start <= tokens.count else { return false }
    for index in start..<tokens.count where tokens[index].lower == ClauseLexicon.recipientMarker {
      let end = index + 1 + name.count
      guard end <= tokens.count, tokens[(index + 1)..<end].map(\.lower) == name else { continue }
      // The name ends the noun phrase: a mark or a preposition follows, or nothing ("the Employer's
      // doctor" is one word "employer's" to the tokenizer).
      if end == tokens.count || !tokens[end].isWord || PartyLexicon.prepositions.contains(tokens[end].lower) {
        return true
      }
    }
    return false
  }
}
