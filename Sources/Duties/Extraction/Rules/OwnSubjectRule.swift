/// Whether the bearer is the subject written in this clause; if so, it is remembered for a later
/// trigger that shares it.
enum OwnSubjectRule: ClauseRule {
  static func apply(to clause: inout Clause, in sentence: inout SentenceState, by analyzer: SentenceAnalyzer)
    -> Bool
  {
    clause.ownSubject = clause.subject != nil && clause.bearer?.text == clause.subject?.text
    if clause.ownSubject, let subject = clause.subject, let bearer = clause.bearer {
      sentence.previousSubject = (bearer, subject.text, subject.range)
    }
    return true
  }
}
