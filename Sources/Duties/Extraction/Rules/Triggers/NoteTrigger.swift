/// "Please note that late comments will not be considered", "Note that applicants may apply for both
/// awards": a note to the reader tells what will happen or what is allowed; it promises, forbids and
/// permits nothing. A binding modal in a note still binds ("Please note that visitors must show photo
/// identification", "Note that you will need to renew it", "Note that applicants may not apply twice").
enum NoteTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    // "will", "will not", "may", "can"; not "will need to", "will have to", nor "may not" (which forbids).
    guard DeonticLexicon.noteModals.contains(context.first),
      match.tokens.count == 1
        || match.tokens.count == 2 && DeonticLexicon.noteNegatedModals.contains(context.first)
    else { return .undecided }
    let tokens = context.tokens
    guard
      let verb = tokens.firstIndex(where: { !DeonticLexicon.noteLeadWords.contains($0.lower) }),
      verb + 1 < match.tokens.lowerBound, DeonticLexicon.awarenessVerbs.contains(tokens[verb].lower),
      tokens[verb + 1].lower == DeonticLexicon.noteClauseOpener
    else { return .undecided }
    return .drop
  }
}
