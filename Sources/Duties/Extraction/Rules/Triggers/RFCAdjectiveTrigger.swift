/// RFC 2119 keywords used as adjectives ("is REQUIRED", "is OPTIONAL") stand alone.
enum RFCAdjectiveTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    TriggerLexicon.rfcAdjectives.contains(context.first) ? .keep : .undecided
  }
}
