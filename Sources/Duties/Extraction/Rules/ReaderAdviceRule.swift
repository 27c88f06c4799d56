/// Advice whose trigger is its own subject — the author's "We advise against storing…", an
/// expletive "It is good practice to rotate keys" — is advice to the reader, as an instruction is.
enum ReaderAdviceRule: ClauseRule {
  static func apply(to clause: inout Clause, in sentence: inout SentenceState, by analyzer: SentenceAnalyzer)
    -> Bool
  {
    let range = clause.match.tokens
    guard range.count >= 3,
      DeonticLexicon.readerAdviceStarts.contains(sentence.tokens[range.lowerBound].lower),
      let last = sentence.tokens[range.upperBound - 1].lower as String?,
      DeonticLexicon.readerAdviceEnds.contains(last)
    else { return true }
    // What stands before ("When issuing certificates, it is important to…") is a condition, not a subject.
    clause.bearer = Party(text: "", parties: ["reader"], implicit: true)
    clause.subject = nil
    clause.form = .imperative
    return true
  }
}
