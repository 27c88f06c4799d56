/// Advice whose trigger is its own subject — the author's "We advise against storing…", an
/// expletive "It is good practice to rotate keys" — is advice to the reader, as an instruction is.
enum ReaderAdviceRule: ClauseRule {
  static func apply(to clause: inout Clause, in sentence: inout SentenceState, by analyzer: SentenceAnalyzer)
    -> Bool
  {
    let range = clause.match.tokens
    guard
      ReaderAdviceTrigger.isReaderAdvice(
        first: sentence.tokens[range.lowerBound].lower, last: sentence.tokens[range.upperBound - 1].lower,
        words: range.count)
    else { return true }
    // What stands before ("When issuing certificates, it is important to…") is a condition, not a subject.
    clause.bearer = Party(text: "", parties: ["reader"], implicit: true)
    clause.subject = nil
    clause.form = .imperative
    return true
  }
}
