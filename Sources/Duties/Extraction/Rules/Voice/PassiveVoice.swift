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
      sentence.tokens, sentence.sentence, from: clause.match.actionStart, to: clause.actionEnd, inAction: true
    )
    // Only the agent of the participle that qualifies the subject's head: not "(fees paid into an
    // account) designated by the Owner".
    if clause.bearer == nil, let subject = clause.subject {
      clause.bearer = analyzer.agent(
        sentence.tokens, sentence.sentence, from: subject.range.lowerBound, to: subject.range.upperBound,
        inAction: true)
    }
    if clause.bearer == nil, let subjectParty, analyzer.namesPersonOrBody(subjectParty) {
      clause.patient = subjectParty
    }
    return true
  }
}
