extension SentenceAnalyzer {
  // MARK: - Imperatives

  /// Imperative guidance ("Ensure that…", "Do not use…") is a duty or prohibition of the reader.
  func imperative(_ sentence: String, _ tokens: [Token]) -> Draft? {
    guard let (index, fronted) = Self.imperativeStart(tokens), index + 1 < tokens.count else { return nil }
    let first = tokens[index]
    guard let (opening, verbIndex) = Self.imperativeKind(tokens, at: index, fronted: fronted) else {
      return nil
    }
    var kind = opening
    guard verbIndex < tokens.count else { return nil }
    if kind == .duty, Self.statesPreference(tokens, from: verbIndex) { kind = .recommendation }
    let next = verbIndex + 1 < tokens.count ? tokens[verbIndex + 1].lower : ""
    if verbIndex == index, verbIndex + 1 < tokens.count, tokens[verbIndex + 1].text.first?.isNumber == true {
      return nil
    }
    // "Review of…", "Reuse includes…": a noun; but "Identify and acquire…" joins two verbs.
    let joinsVerbs =
      next == "and" && verbIndex + 2 < tokens.count
      && ImperativeLexicon.verbs.contains(tokens[verbIndex + 2].lower)
    if verbIndex == index, ImperativeLexicon.nonImperativeFollowers.contains(next) && !joinsVerbs {
      return nil
    }
    // A verb with nothing to act on ("Determine", "Review." as a label) is a heading, not an instruction.
    if verbIndex == index, next.isEmpty || ImperativeLexicon.trailingMarks.contains(next) { return nil }
    // "Note that…", "Remember, …": what follows is information, not something to do.
    if verbIndex == index, ImperativeLexicon.informationVerbs.contains(first.lower),
      ImperativeLexicon.informationFollowers.contains(next)
    {
      return nil
    }
    if kind == .prohibition || kind == .duty && verbIndex > index {
      guard ImperativeLexicon.verbs.contains(tokens[verbIndex].lower) || tokens[verbIndex].isWord else {
        return nil
      }
    }
    // "Only check…", "Objectively evaluate…": the adverb is part of what to do.
    let actionStart =
      ImperativeLexicon.restrictingAdverbs.contains(first.lower) || Self.isMannerAdverb(first)
      ? index : verbIndex
    let conditions = Self.imperativeConditions(tokens, sentence: sentence, start: index, fronted: fronted)
    let timing = ClauseParts.timing(in: tokens, sentence: sentence, range: actionStart..<tokens.count)
    var end = tokens.count
    while end > actionStart, ImperativeLexicon.trailingMarks.contains(tokens[end - 1].text) { end -= 1 }
    for (_, range) in conditions where range.lowerBound > actionStart { end = min(end, range.lowerBound) }
    var action = tidyAction(ClauseParts.slice(sentence, tokens, actionStart..<end))
    if first.lower == "do" || first.lower == "don't" || first.lower == "never" || first.lower == "always" {
      action = tidyAction(action)
    }
    let triggerEnd = kind == .duty && verbIndex == index ? index + 1 : verbIndex
    let triggerRange = tokens[index].start..<tokens[max(index, triggerEnd - 1)].end
    return Draft(
      kind: kind, trigger: triggerRange,
      triggerText: String(decoding: Array(sentence.utf8)[triggerRange], as: UTF8.self),
      bearer: Party(text: "", parties: ["reader"], implicit: true), beneficiary: beneficiary(in: action),
      action: action, conditions: conditions.map(\.0), timing: timing.map(\.0),
      references: ClauseParts.references(in: tokens, sentence: sentence), opensList: false, form: .imperative)
  }

  /// The kind an instruction opening at `index` gives ("Do not…" forbids, "Consider…" advises, "Stop
  /// V-ing…" forbids V), and where its verb stands; `nil` when the words there are no instruction.
  static func imperativeKind(_ tokens: [Token], at index: Int, fronted: Bool) -> (ObligationKind, Int)? {
    let first = tokens[index]
    var kind: ObligationKind
    var verbIndex = index
    switch first.lower {
    case "do", "don't":
      guard first.lower == "don't" || tokens[index + 1].lower == "not" else { return nil }
      kind = .prohibition
      verbIndex = first.lower == "don't" ? index + 1 : index + 2
    case "never": kind = .prohibition; verbIndex = index + 1
    case _
    where ImperativeLexicon.cessationVerbs.contains(first.lower) && tokens[index + 1].lower.hasSuffix("ing"):
      // "Stop including strings…": what to stop doing is forbidden.
      kind = .prohibition; verbIndex = index + 1
    case "always": kind = .duty; verbIndex = index + 1
    case "avoid": kind = .adviceAgainst; verbIndex = index
    case "consider", "prefer", "try": kind = .recommendation; verbIndex = index
    case ImperativeLexicon.politeMarker:
      // "Please contact GDS": a polite instruction; "Please note that…" is information.
      guard ImperativeLexicon.verbs.contains(tokens[index + 1].lower),
        !ImperativeLexicon.informationVerbs.contains(tokens[index + 1].lower)
      else { return nil }
      kind = .duty; verbIndex = index + 1
    case _ where ImperativeLexicon.restrictingAdverbs.contains(first.lower) || Self.isMannerAdverb(first):
      // "Only check…", "Objectively evaluate…": the adverb is part of what to do.
      guard ImperativeLexicon.verbs.contains(tokens[index + 1].lower) else { return nil }
      kind = .duty; verbIndex = index + 1
    default:
      // "STOP NET FISHERIES": a heading in capitals, not an instruction.
      guard
        ImperativeLexicon.verbs.contains(first.lower) && (first.isCapitalized || fronted)
          || fronted && Self.readsAsVerb(tokens, at: index),
        !first.isAllCaps
      else { return nil }
      kind = .duty
    }
    return (kind, verbIndex)
  }

