/// A trigger with no subject of its own shares the one before: "must assess needs and must
/// publish", "…, and may charge for it", "X shall be involved in…, and shall ensure…".
enum SharedSubjectRule: ClauseRule {
  static func apply(to clause: inout Clause, in sentence: inout SentenceState, by analyzer: SentenceAnalyzer)
    -> Bool
  {
    let trigger = clause.match.tokens.lowerBound
    guard clause.subject == nil || analyzer.sharesSubject(sentence.tokens, trigger, previous: clause.previous)
    else { return true }
    // The subject written before, whatever its voice.
    if clause.position > 0, let previous = sentence.previousSubject,
      SentenceAnalyzer.followsConjunction(sentence.tokens, trigger)
    {
      clause.bearer = previous.party
      clause.subject = (previous.text, previous.range)
    } else if clause.subject == nil || clause.position > 0 {
      clause.bearer = sentence.lastBearer
    }
    return true
  }
}
