/// "is to"/"are to" binds only a party followed by a verb: "The best way to stay safe is to rotate
/// keys" is advice to the reader (a recommendation); "a typical workaround is to embed…" describes a
/// means, and binds no one.
enum BeToTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    guard TriggerLexicon.beTo.contains(context.first), context.last == "to" else { return .undecided }
    let start = match.tokens.lowerBound
    let head = context.head
    if match.tokens.count == 2, context.next != "be", context.finder.isWayToSubject(start) {
      match.kind = .recommendation
      return .keep
    }
    if match.tokens.count == 2
      && (TriggerLexicon.nonAgents.contains(head) || context.next == "be"
        || !head.isEmpty && !TriggerFinder.agentLike(head))
    {
      return .drop
    }
    return .undecided
  }
}
