/// The bearer decided is the one a later pronoun or shared subject refers to; a thing required to be
/// or do something is the one a later "it" refers to, when no party is.
enum LastBearerRule: ClauseRule {
  static func apply(to clause: inout Clause, in sentence: inout SentenceState, by analyzer: SentenceAnalyzer)
    -> Bool
  {
    if let current = clause.bearer { sentence.lastBearer = current }
    // "The assessment should be published, and it should be refreshed": a thing, not a person done to.
    if clause.form == .state || clause.form == .passive && clause.patient == nil && !clause.impersonal,
      let subject = clause.subject
    {
      sentence.previousThing = subject.text
    }
    return true
  }
}
