/// A modal inside a conditional clause imposes nothing: "If Landlord shall not so elect, …".
enum ConditionalClauseRule: ClauseRule {
  static func apply(to clause: inout Clause, in sentence: inout SentenceState, by analyzer: SentenceAnalyzer)
    -> Bool
  {
    let tokens = sentence.tokens
    let start = clause.clauseStart
    let trigger = clause.match.tokens.lowerBound
    guard !clause.match.inverted, start + 1 < trigger,
      ClauseLexicon.conditionalStarts.contains(tokens[start].lower),
      !tokens[start..<trigger].contains(where: { $0.text == "," }),
      !tokens[start + 1].lower.hasSuffix("ing")
    else { return true }
    // "In the event that Tenant shall fail…" holds a clause; "In the event of a breach the tenant must
    // pay" and "In order to meet the deadline the council shall…" are phrases before the main clause.
    let holdsClause =
      tokens[start].lower != "in"
      || ((start + 1)..<trigger).contains(where: { index in
        ClauseLexicon.inClauseMarkers.contains(tokens[index].lower)
          || tokens[index].lower == "case" && index + 1 < tokens.count && tokens[index + 1].lower != "of"
      })
    // "If the department has compiled it from other sources it shall seek consent": without the
    // comma, a pronoun after the condition's own verb starts the main clause.
    let pronounStartsMain =
      ClauseLexicon.subjectPronouns.contains(tokens[trigger - 1].lower)
      && tokens[(start + 1)..<(trigger - 1)].contains { ClauseLexicon.auxiliaries.contains($0.lower) }
    return !(holdsClause && !pronounStartsMain)
  }
}
