/// "The revision changed SHOULD to MUST in section 4": two keywords in capitals joined by "to" name
/// the words, as a change log does; neither is a modal here.
enum KeywordMentionTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    let tokens = context.tokens
    let start = match.tokens.lowerBound
    let end = match.tokens.upperBound
    guard tokens[start].isAllCaps else { return .undecided }
    let before =
      end + 1 < tokens.count && ClauseLexicon.keywordChangeLinks.contains(tokens[end].lower)
      && isKeyword(tokens[end + 1])
    let after =
      start >= 2 && ClauseLexicon.keywordChangeLinks.contains(tokens[start - 1].lower)
      && isKeyword(tokens[start - 2])
    return before || after ? .drop : .undecided
  }

  private static func isKeyword(_ token: Token) -> Bool {
    token.isAllCaps
      && (DeonticLexicon.conventionKeywords.contains(token.text)
        || ClauseLexicon.negations.contains(token.lower))
  }
}
