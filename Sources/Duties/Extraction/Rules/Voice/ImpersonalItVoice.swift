/// "It shall be prohibited to provide…": impersonal, binding no one named.
enum ImpersonalItVoice: VoiceDecision {
  static func decide(_ clause: inout Clause, in sentence: SentenceState, by analyzer: SentenceAnalyzer)
    -> Bool
  {
    let start = clause.match.actionStart
    guard let current = clause.bearer, current.text.lowercased() == "it", current.parties.isEmpty, start > 0,
      sentence.tokens[start - 1].lower == "to"
    else { return false }
    clause.bearer = nil
    clause.form = .passive
    clause.impersonal = true
    return true
  }
}
