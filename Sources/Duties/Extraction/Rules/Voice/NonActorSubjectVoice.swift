/// A subject that cannot act binds no one ("The report shall contain…"), unless it names the actor:
/// "The risk assessment by each Member State shall consider…".
enum NonActorSubjectVoice: VoiceDecision {
  static func decide(_ clause: inout Clause, in sentence: SentenceState, by analyzer: SentenceAnalyzer)
    -> Bool
  {
    guard let current = clause.bearer, !analyzer.isActor(current) else { return false }
    clause.form = .state
    clause.bearer = nil
    if let subject = clause.subject,
      let named = analyzer.agent(
        sentence.tokens, sentence.sentence, from: subject.range.lowerBound, to: subject.range.upperBound,
        participleAgents: false)
    {
      clause.bearer = named
      clause.form = .active
    }
    return true
  }
}
