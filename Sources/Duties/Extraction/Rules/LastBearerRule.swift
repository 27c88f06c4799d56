/// The bearer decided is the one a later pronoun or shared subject refers to.
enum LastBearerRule: ClauseRule {
  static func apply(to clause: inout Clause, in sentence: inout SentenceState, by analyzer: SentenceAnalyzer)
    -> Bool
  {
    if let current = clause.bearer { sentence.lastBearer = current }
    return true
  }
}
