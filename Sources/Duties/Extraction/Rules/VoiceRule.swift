/// The voice of the clause and who it binds then: the first of ``decisions`` that applies decides.
enum VoiceRule: ClauseRule {
  /// The ways a voice is decided, in order.
  static let decisions: [any VoiceDecision.Type] = [
    PassiveVoice.self, BeneficiarySubjectVoice.self, DutyStateVoice.self, ResponsibilityVoice.self,
    StativeVoice.self,
    AgentiveSubjectVoice.self, NonActorSubjectVoice.self,
    ImpersonalItVoice.self, ExpletiveSubjectVoice.self,
  ]

  static func apply(to clause: inout Clause, in sentence: inout SentenceState, by analyzer: SentenceAnalyzer)
    -> Bool
  {
    for decision in decisions where decision.decide(&clause, in: sentence, by: analyzer) { break }
    return true
  }
}
