/// "An attacker can replay the captured message": what an adversary can, may or will do is a threat
/// the document warns of, never a permission or a duty.
enum AdversaryTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    // "An attacker MUST NOT be able to forge the token" is a requirement on the system all the same.
    TriggerLexicon.adversaryModals.contains(context.first)
      && TriggerLexicon.adversaryNouns.contains(context.head)
      ? .drop : .undecided
  }
}
