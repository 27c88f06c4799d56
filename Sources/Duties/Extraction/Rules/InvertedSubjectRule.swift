/// "In no event shall Tenant assign the lease": the subject follows the modal, and "shall Landlord
/// be obligated to pay" releases it (an exemption).
enum InvertedSubjectRule: ClauseRule {
  static func apply(to clause: inout Clause, in sentence: inout SentenceState, by analyzer: SentenceAnalyzer)
    -> Bool
  {
    guard clause.match.inverted else { return true }
    let tokens = sentence.tokens
    let start = clause.match.actionStart
    // "Section 22 requires NHS bodies to co-operate": the object, up to "to", bears the duty.
    if let end = clause.match.objectEnd {
      guard
        let object = analyzer.party(
          ClauseParts.slice(sentence.sentence, tokens, start..<end), lastBearer: nil),
        analyzer.isActor(object)
      else { return false }
      clause.bearer = object
      clause.match.actionStart = end + 1
      return true
    }
    let verb = subjectEnd(tokens, from: start)
    guard verb > start, verb < tokens.count else { return true }
    let text = ClauseParts.slice(sentence.sentence, tokens, start..<verb)
    clause.bearer = analyzer.party(text, lastBearer: sentence.lastBearer)
    if let current = clause.bearer, !analyzer.isActor(current) { clause.bearer = nil }
    clause.match.actionStart = verb
    // "In no event shall Landlord be obligated to pay…", "… have any obligation to…": not bound.
    if let released = SentenceAnalyzer.releasedDuty(tokens, at: verb) {
      clause.kind = .exemption
      clause.match.actionStart = released
    }
    return true
  }

  /// Where the subject after the modal ends: after a run of capitalised words ("Tenant", "NHS
  /// England"), or a determiner and up to three words.
  private static func subjectEnd(_ tokens: [Token], from start: Int) -> Int {
    var verb = start
    if verb < tokens.count, tokens[verb].isCapitalized, !PartyLexicon.determiners.contains(tokens[verb].lower)
    {
      while verb < tokens.count, tokens[verb].isCapitalized { verb += 1 }
      return verb
    }
    verb += 1
    while verb < min(tokens.count, start + 4), tokens[verb].isWord,
      !ImperativeLexicon.verbs.contains(tokens[verb].lower),
      !ClauseLexicon.invertedSubjectStops.contains(tokens[verb].lower)
    {
      verb += 1
      // "any Transfer relieve Tenant", "any person assign": the subject ends at a name or an actor.
      if tokens[verb - 1].isCapitalized && verb < tokens.count && !tokens[verb].isCapitalized
        || PartyLexicon.actorHeads.contains(tokens[verb - 1].lower)
      {
        break
      }
    }
    return verb
  }
}
