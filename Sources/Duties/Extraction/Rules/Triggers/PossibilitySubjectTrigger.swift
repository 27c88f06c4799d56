/// "may" and "can" of a subject that is not a party say what is possible: "it may…", "as may be
/// agreed", "designers, who can reference this document", "we can think of…" (the authors'
/// reasoning).
enum PossibilitySubjectTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    guard context.isModal || context.last == "not", context.first == "may" || context.first == "can" else {
      return .undecided
    }
    let head = context.head
    if DeonticLexicon.nonAgentPronouns.contains(head) || context.finder.precededByAs(match.tokens.lowerBound)
    {
      return .drop
    }
    return head == "who" || context.first == "can" && head == "we" ? .drop : .undecided
  }
}
