/// "Regulations may provide that…", "An order under this section may make provision…": a power to
/// legislate, a permission of whoever makes the regulations (not stated), not a part of a document
/// binding no one.
enum RegulationPowerTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    guard context.first == "may", match.tokens.count == 1,
      DeonticLexicon.provisionVerbs.contains(context.next),
      DeonticLexicon.legislationNouns.contains(context.head)
        || qualifiedLegislation(context.tokens, before: match.tokens.lowerBound),
      // "such other persons as regulations may specify": the power is only named.
      !context.finder.precededByAs(match.tokens.lowerBound)
    else { return .undecided }
    return .keep
  }

  /// Whether the subject is a legislation noun with the provision it is made under: "Regulations under
  /// this section", "An order made under section 4".
  private static func qualifiedLegislation(_ tokens: [Token], before modal: Int) -> Bool {
    var index = modal - 1
    while index > 0, modal - index <= 8, !ClauseLexicon.breaks.contains(tokens[index].text) {
      if DeonticLexicon.legislationUnderWords.contains(tokens[index].lower),
        DeonticLexicon.legislationNouns.contains(tokens[index - 1].lower)
      {
        return index - 1 == 0 || !tokens[index - 2].isWord
          || PartyLexicon.determiners.contains(tokens[index - 2].lower)
      }
      index -= 1
    }
    return false
  }
}
