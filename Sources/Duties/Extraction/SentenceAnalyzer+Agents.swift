/// Who acts, when the subject does not say: the agent of a passive ("… shall be published by the
/// Commission") and the owner of a responsibility ("X shall be the sole responsibility of Lessee").
extension SentenceAnalyzer {
  /// The party after "be the (sole) responsibility of", and the token where its noun phrase ends.
  func responsibilityOwner(_ tokens: [Token], _ sentence: String, from start: Int, to end: Int)
    -> (party: Party, end: Int)?
  {
    guard start < end else { return nil }
    for index in start..<min(end, start + 6)
    where ClauseLexicon.ownedDutyNouns.contains(tokens[index].lower) {
      guard index + 1 < end, tokens[index + 1].lower == "of" else { continue }
      let stop = nounPhraseEnd(tokens, from: index + 2, to: end)
      guard let owner = party(ClauseParts.slice(sentence, tokens, (index + 2)..<stop), lastBearer: nil) else {
        return nil
      }
      return (owner, stop)
    }
    return nil
  }

  /// Where a noun phrase after a preposition ends: at a clause break or the next preposition or condition.
  func nounPhraseEnd(_ tokens: [Token], from start: Int, to end: Int) -> Int {
    var stop = start
    while stop < end, !ClauseParts.isBreak(tokens[stop]), !BearerLexicon.enders.contains(tokens[stop].lower) {
      stop += 1
    }
    return stop
  }

  /// The agent of a passive: "… shall be published by the Commission" (or by a body the document
  /// calls by a short name: "by the Secretary", the Secretary of Energy). In an action (`inAction`), the
  /// agent of a participle inside it is not the main verb's ("transmitted to a representative designated
  /// by the President"), and "by" with a gerund is a means ("effected by classifying the staff").
  func agent(
    _ tokens: [Token], _ sentence: String, from start: Int, to end: Int, inAction: Bool = false,
    participleAgents: Bool = true, verbFirst: Bool = false
  ) -> Party? {
    // The items of a list written inline after the action are not the action's agent: "shall be
    // increased by the following: (a) 3 points where food is provided by the owner".
    let end = Self.inlineListStart(tokens, in: start..<end)
    guard start < end else { return nil }
    let mainVerb = inAction ? Self.mainParticiple(tokens, from: start, to: end, first: verbFirst) : nil
    for index in start..<end where tokens[index].lower == "by" && index + 1 < end {
      if inAction {
        // A reduced relative ("a representative designated by"), not a finite one ("which are located by").
        // A second participle joined to the main one ("completed and signed by") shares its agent.
        if index > start + 1, index - 1 != mainVerb,
          TriggerFinder.isParticiple(tokens[index - 1].lower),
          !BearerLexicon.finiteParticipleLinks.contains(tokens[index - 2].lower)
        {
          continue
        }
        // "by classifying the staff": a means, not an agent ("by nursing staff", "by Ealing Council" are).
        if tokens[index + 1].text.hasSuffix("ing"), tokens[index + 1].text.first?.isLowercase == true,
          index + 2 >= end || !tokens[index + 2].isWord
            || PartyLexicon.determiners.contains(tokens[index + 2].lower)
        {
          continue
        }
      }
      if !participleAgents, index > start, TriggerFinder.isParticiple(tokens[index - 1].lower) { continue }
      let stop = nounPhraseEnd(tokens, from: index + 1, to: end)
      if let candidate = jointAgent(tokens, sentence, from: index + 1, to: stop),
        let first = candidate.parties.first, let head = first.spaceSeparated.last,
        PartyLexicon.isActorHead(String(head)) || candidate.text.first?.isUppercase == true
          || partyNames.shortNamedBodies.contains(first)
      {
        return candidate
      }
    }
    return nil
  }

  /// Whether a "which" after the body at `body` may stand for a thing before it: the body is where a
  /// thing goes or who made it ("give a statement to the union, which…", "regulations established by
  /// the Secretary, which shall provide…"; not "rest with the Board, which shall notify…"), or the
  /// verb after the modal is one that things do ("…, which must state the reasons").
  private func thingMayBeMeant(_ tokens: [Token], body: Int, trigger: Int) -> Bool {
    if body > 0, ClauseLexicon.thingAntecedentPrepositions.contains(tokens[body - 1].lower) { return true }
    var verb = trigger + 1
    while verb < tokens.count, TriggerFinder.isAdverb(tokens[verb].lower) { verb += 1 }
    return verb < tokens.count && ClauseLexicon.documentVerbs.contains(tokens[verb].lower)
  }

