/// Triggers written around other words: a promise around an aside ("agrees, at the election of the
/// Holder, to…"), a requirement with its agent before "to" ("are required by section 6 to…"), a provision
/// that requires its object ("Section 22 requires NHS bodies to…"), and whether a trigger restates the
/// law already in force.
extension TriggerFinder {
  /// "Councils are (already) required by section 6 of the Act to appoint…": a passive requirement whose
  /// agent stands between the participle and "to". The trigger is "are required"; the action starts
  /// after "to". Not in a relative clause ("any official that is required by this Act to report…") nor
  /// with a passive after "to" ("the information is required by law to be filed").
  func requirementByAgent(at index: Int) -> Match? {
    guard DeonticLexicon.adverbHosts.contains(tokens[index].lower),
      index == 0 || !TriggerLexicon.agentRelatives.contains(tokens[index - 1].lower)
    else { return nil }
    var participle = index + 1
    if participle < tokens.count, DeonticLexicon.triggerAdverbs.contains(tokens[participle].lower) {
      participle += 1
    }
    guard participle + 2 < tokens.count, let kind = DeonticLexicon.agentParticiples[tokens[participle].lower],
      tokens[participle + 1].lower == "by"
    else { return nil }
    var to = participle + 2
    while to < min(tokens.count, participle + DeonticLexicon.agentReach), tokens[to].lower != "to" {
      if !tokens[to].isWord, ClauseLexicon.breaks.contains(tokens[to].text) { return nil }
      to += 1
    }
    guard to + 1 < tokens.count, tokens[to].lower == "to", tokens[to + 1].isWord, tokens[to + 1].lower != "be"
    else { return nil }
    var found = Match(kind: kind, tokens: index..<(participle + 1), actionStart: to + 1)
    found.restates = restates(found.tokens)
    return found
  }

  /// "Section 22 requires NHS bodies to co-operate…", "This Act obliges councils to…": a provision puts
  /// a duty on its object. Only where the subject is a part of a document or an enactment, the object
  /// reaches "to" within a few words with no mark between, and a verb follows ("requires planning
  /// permission to be obtained" puts no duty on anyone).
  func requirementOfObject(at index: Int) -> Match? {
    guard TriggerLexicon.requiringVerbs.contains(tokens[index].lower), isDocumentSubject(index),
      let to = tokens[(index + 1)...].prefix(TriggerLexicon.requiredObjectReach).firstIndex(where: {
        $0.lower == "to" || !$0.isWord
      }),
      tokens[to].lower == "to", to > index + 1, to + 1 < tokens.count, tokens[to + 1].isWord,
      tokens[to + 1].lower != "be"
    else { return nil }
    var found = Match(kind: .duty, tokens: index..<(index + 1), actionStart: index + 1, inverted: true)
    found.objectEnd = to
    // "Section 22 of the 1977 Act requires…": an enactment named by its year states the law in force.
    let subject = tokens[..<index].reversed().prefix { $0.text != "," && $0.text != ";" }
    found.restates =
      restates(found.tokens) || subject.contains { ReferenceLexicon.isYear($0.text) }
    return found
  }

  /// Whether a trigger restates a requirement already in force: "already" in it or just before it
  /// ("are already required to", "already has a duty to"), or a present perfect ("have been required
  /// to").
  func restates(_ trigger: Range<Int>) -> Bool { Self.restates(tokens, trigger) }

  /// Whether the trigger at `trigger` in `tokens` restates a requirement already in force (see
  /// `restates(_:)`).
  static func restates(_ tokens: [Token], _ trigger: Range<Int>) -> Bool {
    let before = max(0, trigger.lowerBound - DeonticLexicon.restatementReach)
    return tokens[before..<trigger.upperBound].contains {
      DeonticLexicon.restatementWords.contains($0.lower)
    } || tokens[trigger].contains { $0.lower == DeonticLexicon.perfectParticiple }
  }

  /// "Tenant agrees, at the election of the Holder, to attorn…": a promise whose "to" follows an aside
  /// between commas. The trigger is the verb; the action starts after "to".
  func promiseAroundAnAside(at index: Int) -> Match? {
    guard
      TriggerLexicon.promiseVerbs.contains(tokens[index].lower),
      index + 1 < tokens.count, tokens[index + 1].text == ","
    else { return nil }
    var close = index + 2
    while close < min(tokens.count, index + 20), tokens[close].text != "," {
      if TriggerLexicon.promiseAsideBreaks.contains(tokens[close].text) { return nil }
      close += 1
    }
    guard close > index + 2, close + 1 < tokens.count, tokens[close].text == "," else { return nil }
    // ", to V" or ", not to V".
    let negated = tokens[close + 1].lower == "not"
    let to = close + (negated ? 2 : 1)
    guard to + 1 < tokens.count, tokens[to].lower == "to", tokens[to + 1].isWord else { return nil }
    return Match(kind: negated ? .prohibition : .duty, tokens: index..<(index + 1), actionStart: to + 1)
  }
}
