/// "A disclosure made under this section is not to be treated as a breach of confidence", "A person
/// who reports a concern shall not be regarded as having contravened any restriction": the text clears
/// an act of a wrong, an exemption of the subject from being treated so. Other deeming ("is not to be
/// treated as income") defines, and the rules after drop it.
enum ClearedWrongTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    let tokens = context.tokens
    guard context.next == "be", tokens[match.tokens].contains(where: { $0.lower == "not" }),
      context.verb + 2 < tokens.count,
      ClauseLexicon.deemingParticiples.contains(tokens[context.verb + 1].lower),
      tokens[context.verb + 2].lower == ClauseLexicon.deemingComplementMarker
    else { return .undecided }
    var position = context.verb + 3
    while position < tokens.count, ClauseLexicon.wrongOpeners.contains(tokens[position].lower) {
      position += 1
    }
    guard position < tokens.count, ClauseLexicon.wrongs.contains(tokens[position].lower) else {
      return .undecided
    }
    match.kind = .exemption
    match.actionStart = context.verb
    return .keep
  }
}
