/// A keyword or adjective that is the predicate of its subject ("Support for DNSSEC is RECOMMENDED",
/// "Two-factor authentication is recommended", "This behaviour isn't prohibited") advises, requires
/// or permits what the subject names: the statement is about that thing. An RFC 2119 keyword used
/// as an adjective stands alone; a demonstrative or pronoun alone ("This is mandatory") names nothing.
enum RFCAdjectiveTrigger: TriggerRule {
  static func decide(_ match: inout TriggerFinder.Match, in context: TriggerContext) -> TriggerDecision {
    let tokens = context.tokens
    let start = match.tokens.lowerBound
    let adjective = tokens[match.tokens.upperBound - 1].lower
    let rfc = TriggerLexicon.rfcAdjectives.contains(context.first)
    guard rfc || TriggerLexicon.predicateAdjectives.contains(adjective) else { return .undecided }
    var copula = start
    if rfc {
      // "is not RECOMMENDED" is a pattern of its own; "is RECOMMENDED" takes its "is" in.
      if start > 0, TriggerLexicon.copulas.contains(tokens[start - 1].lower) { copula = start - 1 }
    } else if !TriggerLexicon.copulas.contains(context.first) {
      return .undecided
    }
    guard copula < start || !rfc else { return .keep }
    let subjectEnd = copula
    // 'Support for "h2" is REQUIRED', "Support for TLS (RFC 8446) is REQUIRED": a quote or bracket
    // may end the subject.
    guard subjectEnd > 0,
      tokens[subjectEnd - 1].isWord || TriggerLexicon.subjectClosers.contains(tokens[subjectEnd - 1].text)
    else { return .drop }
    // "This is mandatory" names nothing; "any act which is prohibited by section 3" describes the act.
    if subjectEnd == 1 || !tokens[subjectEnd - 2].isWord,
      TriggerLexicon.pronounSubjects.contains(tokens[subjectEnd - 1].lower)
    {
      return .drop
    }
    // "… which means all harvest is prohibited", "whether the transaction is prohibited by any
    // regulation", "he is prohibited under the regulations from acting": a description, a question, a
    // reference to the law that forbids; "The provisions of § 5 are mandatory": a provision's force.
    // "CCTV is prohibited under this policy" is the document's own rule.
    let after = tokens.dropFirst(match.tokens.upperBound).prefix(2).map(\.lower)
    if let next = after.first, TriggerLexicon.predicateAdjectiveAgents.contains(next),
      !(after.count > 1 && TriggerLexicon.documentDemonstratives.contains(after[1]))
    {
      return .drop
    }
    var position = subjectEnd - 1
    while position >= 0,
      tokens[position].isWord || TriggerLexicon.subjectClosers.contains(tokens[position].text)
        || tokens[position].text == "("
    {
      if TriggerLexicon.predicateClauseOpeners.contains(tokens[position].lower) { return .drop }
      position -= 1
    }
    let subjectWords = tokens[(position + 1)..<subjectEnd].lazy.map(\.lower)
    let head = subjectWords.first { !PartyLexicon.determiners.contains($0) }
    if context.finder.isDocumentSubject(copula) || head.map(TriggerLexicon.provisionSubjects.contains) == true
    {
      return .drop
    }
    match.tokens = copula..<match.tokens.upperBound
    match.isStative = true
    match.isAdjectival = true
    return .keep
  }
}
