extension SentenceAnalyzer {
  // MARK: - Duties and powers named as nouns

  /// "A duty to make arrangements under this section applies to each relevant board", "The power to
  /// make regulations under this section is exercisable by the Welsh Ministers": a duty or power named
  /// as a noun with its act is the party's that the verb after it assigns it to. A duty or power named
  /// without its act ("The duty in subsection (1) applies to…") gives nothing here.
  func nominalDuty(_ sentence: String, _ tokens: [Token]) -> Draft? {
    guard let first = tokens.firstIndex(where: \.isWord), first + 3 < tokens.count,
      PartyLexicon.determiners.contains(tokens[first].lower),
      let kind = ClauseLexicon.nominalDutyNouns[tokens[first + 1].lower],
      tokens[first + 2].lower == ClauseLexicon.nominalDutyLink,
      // "The duty to the beneficiaries rests with…" names whom it is owed to, not an act.
      Self.opensAct(tokens, at: first + 3)
    else { return nil }
    let actStart = first + 3
    for index in actStart..<tokens.count {
      if tokens[index].text == ";" || tokens[index].text == ":" { return nil }
      guard
        let phrase = ClauseLexicon.assigningPhrases.first(where: {
          ClauseParts.matches($0, tokens, at: index)
        }),
        index > actStart
      else { continue }
      // "The obligations to transpose … shall not apply to Malta": a scope withheld, not a duty assigned.
      let before = tokens[index - 1].lower
      if before == "not" || DeonticLexicon.modals.contains(before) { return nil }
      var end = tokens.count
      if let stop = tokens[(index + phrase.count)...].firstIndex(where: { $0.text == "," || $0.text == ";" })
      {
        end = stop
      }
      while end > index + phrase.count, !tokens[end - 1].isWord { end -= 1 }
      guard end > index + phrase.count,
        let bearer = party(
          ClauseParts.slice(sentence, tokens, (index + phrase.count)..<end), lastBearer: nil, tokens: tokens,
          sentence: sentence, before: index),
        isActor(bearer)
      else { return nil }
      let noun = tokens[first + 1]
      return Draft(
        kind: kind, trigger: noun.start..<noun.end, triggerText: noun.text, bearer: bearer, beneficiary: nil,
        action: tidyAction(ClauseParts.slice(sentence, tokens, actStart..<index)), conditions: [],
        timing: ClauseParts.timing(in: tokens, sentence: sentence, range: actStart..<index).map(\.0),
        references: ClauseParts.references(in: tokens, sentence: sentence), opensList: false)
    }
    return nil
  }

  /// "The duties are— (a) to publish…; (b) to consult…", "The general duties of the Board are—": a list
  /// of duties (or powers) named as a noun, each item one of them. The party is the one after "of", else
  /// the one the provision spoke of last; the items' acts follow as the list's.
  func dutiesList(_ sentence: String, _ tokens: [Token], previousBearer: Party?) -> Draft? {
    guard let last = sentence.last, ListLexicon.leadInEnds.contains(last),
      let first = tokens.firstIndex(where: \.isWord), tokens[first].lower == ClauseLexicon.dutyListDeterminer,
      tokens.count >= first + 3
    else { return nil }
    var noun = first + 1
    while noun < tokens.count, ClauseLexicon.dutyListAdjectives.contains(tokens[noun].lower) { noun += 1 }
    guard noun < tokens.count, tokens[noun].lower.hasSuffix("s"),
      let kind = ClauseLexicon.nominalDutyNouns[tokens[noun].lower],
      let link = tokens[(noun + 1)...].firstIndex(where: { ClauseLexicon.dutyListLinks.contains($0.lower) }),
      // "are—", "are as follows:", "include—".
      tokens[(link + 1)...].allSatisfy({ !$0.isWord || ClauseLexicon.dutyListLinkEnds.contains($0.lower) })
    else { return nil }
    var bearer = previousBearer
    if link > noun + 2, tokens[noun + 1].lower == ClauseLexicon.dutyListOwner {
      guard
        let named = party(
          ClauseParts.slice(sentence, tokens, (noun + 2)..<link), lastBearer: nil, tokens: tokens,
          sentence: sentence, before: noun + 2),
        isActor(named)
      else { return nil }
      bearer = named
    } else if link != noun + 1 {
      return nil
    }
    return Draft(
      kind: kind, trigger: tokens[noun].start..<tokens[noun].end, triggerText: tokens[noun].text,
      bearer: bearer, beneficiary: nil, action: "", conditions: [], timing: [],
      references: ClauseParts.references(in: tokens, sentence: sentence), opensList: true)
  }
}