  /// The participle an agent may follow: the first of the range; with `first`, only one that opens it
  /// after "be" and adverbs ("be promptly approved by"), so that in "have regard to any guidance
  /// issued by the Secretary" the agent is the guidance's, not the action's.
  private static func mainParticiple(_ tokens: [Token], from start: Int, to end: Int, first: Bool) -> Int? {
    guard first else { return (start..<end).first { TriggerFinder.isParticiple(tokens[$0].lower) } }
    var index = start
    while index < end,
      ClauseLexicon.passiveAuxiliaries.contains(tokens[index].lower)
        || TriggerFinder.isAdverb(tokens[index].lower)
    {
      index += 1
    }
    return index < end && TriggerFinder.isParticiple(tokens[index].lower) ? index : nil
  }

  /// The agent after "by", with a second "and by …" joined to it: "approved by the provider and by the
  /// commissioner" binds both.
  private func jointAgent(_ tokens: [Token], _ sentence: String, from start: Int, to stop: Int) -> Party? {
    guard
      let joiner = (start..<stop).first(where: {
        $0 + 2 < stop && ClauseLexicon.agentJoiners.contains(tokens[$0].lower)
          && tokens[$0 + 1].lower == "by"
      }),
      let first = party(ClauseParts.slice(sentence, tokens, start..<joiner), lastBearer: nil),
      let second = party(ClauseParts.slice(sentence, tokens, (joiner + 2)..<stop), lastBearer: nil)
    else {
      return party(ClauseParts.slice(sentence, tokens, start..<stop), lastBearer: nil)
    }
    var parties = first.parties
    for named in second.parties where !parties.contains(named) { parties.append(named) }
    return Party(text: ClauseParts.slice(sentence, tokens, start..<stop), parties: parties)
  }
}

extension SentenceAnalyzer {
  /// The party a relative "who" or "which" stands for: "… by decision of the AACC, who shall inform
  /// the staff member" gives the AACC, "consult the committee, which must reply" the committee. Only a
  /// person or body counts.
  func relativeAntecedent(_ tokens: [Token], _ sentence: String, before trigger: Int) -> Party? {
    guard let index = Self.positionBefore(tokens, trigger), index >= 2,
      ClauseLexicon.antecedentRelatives.contains(tokens[index].lower), tokens[index - 1].text == ","
    else { return nil }
    let end = index - 1
    var start = end
    while start > max(0, end - 6), tokens[start - 1].isWord {
      let word = tokens[start - 1].lower
      // "the Director of Public Health": "of" inside a name.
      if word == "of", tokens[start].isCapitalized, start - 2 >= 0, tokens[start - 2].isCapitalized {
        start -= 1
        continue
      }
      if ClauseLexicon.adverbials.contains(word) || word == "of" || word == "and" || word == "or" { break }
      start -= 1
    }
    // "shall consult the advisory committee, which…": a verb before the noun phrase is not part of
    // it, where a preposition or participle is ("appointed by the Secretary", "attending the sale").
    if let determiner = (start + 1..<max(start + 1, end)).last(where: { position in
      let before = tokens[position - 1]
      return PartyLexicon.determiners.contains(tokens[position].lower) && before.isWord
        && !before.isCapitalized && before.text.first?.isLetter == true
        && !PartyLexicon.prepositions.contains(before.lower)
        && !PartyLexicon.determiners.contains(before.lower)
        && !before.lower.hasSuffix(ClauseLexicon.gerundEnding)
        && !before.lower.hasSuffix(ClauseLexicon.participleEnding)
    }) {
      start = determiner
    }
    guard start < end,
      let found = party(ClauseParts.slice(sentence, tokens, start..<end), lastBearer: nil),
      namesPersonOrBody(found) || isActor(found) && !found.parties.isEmpty && tokens[end - 1].isAllCaps,
      // "which" stands for a thing as often as a body: only a body counts.
      tokens[index].lower != ClauseLexicon.thingRelative
        || isActor(found) && !found.parties.isEmpty && !thingMayBeMeant(tokens, body: start, trigger: trigger)
    else { return nil }
    return found
  }
}
