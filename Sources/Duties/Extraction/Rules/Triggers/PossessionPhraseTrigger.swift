/// "shall have the right to" is a permission; "shall have no obligation to" an exemption.
enum PossessionPhraseTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    guard context.isModal,
      let (kind, length) = context.finder.possessionPhrase(at: context.verb, negated: context.last == "not")
    else { return .undecided }
    match.kind = kind
    // A verb kept in the action ("shall quietly have and enjoy") leaves the trigger as it is.
    if length > 0 { match.tokens = match.tokens.lowerBound..<(context.verb + length) }
    match.actionStart = context.verb + length
    return .keep
  }
}
