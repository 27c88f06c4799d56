/// "need to" (and "does not need to", or "does not need" a permission: "Councils do not need the
/// approval of the Department before…") binds a party that needs to act ("Services need to ask…", "you
/// need to evidence a plan"), not the noun "the need to act", nor a need inside a condition or a
/// relative clause ("if you need to share a workflow, consider…", "everything you need to know"), nor
/// the author's own need ("we need to invest in capacity" is a policy's argument, not a duty), nor a
/// thing's.
enum NeedToTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    let tokens = context.tokens
    guard tokens[match.tokens].contains(where: { DeonticLexicon.informalNeedWords.contains($0.lower) }) else {
      return .undecided
    }
    if DeonticLexicon.informalNeedWords.contains(context.last) {
      // "do not need the approval of the Department", "don't need a licence": relief from a permission.
      // A thing's ("The product does not need a certificate") is a statement about it.
      guard namesPermission(tokens, from: match.tokens.upperBound),
        PartyLexicon.isActorHead(context.head) || TriggerLexicon.needPronouns.contains(context.head)
      else { return .drop }
    } else if context.last != "to" || context.first == "will" || context.first == "won't" {
      // "will need to" is a duty whatever its subject, as before; "need to" and "do not need to" are looked at.
      return .undecided
    }
    let start = match.tokens.lowerBound
    guard start > 0 else { return .drop }  // "Need to know?": no subject
    if TriggerLexicon.needNounDeterminers.contains(tokens[start - 1].lower) { return .drop }
    // A subject right before "need": "Services need to", "you need to" — never "the basis of need to",
    // "FRA's need to", "may need to", nor a thing to be done to ("the paper ticket needs to be consigned…").
    let head = context.head
    if head.isEmpty || TriggerLexicon.needNonSubjects.contains(head) || head.hasSuffix("'s")
      || head.hasSuffix("’s")
      || TriggerLexicon.authorPronouns.contains(head) || context.next == "be"
    {
      return .drop
    }
    // Back to the start of the clause: a word that makes it a condition or a question before the subject.
    var index = start - 1
    while index >= 0, tokens[index].text != ",", tokens[index].text != ";" {
      if TriggerLexicon.needClauseOpeners.contains(tokens[index].lower) { return .drop }
      index -= 1
    }
    // "the data they need to do their job": a pronoun after a noun opens a clause that describes the noun.
    if TriggerLexicon.needPronouns.contains(tokens[start - 1].lower), start >= 2, tokens[start - 2].isWord,
      !TriggerLexicon.needNonSubjects.contains(tokens[start - 2].lower)
    {
      return .drop
    }
    return .undecided
  }

  /// Whether a permission's name follows: "the approval of", "a licence", "prior written consent", "the
  /// landlord's consent", "the Secretary of State's approval".
  private static func namesPermission(_ tokens: [Token], from start: Int) -> Bool {
    var index = start
    while index < tokens.count, index - start < 6, tokens[index].isWord,
      TriggerLexicon.permissionModifiers.contains(tokens[index].lower) || tokens[index].isCapitalized
        || tokens[index].lower.hasSuffix("'s") || tokens[index].lower.hasSuffix("’s")
        || tokens[index].lower == "of" && index > start && tokens[index - 1].isCapitalized
    {
      index += 1
    }
    return index < tokens.count && TriggerLexicon.permissionNouns.contains(tokens[index].lower)
  }
}
