/// The bearer decided is the one a later pronoun or shared subject refers to; a thing required to be
/// or do something is the one a later "it" refers to, when no party is.
enum LastBearerRule: ClauseRule {
  static func apply(to clause: inout Clause, in sentence: inout SentenceState, by analyzer: SentenceAnalyzer)
    -> Bool
  {
    if let current = clause.bearer { sentence.lastBearer = current }
    if clause.form == .state, let subject = clause.subject { sentence.previousThing = subject.text }
    return true
  }
}