  /// Whether an instruction says what to prefer ("Use temporary credentials in preference to storing
  /// long-lived ones"): advice, like "Prefer…", not a duty.
  static func statesPreference(_ tokens: [Token], from start: Int) -> Bool {
    (start..<tokens.count).contains {
      ClauseParts.matches(ImperativeLexicon.preferencePhrase, tokens, at: $0)
    }
  }

  /// An instruction's conditions; a clause fronted without a comma ("If you have any doubt please
  /// contact…") ends where the instruction starts.
  static func imperativeConditions(_ tokens: [Token], sentence: String, start: Int, fronted: Bool) -> [(
    Condition, Range<Int>
  )] {
    let end = fronted && tokens[start].lower == ImperativeLexicon.politeMarker ? start : tokens.count
    return ClauseParts.conditions(in: tokens, sentence: sentence, range: 0..<end, excluding: 0..<0)
  }

  /// Where an imperative starts: at the first word, or after a fronted clause and its comma ("If your
  /// repository has external contributors, ensure…", "Where possible, use…"); nil for no word.
  static func imperativeStart(_ tokens: [Token]) -> (index: Int, fronted: Bool)? {
    guard let first = tokens.firstIndex(where: \.isWord) else { return nil }
    guard ImperativeLexicon.frontedClauseStarts.contains(tokens[first].lower) else { return (first, false) }
    let reach = min(tokens.count - 1, first + ImperativeLexicon.frontedClauseReach)
    var depth = 0
    for position in first..<reach {
      switch tokens[position].text {
      case "(", "[": depth += 1
      case ")", "]": depth = max(0, depth - 1)
      // "If you have any doubt please contact GDS": "please" ends the clause without a comma.
      case ImperativeLexicon.politeMarker
      where depth == 0 && position > first && ImperativeLexicon.verbs.contains(tokens[position + 1].lower):
        return (position, true)
      case "," where depth == 0:
        // The first comma closes the clause: "Unless…, existing developments, comprising…, do not…".
        // "to collect, review, or create…": a list of verbs, not a clause and an instruction.
        let next = tokens[position + 1]
        let listed =
          position + 2 < tokens.count
          && ImperativeLexicon.verbListJoiners.contains(tokens[position + 2].lower)
        let opens =
          next.isWord && !next.isCapitalized && !listed
          && (Self.opensImperative(next.lower) || Self.readsAsVerb(tokens, at: position + 1))
        return opens ? (position + 1, true) : (first, false)
      default: break
      }
    }
    return (first, false)
  }

  /// Whether a word can open an imperative: a verb of the lexicon or "do", "never", "avoid"…
  private static func opensImperative(_ word: String) -> Bool {
    ImperativeLexicon.verbs.contains(word) || ImperativeLexicon.restrictingAdverbs.contains(word)
      || ImperativeLexicon.leadWords.contains(word)
  }

  /// Whether a word after a fronted clause reads as a verb the lexicon does not list: in lower case,
  /// no closed-class word or ending of a noun, adverb or participle, and an object after it ("If a
  /// colleague gives you a PIN, change it", "After five failures, lock the account").
  static func readsAsVerb(_ tokens: [Token], at index: Int) -> Bool {
    guard index + 1 < tokens.count else { return false }
    let token = tokens[index]
    let word = token.lower
    guard token.isWord, !token.isCapitalized, word.utf8.count >= 3, word.allSatisfy(\.isLetter),
      ImperativeLexicon.objectOpeners.contains(tokens[index + 1].lower),
      !ImperativeLexicon.nonVerbOpeners.contains(word), !TriggerLexicon.adverbs.contains(word),
      !PartyLexicon.determiners.contains(word), !ClauseLexicon.subjectPronouns.contains(word),
      !DeonticLexicon.modals.contains(word),
      !ImperativeLexicon.frontedClauseStarts.contains(word), !ClauseLexicon.relativeWords.contains(word),
      !ImperativeLexicon.nonVerbEndings.contains(where: { word.hasSuffix($0) }),
      !word.hasSuffix(ImperativeLexicon.pluralEnding) || word.hasSuffix(ImperativeLexicon.sibilantEnding)
    else { return false }
    // "If the claim succeeds, twice the deposit is returned": a verb after the object makes the word
    // part of a subject.
    let after = tokens[(index + 2)...].prefix(ImperativeLexicon.objectVerbReach).prefix(while: \.isWord)
    return !after.contains {
      ClauseLexicon.auxiliaries.contains($0.lower) || DeonticLexicon.modals.contains($0.lower)
    }
  }

  /// Whether a capitalised first word is an adverb of manner that can open an instruction
  /// ("Objectively evaluate…", "Carefully check…"): a word in "-ly" that is not a noun or adjective.
  static func isMannerAdverb(_ token: Token) -> Bool {
    token.isCapitalized && token.lower.count > 5 && token.lower.hasSuffix("ly")
      && !TriggerLexicon.lyWordsNotAdverbs.contains(token.lower)
      && !TimingLexicon.frequencyWords.contains(token.lower)
  }
}
