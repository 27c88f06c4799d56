/// "Regulations may provide that…", "An order under this section may make provision…": a power to
/// legislate, a permission of whoever makes the regulations (not stated), not a part of a document
/// binding no one.
enum RegulationPowerTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    guard context.first == "may", match.tokens.count == 1,
      DeonticLexicon.legislationNouns.contains(context.head),
      DeonticLexicon.provisionVerbs.contains(context.next),
      // "such other persons as regulations may specify": the power is only named.
      !context.finder.precededByAs(match.tokens.lowerBound)
    else { return .undecided }
    return .keep
  }
}
