/// "…to ensure that the server is authorised to provide the service", "the council must check that
/// the provider is entitled to claim": a "be authorised/entitled/required to" inside the clause that
/// another verb sees to or checks states what is to be ensured, not a permission or duty of its own.
enum EnsuredClauseTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    let start = match.tokens.lowerBound
    guard TriggerLexicon.relativeClauseVerbs.contains(context.first), start > 1 else { return .undecided }
    let tokens = context.tokens
    let floor = max(1, start - TriggerLexicon.ensuredSubjectReach - 1)
    var index = start - 1
    while index >= floor, tokens[index].isWord {
      // "To ensure that records are kept the council is required to…": the clause had its verb.
      if TriggerLexicon.finiteVerbs.contains(tokens[index].lower) { return .undecided }
      if tokens[index].lower == "that", TriggerLexicon.ensuringVerbs.contains(tokens[index - 1].lower) {
        return .drop
      }
      index -= 1
    }
    return .undecided
  }
}
