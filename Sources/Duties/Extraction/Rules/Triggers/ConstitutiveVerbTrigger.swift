/// A modal before a constitutive verb ("shall mean", "shall include") of a subject that is not an
/// actor defines; it does not oblige (an all-capitals word before it, "the LICENSEE shall…", is a
/// party).
enum ConstitutiveVerbTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    let start = match.tokens.lowerBound
    guard context.isModal || context.last == "not", context.next != "apply", context.next != "applies",
      DeonticLexicon.constitutiveVerbs.contains(context.next), !TriggerFinder.agentLike(context.head),
      !(start > 0 && context.tokens[start - 1].isAllCaps)
    else { return .undecided }
    return .drop
  }
}
