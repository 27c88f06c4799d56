/// "An attacker can replay the captured message": what an adversary can or may do is a threat the
/// document warns of, never a permission or a duty.
enum AdversaryTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    context.isModal && TriggerLexicon.adversaryNouns.contains(context.head) ? .drop : .undecided
  }
}
