/// "It is recommended that each council appoint a lead": the bearer is the subject after "that".
enum ThatClauseSubjectRule: ClauseRule {
  static func apply(to clause: inout Clause, in sentence: inout SentenceState, by analyzer: SentenceAnalyzer)
    -> Bool
  {
    let tokens = sentence.tokens
    let start = clause.match.actionStart
    guard tokens[clause.match.tokens.upperBound - 1].lower == "that", start < tokens.count else {
      return true
    }
    var verb = start
    while verb < min(tokens.count, start + 8), tokens[verb].isWord,
      !ImperativeLexicon.verbs.contains(tokens[verb].lower),
      !DeonticLexicon.modals.contains(tokens[verb].lower)
    {
      verb += 1
    }
    if verb > start, verb < tokens.count, ImperativeLexicon.verbs.contains(tokens[verb].lower) {
      clause.bearer = analyzer.party(
        ClauseParts.slice(sentence.sentence, tokens, start..<verb), lastBearer: sentence.lastBearer)
      clause.match.actionStart = verb
    }
    return true
  }
}
