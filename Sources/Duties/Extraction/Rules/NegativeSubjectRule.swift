/// A negative subject turns the kind round: "no person shall" is a prohibition, "no payment should be
/// made" advice against, "neither party shall be liable" an exemption.
enum NegativeSubjectRule: ClauseRule {
  static func apply(to clause: inout Clause, in sentence: inout SentenceState, by analyzer: SentenceAnalyzer)
    -> Bool
  {
    guard let subject = clause.subject else { return true }
    let lower = subject.text.lowercased()
    guard
      lower.hasPrefix("no ") || lower == "none" || lower.hasPrefix("none of") || lower.hasPrefix("neither ")
    else { return true }
    if clause.match.fromParticiple {
      clause.kind = TriggerFinder.negated(clause.kind)
      clause.negatedBySubject = true
    } else if clause.kind == .duty || clause.kind == .permission {
      clause.kind = .prohibition
      clause.negatedBySubject = true
    } else if clause.kind == .recommendation {
      // "No public commitment should be made without approval": advice against making one.
      clause.kind = .adviceAgainst
      clause.negatedBySubject = true
    }
    return true
  }
}
