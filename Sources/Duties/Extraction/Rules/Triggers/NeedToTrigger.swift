/// "need to" (and "does not need to") binds a party that needs to act ("Services need to ask…",
/// "you need to evidence a plan"), not the noun "the need to act", nor a need inside a condition or a relative clause ("if
/// you need to share a workflow, consider…", "everything you need to know"), nor the author's own
/// need ("we need to invest in capacity" is a policy's argument, not a duty), nor a thing's.
enum NeedToTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    let tokens = context.tokens
    // "will need to" is a duty whatever its subject, as before; "need to" and "do not need to" are looked at.
    guard context.last == "to", context.first != "will", context.first != "won't",
      tokens[match.tokens].contains(where: { DeonticLexicon.informalNeedWords.contains($0.lower) })
    else { return .undecided }
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
}
