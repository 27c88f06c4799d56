/// "is to"/"are to" binds only a party followed by a verb: "The best way to stay safe is to rotate
/// keys" is advice to the reader (a recommendation); "a typical workaround is to embed…" describes a
/// means, and binds no one. "is to be" + participle binds the agent after "by" ("The functions are to
/// be exercised by the Board"), as "must be" does; without an agent it is a plan or a state. "is not
/// to" is the same, forbidding ("The applicant is not to contact the panel"; "This is not to say…"
/// binds no one).
enum BeToTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    guard TriggerLexicon.beTo.contains(context.first), context.last == "to" else { return .undecided }
    let start = match.tokens.lowerBound
    let head = context.head
    let tokens = context.tokens
    // "is to" or "is not to", not a longer phrase ("is required to").
    let bare =
      match.tokens.count == 2 || match.tokens.count == 3 && tokens[start + 1].lower == "not"
    // "The landlord is not to blame", "Patients are not to worry": idioms, no prohibition.
    if match.tokens.count == 3, TriggerLexicon.notToIdioms.contains(context.next) { return .drop }
    if match.tokens.count == 2, context.next != "be", context.finder.isWayToSubject(start) {
      match.kind = .recommendation
      // "The Government's preferred way to fund care is to…": someone's choice, not advice to the reader.
      match.advisesReader = !context.tokens[..<start].contains {
        $0.lower.hasSuffix("'s") || $0.lower.hasSuffix("’s")
          || TriggerLexicon.ownerDeterminers.contains($0.lower)
      }
      return .keep
    }
    if bare, context.next == "be", context.verb + 2 < tokens.count,
      TriggerFinder.isParticiple(tokens[context.verb + 1].lower), tokens[context.verb + 2].lower == "by",
      !TriggerLexicon.nonAgents.contains(head),
      // Not inside a relative clause or question: "each person whose tax is to be paid by…",
      // "stipulate whether the quarters are to be provided by the lessee".
      !tokens[..<start].contains(where: { TriggerLexicon.embeddingWords.contains($0.lower) })
    {
      match.isPassive = true
      return .keep
    }
    if bare
      && (TriggerLexicon.nonAgents.contains(head) || context.next == "be"
        || !head.isEmpty && !TriggerFinder.agentLike(head))
    {
      return .drop
    }
    return .undecided
  }
}
