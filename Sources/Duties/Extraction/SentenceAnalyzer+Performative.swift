extension SentenceAnalyzer {
  // MARK: - Promises made by saying them

  /// "The Tenant hereby indemnifies the Landlord against all claims": a promise made in the present
  /// tense with "hereby" is the party's duty to do what it promises ("indemnify the Landlord…").
  /// Acknowledgements ("hereby agrees that…") and other acts done by saying them ("hereby approves")
  /// bind no one to act.
  func performative(_ sentence: String, _ tokens: [Token]) -> Draft? {
    guard sentence.firstRange(ofBytes: ClauseLexicon.performativeMarker) != nil,
      let marker = tokens.firstIndex(where: { $0.lower == ClauseLexicon.performativeMarker }), marker > 0,
      marker + 2 < tokens.count, ClauseLexicon.performativePromises.contains(tokens[marker + 1].lower),
      tokens[marker + 2].isWord, !ClauseLexicon.complementizers.contains(tokens[marker + 2].lower),
      let subject = subject(tokens, sentence, from: 0, to: marker),
      let bearer = party(subject.text, lastBearer: nil, tokens: tokens, sentence: sentence, before: marker),
      isActor(bearer)
    else { return nil }
    let verb = tokens[marker + 1]
    let end = ClauseParts.endBeforeTrailingMarks(tokens, from: marker + 2, to: tokens.count)
    let rest = ClauseParts.slice(sentence, tokens, (marker + 2)..<end)
    return Draft(
      kind: .duty, trigger: tokens[marker].start..<verb.end,
      triggerText: ClauseParts.slice(sentence, tokens, marker..<(marker + 2)), bearer: bearer,
      beneficiary: nil,
      action: tidyAction(Self.baseForm(verb.lower) + " " + rest), conditions: [],
      timing: ClauseParts.timing(in: tokens, sentence: sentence, range: (marker + 2)..<end).map(\.0),
      references: ClauseParts.references(in: tokens, sentence: sentence), opensList: false)
  }
}
