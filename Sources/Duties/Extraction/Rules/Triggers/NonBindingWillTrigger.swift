/// "will" binds only a party that promises ("Tenant will pay"), or the same party's second promise
/// ("Tenant will not create…, and will promptly discharge"), unless a bearer participle sets a rule
/// ("No contract will be allowed over £100 million"); after "Ideally," it recommends.
enum NonBindingWillTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    let start = match.tokens.lowerBound
    guard context.first == "will" || context.first == "won't", match.tokens.count == 1,
      !context.finder.willBindsParty(start)
    else { return .undecided }
    // "No contract will be allowed over £100 million": a rule set by a bearer participle after a
    // negative subject, not a promise (nor a relative clause's "that will be required").
    // "Strategic health authorities will be responsible for…" assigns a responsibility.
    let participle = context.verb + 1
    if context.next == "be", participle < context.tokens.count,
      let kind = DeonticLexicon.bearerParticiples[context.tokens[participle].lower],
      negativeSubject(context.tokens, before: start)
        || TriggerLexicon.assigningParticiples.contains(context.tokens[participle].lower) && kind == .duty
          && !(start > 0 && ClauseLexicon.relativeWords.contains(context.tokens[start - 1].lower))
    {
      return .undecided
    }
    let before = start > 0 ? context.tokens[start - 1].lower : ""
    // "Ideally, protocol specifications will specify…": what the document would like done.
    if !context.afterTrigger, let first = context.tokens.first,
      TriggerLexicon.desirabilityOpenings.contains(first.lower),
      !inRelativeClause(context.tokens, before: start)
    {
      match.kind = context.first == "won't" ? .adviceAgainst : .recommendation
      return .undecided
    }
    return context.afterTrigger && TriggerLexicon.promiseContinuations.contains(before) ? .undecided : .drop
  }

  /// Whether "will" at `start` is the verb of a relative clause with a subject of its own: "the plan
  /// that the council will publish" (not "specifications that reference this document will…").
  private static func inRelativeClause(_ tokens: [Token], before start: Int) -> Bool {
    // Within the clause before "will", a few words back at most.
    let floor = max(0, start - TriggerLexicon.embeddedQuestionSubjectWords)
    return tokens[floor..<start].indices.contains { index in
      index + 1 < start && ClauseLexicon.relativeWords.contains(tokens[index].lower)
        && (PartyLexicon.determiners.contains(tokens[index + 1].lower)
          || ClauseLexicon.subjectPronouns.contains(tokens[index + 1].lower))
    }
  }

  /// Whether the words just before `start` are a subject that opens with "no", "none" or "neither"
  /// ("None of the contracts will be allowed…"), within a clause of its own (not "There is no doubt
  /// that councils will…").
  private static func negativeSubject(_ tokens: [Token], before start: Int) -> Bool {
    var index = start - 1
    while index >= max(0, start - ThingAbilityRule.maximumWords - 3), tokens[index].isWord,
      !ClauseLexicon.relativeWords.contains(tokens[index].lower),
      !ClauseLexicon.auxiliaries.contains(tokens[index].lower)
    {
      if ClauseLexicon.negativeSubjectWords.contains(tokens[index].lower) { return true }
      index -= 1
    }
    return false
  }
}
