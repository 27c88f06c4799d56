/// "A disclosure made under this section is not to be treated as a breach of confidence", "A person
/// who reports a concern shall not be regarded as having contravened any restriction": the text clears
/// an act of a wrong, an exemption of the subject from being treated so. Other deeming ("is not to be
/// treated as income", "shall not be regarded as committed until…") defines, and the rules after drop
/// it.
enum ClearedWrongTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    let tokens = context.tokens
    guard context.next == "be", tokens[match.tokens].contains(where: { $0.lower == "not" }),
      context.verb + 3 < tokens.count,
      OffenceLexicon.deemingParticiples.contains(tokens[context.verb + 1].lower),
      tokens[context.verb + 2].lower == OffenceLexicon.deemingComplementMarker
    else { return .undecided }
    let position = context.verb + 3
    if tokens[position].lower == OffenceLexicon.wrongDoneMarker {
      // "as having contravened", "as having been in breach".
      guard position + 1 < tokens.count,
        OffenceLexicon.wrongsDone.contains(tokens[position + 1].lower) || isWrong(tokens, from: position + 1)
      else { return .undecided }
    } else if !isWrong(tokens, from: position) {
      return .undecided
    }
    match.kind = .exemption
    match.actionStart = context.verb
    return .keep
  }

  /// Whether a wrong as a whole noun phrase starts at `start`: "a breach of confidence", "being in
  /// default", "been in breach", not "an infringement notice".
  private static func isWrong(_ tokens: [Token], from start: Int) -> Bool {
    var position = start
    while position < tokens.count,
      OffenceLexicon.wrongOpeners.contains(tokens[position].lower)
        || ClauseLexicon.passiveAuxiliaries.contains(tokens[position].lower)
    {
      position += 1
    }
    guard position < tokens.count, OffenceLexicon.wrongs.contains(tokens[position].lower) else {
      return false
    }
    let next = position + 1
    return next == tokens.count || !tokens[next].isWord
      || PartyLexicon.prepositions.contains(tokens[next].lower)
  }
}
