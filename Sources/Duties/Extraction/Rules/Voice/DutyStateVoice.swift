/// "The members of the Board shall be completely independent": how a party must be is its duty.
enum DutyStateVoice: VoiceDecision {
  static func decide(_ clause: inout Clause, in sentence: SentenceState, by analyzer: SentenceAnalyzer)
    -> Bool
  {
    guard clause.match.isStative, let current = clause.bearer, analyzer.namesPersonOrBody(current),
      SentenceAnalyzer.dutyState(sentence.tokens, after: clause.match.actionStart)
    else { return false }
    clause.form = .active
    return true
  }
}
