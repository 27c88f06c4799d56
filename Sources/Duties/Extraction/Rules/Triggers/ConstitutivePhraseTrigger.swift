/// A modal before a constitutive phrase ("shall be deemed to", "shall have effect") defines; it
/// does not oblige.
enum ConstitutivePhraseTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    let tokens = context.tokens
    let verb = context.verb
    let found = DeonticLexicon.constitutivePhrases.contains { phrase in
      phrase.enumerated().allSatisfy {
        verb + $0.offset < tokens.count && tokens[verb + $0.offset].lower == $0.element
      }
    }
    return found ? .drop : .undecided
  }
}
