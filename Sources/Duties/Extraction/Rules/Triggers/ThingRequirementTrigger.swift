/// A requirement on a thing binds, where it would otherwise read as a definition or a possibility:
/// "The plan must include a summary", "Each record should contain a timestamp" (a content verb after
/// "must" or "should", or after "shall" of a quantified subject: "Each record shall contain…"), and a
/// keyword of RFC 2119 in capitals, which is never epistemic ("The list MAY include a CN-ID", "Pinned
/// versions SHOULD have a comment"); and the relief from one, "The report need not include the
/// names of staff". Definitions ("references to X must include…") and parts of a document ("This
/// section shall…") are left to the rules after.
enum ThingRequirementTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    let start = match.tokens.lowerBound
    // A relief of a subject that opens its clause: not "(which provision need not include…)".
    let relief = match.kind == .exemption && !isRelative(before: start, context.tokens)
    guard context.isModal || relief, context.next != "be", context.next != "apply", context.next != "applies",
      !context.finder.isDocumentSubject(start), !definesAWord(before: start, context.tokens),
      !DeonticLexicon.nonAgentPronouns.contains(context.head), context.tokens[context.verb].isWord
    else { return .undecided }
    let keyword = context.tokens[start].isAllCaps && !context.tokens[context.verb].isAllCaps
    if keyword { return .keep }
    guard DeonticLexicon.contentVerbs.contains(context.next) else { return .undecided }
    return relief || DeonticLexicon.requirementModals.contains(context.first)
      || isQuantified(before: start, context.tokens)
      ? .keep : .undecided
  }

  /// Whether the subject opens with a quantifier: "Each record shall contain a timestamp" sets what
  /// every record must hold, where "The application shall contain…" describes one document.
  private static func isQuantified(before start: Int, _ tokens: [Token]) -> Bool {
    var position = start - 1
    while position > 0, position >= start - DeonticLexicon.quantifiedSubjectReach, tokens[position - 1].isWord
    {
      position -= 1
    }
    return position >= 0 && position < start
      && DeonticLexicon.subjectQuantifiers.contains(tokens[position].lower)
  }

  /// Whether the subject, back to a mark or the start, has a relative word: "which provision".
  private static func isRelative(before start: Int, _ tokens: [Token]) -> Bool {
    var position = start - 1
    while position >= 0, tokens[position].isWord {
      if ClauseLexicon.relativeWords.contains(tokens[position].lower) { return true }
      position -= 1
    }
    return false
  }

  /// Whether the subject, back to a mark or the start, has a word that names a word or reference:
  /// "References to a trust must include…", "the expression X must include…".
  private static func definesAWord(before start: Int, _ tokens: [Token]) -> Bool {
    var position = start - 1
    while position >= 0, position >= start - 12, tokens[position].isWord {
      if DeonticLexicon.definingSubjects.contains(tokens[position].lower) { return true }
      position -= 1
    }
    return false
  }
}
