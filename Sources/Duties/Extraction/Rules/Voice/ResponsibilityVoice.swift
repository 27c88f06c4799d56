/// "X shall be the sole responsibility of Lessee": a duty of Lessee; "It shall be the responsibility
/// of the Officer to administer…": the Officer's duty to administer.
enum ResponsibilityVoice: VoiceDecision {
  static func decide(_ clause: inout Clause, in sentence: SentenceState, by analyzer: SentenceAnalyzer)
    -> Bool
  {
    let tokens = sentence.tokens
    guard clause.match.isStative,
      let owner = analyzer.responsibilityOwner(
        tokens, sentence.sentence, from: clause.match.actionStart, to: clause.actionEnd)
    else { return false }
    clause.bearer = owner.party
    // "…of the board to publish" or, opening a list, "…of the board to—".
    if clause.subject?.text.lowercased() == "it", owner.end < clause.actionEnd,
      tokens[owner.end].lower == "to",
      owner.end + 1 == clause.actionEnd || tokens[owner.end + 1].isWord
    {
      clause.match.actionStart = owner.end + 1
    }
    return true
  }
}
