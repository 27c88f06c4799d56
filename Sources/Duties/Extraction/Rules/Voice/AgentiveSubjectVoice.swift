/// A subject whose head noun is on none of the lexicon's lists is a party when its verb is one only
/// people and bodies do: "The warden shall appoint a deputy", "Every warden must pay the fee".
/// The grammar decides, not a longer list of actor nouns: with another verb the subject stays a thing
/// ("The vessel must carry a light", "The app must request consent"). Not after "can", which says what
/// someone is able to do.
enum AgentiveSubjectVoice: VoiceDecision {
  static func decide(_ clause: inout Clause, in sentence: SentenceState, by analyzer: SentenceAnalyzer)
    -> Bool
  {
    let match = clause.match
    guard let current = clause.bearer, let subject = clause.subject, !match.isPassive, !match.isStative,
      !match.isAdjectival, !match.inverted, match.actionStart < sentence.tokens.count,
      // "can" says what someone is able to do as often as what they may: "informing the subject that
      // the subject can withdraw".
      !DeonticLexicon.abilityModals.contains(sentence.tokens[match.tokens.lowerBound].lower),
      ClauseLexicon.personalVerbs.contains(sentence.tokens[match.actionStart].lower),
      PartyLexicon.hasUnlistedHead(subject.text), !analyzer.isActor(current)
    else { return false }
    // A subject cut from a longer one ("…for office, storage, or other space must consult") is no party.
    let start = subject.range.lowerBound
    if start > 0, case let before = sentence.tokens[start - 1].lower,
      ClauseLexicon.conjunctions.contains(before) || PartyLexicon.prepositions.contains(before)
    {
      return false
    }
    return true
  }
}
