/// "shall be liable" takes its kind from the participle (a bearer participle), as "shall be under a duty
/// to" from its duty, but "must be able to" is
/// a duty to be able to and "It should be noted that…" a remark; "shall be deemed"
/// defines; "shall be submitted" is passive and "shall be in colour" a state; "may be readily
/// converted", "can be made" and "may be able to" are possibilities, "may be waived by the council" a
/// permission.
enum BeParticipleTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    guard context.isModal || context.last == "not", context.next == "be" || context.next == "been" else {
      return .undecided
    }
    let (tokens, first, verb) = (context.tokens, context.first, context.verb)
    var participle = verb + 1
    while participle < tokens.count,
      first == "may" || first == "can"
        ? TriggerLexicon.adverbs.contains(tokens[participle].lower)
        : TriggerFinder.isAdverb(tokens[participle].lower)
          || context.finder.isAdverbConjunction(participle, after: verb + 1)
    {
      participle += 1
    }
    guard participle < tokens.count else { return .drop }
    let word = tokens[participle].lower
    // "funds shall be obligated or expended for…": money committed, not a party bound ("obligated to").
    let commitsMoney =
      DeonticLexicon.participlesBindingWithTo.contains(word)
      && (participle + 1 == tokens.count || tokens[participle + 1].lower != "to")
      && (tokens[..<match.tokens.lowerBound].contains { DeonticLexicon.moneyNouns.contains($0.lower) }
        || participle + 2 < tokens.count && ClauseLexicon.joiners.contains(tokens[participle + 1].lower)
          && DeonticLexicon.spendingParticiples.contains(tokens[participle + 2].lower))
    // "It should be noted that…": a remark to the reader, no obligation.
    if DeonticLexicon.remarkParticiples.contains(word), match.tokens.lowerBound > 0,
      tokens[match.tokens.lowerBound - 1].lower == "it", participle + 1 < tokens.count,
      tokens[participle + 1].lower == "that" || tokens[participle + 1].lower == "in"
    {
      return .drop
    }
    // "The service must be able to handle…": a duty to be able to, not a permission.
    if DeonticLexicon.capabilityWords.contains(word), DeonticLexicon.capabilityModals.contains(first),
      context.last != "not"
    {
      match.kind = context.finder.strengthAdjusted(.duty, modal: first)
      match.actionStart = verb
      return .keep
    }
    // "A malicious user may be able to exhaust the pool": what may come about, no permission.
    if DeonticLexicon.capabilityWords.contains(word), DeonticLexicon.possibilityModals.contains(first) {
      return .drop
    }
    if let decision = underDuty(&match, in: context, at: participle) { return decision }
    if !commitsMoney, let kind = DeonticLexicon.bearerParticiples[word] {
      let negated = context.last == "not" || context.last == "never"
      match.kind = negated ? TriggerFinder.negated(kind) : context.finder.strengthAdjusted(kind, modal: first)
      match.fromParticiple = true
      match.actionStart = participle + 1
      if match.actionStart < tokens.count,
        TriggerLexicon.participleComplements.contains(tokens[match.actionStart].lower)
      {
        match.actionStart += 1
      } else if match.actionStart < tokens.count, tokens[match.actionStart].isWord,
        !TriggerLexicon.agentMarkers.contains(tokens[match.actionStart].lower)
      {
        // "No contract will be allowed over £100 million": with no verb after it, the participle is
        // the action ("be allowed over £100 million"); an agent's "by the inspector to produce…" is not.
        match.actionStart = verb
      }
      return .keep
    }
    if DeonticLexicon.constitutiveParticiples.contains(word) { return .drop }
    if first == "may" || first == "can" {
      guard TriggerFinder.isParticiple(word), first == "may" else { return .drop }
    }
    if TriggerFinder.isParticiple(word) { match.isPassive = true } else { match.isStative = true }
    return .keep
  }

  /// "Every licensee shall be under a duty to co-operate": the duty the modal puts the subject under;
  /// nil when the words after "be" are not "under a/an/no/any duty/obligation to".
  private static func underDuty(
    _ match: inout TriggerFinder.Match, in context: TriggerContext, at participle: Int
  ) -> TriggerDecision? {
    let (tokens, first) = (context.tokens, context.first)
    guard tokens[participle].lower == DeonticLexicon.underWord, participle + 3 < tokens.count,
      DeonticLexicon.dutyDeterminers.contains(tokens[participle + 1].lower),
      DeonticLexicon.dutyStateNouns.contains(tokens[participle + 2].lower),
      tokens[participle + 3].lower == "to"
    else { return nil }
    // "may be under a duty to" says what may be so.
    if DeonticLexicon.possibilityModals.contains(first) { return .drop }
    // "shall be under no duty to", "shall not be under any obligation to": no duty.
    let negated =
      context.last == "not" || context.last == "never" || tokens[participle + 1].lower == "no"
    match.kind =
      negated ? TriggerFinder.negated(.duty) : context.finder.strengthAdjusted(.duty, modal: first)
    match.fromParticiple = true
    match.actionStart = participle + 4
    return .keep
  }
}
