/// Advice whose trigger is its own subject — the author's "We advise against storing…", an
/// expletive "It is good practice to rotate keys" — or whose subject only names its aim ("The best way
/// to stay safe is to rotate keys") is advice to the reader, as an instruction is.
enum ReaderAdviceRule: ClauseRule {
  static func apply(to clause: inout Clause, in sentence: inout SentenceState, by analyzer: SentenceAnalyzer)
    -> Bool
  {
    let range = clause.match.tokens
    guard
      clause.match.advisesReader
        || ReaderAdviceTrigger.isReaderAdvice(
          first: sentence.tokens[range.lowerBound].lower, last: sentence.tokens[range.upperBound - 1].lower,
          words: range.count)
    else { return true }
    guard !asksAwareness(sentence.tokens, from: clause.match.actionStart, to: clause.actionEnd) else {
      return false
    }
    // What stands before ("When issuing certificates, it is important to…") is a condition, not a subject.
    clause.bearer = Party(text: "", parties: ["reader"], implicit: true)
    clause.subject = nil
    clause.form = .imperative
    return true
  }

  /// Whether the advice asks the reader to know or remember rather than act: "…to note that…", "…to
  /// keep these distinctions in mind".
  private static func asksAwareness(_ tokens: [Token], from start: Int, to end: Int) -> Bool {
    let end = min(end, tokens.count)
    guard start < end else { return false }
    if DeonticLexicon.awarenessVerbs.contains(tokens[start].lower) { return true }
    // The phrase must end inside the action.
    let phrase = DeonticLexicon.awarenessPhrase
    return DeonticLexicon.mindVerbs.contains(tokens[start].lower)
      && ((start + 1)..<max(start + 1, end - phrase.count + 1)).contains {
        ClauseParts.matches(phrase, tokens, at: $0)
      }
  }
}
