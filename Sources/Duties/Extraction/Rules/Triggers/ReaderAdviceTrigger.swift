/// "It is important to…" and "We advise against…" advise the reader only as a sentence of their
/// own (first, or after a comma) and before an action: not "if the Secretary determines that it is
/// important to the national interest", nor "it is important to note that…" (information).
enum ReaderAdviceTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    guard isReaderAdvice(first: context.first, last: context.last, words: match.tokens.count) else {
      return .undecided
    }
    let start = match.tokens.lowerBound
    // First in its sentence, after a comma, or after a short opening adverbial ("At present we advise…").
    let before = context.tokens[..<start].filter(\.isWord).map(\.lower).joined(separator: " ")
    let opensSentence =
      before.isEmpty || context.tokens[start - 1].text == ","
      || DeonticLexicon.openingAdverbials.contains(before)
    if !opensSentence || PartyLexicon.determiners.contains(context.next)
      || context.next.first?.isLetter != true
      || ImperativeLexicon.informationVerbs.contains(context.next)
    {
      return .drop
    }
    return .undecided
  }

  /// Whether a trigger's words are its own subject advising the reader: "it … to", "we … against".
  static func isReaderAdvice(first: String, last: String, words: Int) -> Bool {
    words >= 3 && DeonticLexicon.readerAdviceStarts.contains(first)
      && DeonticLexicon.readerAdviceEnds.contains(last)
  }
}
