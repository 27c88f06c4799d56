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
}
