/// "shall apply from 1 July" or "shall apply to…" constitutes; "shall apply the measures" obliges, and
/// "Councils may apply to the Department for funding" permits.
/// "They shall apply those provisions from 1 July 2022": Member States' commencement of what they
/// transpose (not "The trust shall apply those measures from April").
enum ApplyTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    guard context.isModal || context.last == "not", context.next == "apply" || context.next == "applies"
    else {
      return .undecided
    }
    let tokens = context.tokens
    let verb = context.verb
    let after = verb + 1 < tokens.count ? tokens[verb + 1].lower : "."
    // "Councils may apply to the Department for funding": a body applies for something; it is no scope.
    let window = tokens[(verb + 1)..<min(tokens.count, verb + 10)].map(\.lower)
    if after == "to", TriggerFinder.agentLike(context.head), window.contains("for") { return .undecided }
    if TriggerLexicon.applyScopeWords.contains(after) || !tokens[min(verb + 1, tokens.count - 1)].isWord {
      return .drop
    }
    if TriggerLexicon.transposers.contains(context.head),
      window.starts(with: TriggerLexicon.transposedObject),
      let from = window.firstIndex(of: "from"), from <= 3, from + 1 < window.count,
      window[from + 1].first?.isNumber == true
    {
      return .drop
    }
    return .undecided
  }
}
