/// "Regard must be had to the code of practice" is a duty to have regard, in the passive: no one is
/// named unless "by" names them.
enum PassiveRegardTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    let phrase = DeonticLexicon.passiveRegardPhrase
    guard context.next == phrase[0], match.tokens.count == 1,
      DeonticLexicon.regardModals.contains(context.first),
      DeonticLexicon.regardNouns.contains(context.head),
      ClauseParts.matches(phrase, context.tokens, at: context.verb)
    else { return .undecided }
    match.kind = .haveRegard
    match.isPassive = true
    match.tokens = match.tokens.lowerBound..<(context.verb + phrase.count)
    match.actionStart = context.verb + phrase.count
    return .keep
  }
}
