/// "It shall be prohibited for any person to sell…", "It is unlawful for a person to…", "It is the
/// responsibility of each council to…": the bearer is the party after "for" or "of".
enum ExpletiveSubjectVoice: VoiceDecision {
  static func decide(_ clause: inout Clause, in sentence: SentenceState, by analyzer: SentenceAnalyzer)
    -> Bool
  {
    let start = clause.match.actionStart
    // The subject as written: a pronoun "it" resolved to the party before is still expletive here.
    guard clause.subject?.text.lowercased() == "it", start > 0,
      ClauseLexicon.expletiveLinks.contains(sentence.tokens[start - 1].lower),
      let found = analyzer.forSubject(sentence.tokens, sentence.sentence, from: start, to: clause.actionEnd)
    else { return false }
    clause.bearer = found.party
    clause.match.actionStart = found.verb
    return true
  }
}
