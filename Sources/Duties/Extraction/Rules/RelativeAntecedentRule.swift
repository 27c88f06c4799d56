/// "…, who shall inform the staff member": the party before the comma is bound, when no subject
/// names one.
enum RelativeAntecedentRule: ClauseRule {
  static func apply(to clause: inout Clause, in sentence: inout SentenceState, by analyzer: SentenceAnalyzer)
    -> Bool
  {
    if let antecedent = analyzer.relativeAntecedent(
      sentence.tokens, sentence.sentence, before: clause.match.tokens.lowerBound),
      clause.bearer.map({ $0.parties.isEmpty || !analyzer.isActor($0) }) ?? true
    {
      clause.bearer = antecedent
    }
    return true
  }
}
