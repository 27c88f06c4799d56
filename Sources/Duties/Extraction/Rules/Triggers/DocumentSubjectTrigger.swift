/// A part of a document as the subject ("This Decision shall…", "Article 5 shall…") binds no one.
enum DocumentSubjectTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    guard context.isModal || context.last == "not", context.finder.isDocumentSubject(match.tokens.lowerBound)
    else { return .undecided }
    return .drop
  }
}
