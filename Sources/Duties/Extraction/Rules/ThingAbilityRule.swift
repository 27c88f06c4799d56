/// "can" or "could" of a thing says what it is able to do or what may happen ("the certificate can
/// represent one name", "these rules can interact"): no one is allowed anything. Only a short
/// subject in lower case whose head names no actor is taken for a thing: a longer one ("the member of
/// temporary staff can demonstrate…") may be a person the party words do not know. An RFC 2119
/// keyword in capitals is not one of these modals.
enum ThingAbilityRule: ClauseRule {
  /// The most words a subject taken for a thing may have.
  static let maximumWords = 4

  static func apply(to clause: inout Clause, in sentence: inout SentenceState, by analyzer: SentenceAnalyzer)
    -> Bool
  {
    let trigger = sentence.tokens[clause.match.tokens.lowerBound]
    guard clause.form == .state, clause.bearer == nil, let subject = clause.subject, !trigger.isAllCaps,
      DeonticLexicon.abilityModals.contains(trigger.lower)
    else { return true }
    let words = sentence.tokens[subject.range].filter(\.isWord)
    guard let head = words.last, words.count <= maximumWords,
      words.dropFirst().allSatisfy({ !$0.isCapitalized && !PartyLexicon.prepositions.contains($0.lower) })
    else { return true }
    return PartyLexicon.isActorHead(head.lower)
  }
}
