/// "may" or "can" before a verb of knowing or seeming ("may need", "can expect") of a subject that
/// is not an actor, or before an epistemic adverb ("may well"), says what is possible.
enum EpistemicTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    guard context.isModal || context.last == "not", context.first == "may" || context.first == "can",
      context.last != "not"
    else { return .undecided }
    if DeonticLexicon.epistemicVerbs.contains(context.next) && !TriggerFinder.agentLike(context.head) {
      return .drop
    }
    return TriggerLexicon.epistemicAdverbs.contains(context.tokens[match.actionStart].lower)
      ? .drop : .undecided
  }
}
