/// "The photograph shall be in colour": a statement about a thing binds no one.
enum StativeVoice: VoiceDecision {
  static func decide(_ clause: inout Clause, in sentence: SentenceState, by analyzer: SentenceAnalyzer)
    -> Bool
  {
    guard clause.match.isStative else { return false }
    clause.form = .state
    clause.bearer = nil
    return true
  }
}
