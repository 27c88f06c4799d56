/// "…, who shall inform the staff member", "consult the committee, which must reply": the person or
/// body just before the comma is bound, when no subject names one, or when the subject found is that
/// party after a verb ("consult the committee").
enum RelativeAntecedentRule: ClauseRule {
  static func apply(to clause: inout Clause, in sentence: inout SentenceState, by analyzer: SentenceAnalyzer)
    -> Bool
  {
    if let antecedent = analyzer.relativeAntecedent(
      sentence.tokens, sentence.sentence, before: clause.match.tokens.lowerBound),
      clause.bearer.map({
        $0.parties.isEmpty || !analyzer.isActor($0) || Self.isAfterAVerb(antecedent.text, in: $0.text)
      }) ?? true
    {
      clause.bearer = antecedent
    }
    return true
  }

  /// Whether `subject` is `antecedent` after words that open in lower case with no determiner:
  /// "consult the advisory committee", "immediately advise the Administrator".
  private static func isAfterAVerb(_ antecedent: String, in subject: String) -> Bool {
    guard subject.count > antecedent.count, subject.hasSuffix(" " + antecedent),
      let first = subject.split(separator: " ").first, first.first?.isLowercase == true
    else { return false }
    return !PartyLexicon.determiners.contains(first.lowercased())
  }
}
