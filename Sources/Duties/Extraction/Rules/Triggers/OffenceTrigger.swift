/// "An operator who fails to display the licence shall be guilty of an offence": the modal makes an
/// offence, which the offence reading turns into the operator's duty; it is no duty to be guilty.
enum OffenceTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    // Every such phrase goes on with "be guilty": other modals are turned away at once.
    guard context.isModal, context.next == OffenceLexicon.offenceModalVerb,
      OffenceLexicon.offencePhrases.contains(where: { phrase, _ in
        phrase.count > 1 && DeonticLexicon.modals.contains(phrase[0])
          && ClauseParts.matches(Array(phrase.dropFirst()), context.tokens, at: context.verb)
      })
    else { return .undecided }
    return .drop
  }
}
