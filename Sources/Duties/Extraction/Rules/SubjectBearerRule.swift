/// The subject written before the trigger names the bearer: "Each council must publish…".
enum SubjectBearerRule: ClauseRule {
  static func apply(to clause: inout Clause, in sentence: inout SentenceState, by analyzer: SentenceAnalyzer)
    -> Bool
  {
    guard let subject = clause.subject else { return true }
    clause.bearer = analyzer.party(
      subject.text, lastBearer: sentence.lastBearer, tokens: sentence.tokens, sentence: sentence.sentence,
      before: subject.range.lowerBound)
    // "The application MAY provide a setting, but it MUST enable it by default": "it" is the thing.
    if let pronoun = clause.bearer, pronoun.parties.isEmpty, let thing = sentence.previousThing,
      ClauseLexicon.thingPronouns.contains(subject.text.lowercased())
    {
      clause.subject = (thing, subject.range)
      clause.bearer = analyzer.party(thing, lastBearer: nil)
    }
    return true
  }
}
