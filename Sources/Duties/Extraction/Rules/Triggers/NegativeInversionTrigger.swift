/// "In no event shall Tenant…", "Under no circumstances may…": a negative inversion, a prohibition
/// whose subject follows the modal.
enum NegativeInversionTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    let start = match.tokens.lowerBound
    guard context.isModal, start >= 3 else { return .undecided }
    let before = context.tokens[(start - 3)..<start].map(\.lower)
    guard before[1] == "no", TriggerLexicon.negativeInversionNouns.contains(before[2]),
      TriggerLexicon.negativeInversionPrepositions.contains(before[0])
    else { return .undecided }
    match.kind = .prohibition
    match.inverted = true
    return .keep
  }
}
