extension SentenceAnalyzer {
  // MARK: - Offences

  /// A statute's offence binds the person it names: "A person commits an offence if he sells alcohol
  /// to a child" forbids selling it; "A person who fails to comply with a notice is guilty of an
  /// offence" is a duty to comply; "A lender does not contravene this section by charging a fee"
  /// permits the charge. The act comes from the relative clause of the subject, or from the
  /// "if"/"where" clause after the offence whose subject is the same person ("he", "the person"), or
  /// from "by" and a gerund; any other clause ("… if the dog bites") states no act of the person, and
  /// the sentence gives nothing.
  func offence(_ sentence: String, _ tokens: [Token]) -> Draft? {
    // Most sentences name no offence: a byte search turns them away before any token is looked at.
    guard OffenceLexicon.offenceStems.contains(where: { sentence.firstRange(ofBytes: $0) != nil }) else {
      return nil
    }
    if let expletive = expletiveOffence(sentence, tokens) { return expletive }
    guard let (phrase, phraseEnd, kind) = Self.offencePhrase(tokens) else { return nil }
    var start = 0
    for index in (0..<phrase).reversed() where tokens[index].text == "," || tokens[index].text == ";" {
      // "Subject to subsection (3), a person who…": the subject is after the opening phrase.
      if !Self.isInsideRelative(tokens, comma: index, before: phrase) {
        start = index + 1
        break
      }
    }
    guard start < phrase else { return nil }
    let act: (range: Range<Int>, aside: Range<Int>?)
    var subject = start..<phrase
    if let relative = (start..<phrase).first(where: {
      OffenceLexicon.personRelatives.contains(tokens[$0].lower)
    }),
      relative > start
    {
      subject = start..<relative
      act = Self.offenceAct(tokens, from: relative + 1, to: phrase)
    } else if let clause = Self.offenceClause(tokens, after: phraseEnd, subject: tokens[start..<phrase]) {
      act = clause
    } else if let leading = Self.leadingOffence(tokens, subject: start..<phrase) {
      (subject, act) = leading
    } else {
      return nil
    }
    // The act starts with its verb ("who sells…"), not a clause of its own ("found that the company…"),
    // and the offender is a person or body ("Such agreements do not contravene…" clears no one).
    guard !act.range.isEmpty, Self.opensAct(tokens, at: act.range.lowerBound),
      let bearer = party(
        ClauseParts.slice(sentence, tokens, subject), lastBearer: nil, tokens: tokens,
        sentence: sentence, before: subject.lowerBound),
      isActor(bearer)
    else { return nil }
    return offenceDraft(sentence, tokens, bearer: bearer, act: act, phrase: phrase..<phraseEnd, kind: kind)
  }

  /// "It is an offence for a person to keep a dangerous wild animal without a licence": the party after
  /// "for" is forbidden the act after "to".
  private func expletiveOffence(_ sentence: String, _ tokens: [Token]) -> Draft? {
    guard let first = tokens.firstIndex(where: \.isWord),
      let (phrase, kind) = OffenceLexicon.expletiveOffencePhrases.first(where: {
        ClauseParts.matches($0.0, tokens, at: first)
      })
    else { return nil }
    // "It is not a contravention of this section for a landlord to…": "for" after a short qualifier.
    let end = first + phrase.count
    guard
      let forWord = tokens[end..<min(tokens.count, end + OffenceLexicon.offenceQualifierReach)].firstIndex(
        where: {
          $0.lower == OffenceLexicon.expletiveBearerMarker
        }),
      let found = forSubject(tokens, sentence, from: forWord + 1, to: tokens.count)
    else { return nil }
    let act = Self.offenceAct(tokens, from: found.verb, to: tokens.count)
    return offenceDraft(sentence, tokens, bearer: found.party, act: act, phrase: first..<end, kind: kind)
  }

  /// The draft for an offence's act: a failure to act is a duty to act, anything else a prohibition.
  private func offenceDraft(
    _ sentence: String, _ tokens: [Token], bearer: Party, act: (range: Range<Int>, aside: Range<Int>?),
    phrase: Range<Int>, kind: ObligationKind
  ) -> Draft? {
    var verb = act.range.lowerBound
    var kind = kind
    let words = tokens[act.range].map(\.lower)
    if kind == .prohibition,
      let failure = OffenceLexicon.failureOpenings.first(where: { words.starts(with: $0) })
    {
      kind = .duty
      verb += failure.count
    }
    // "if he knowingly sells…": the adverb stays before the verb.
    let adverbs = verb
    while verb < act.range.upperBound, TriggerFinder.isAdverb(tokens[verb].lower) { verb += 1 }
    guard verb < act.range.upperBound, tokens[verb].isWord else { return nil }
    let manner = verb > adverbs ? ClauseParts.slice(sentence, tokens, adverbs..<verb) + " " : ""
    let base = manner + Self.offenceBase(tokens[verb].lower)
    let rest =
      verb + 1 < act.range.upperBound
      ? " " + ClauseParts.slice(sentence, tokens, (verb + 1)..<act.range.upperBound) : ""
    let conditions =
      act.aside.map { [Condition(kind: .except, text: ClauseParts.slice(sentence, tokens, $0))] } ?? []
    let trigger = tokens[phrase.lowerBound].start..<tokens[phrase.upperBound - 1].end
    return Draft(
      kind: kind, trigger: trigger, triggerText: ClauseParts.slice(sentence, tokens, phrase),
      bearer: bearer, beneficiary: nil, action: tidyAction(base + rest), conditions: conditions,
      timing: ClauseParts.timing(in: tokens, sentence: sentence, range: act.range).map(\.0),
      references: ClauseParts.references(in: tokens, sentence: sentence), opensList: false)
  }

  /// The first offence phrase of a sentence ("commits an offence", "is guilty of an offence", "does
  /// not contravene"), the token after it, and the kind it gives the act.
  static func offencePhrase(_ tokens: [Token]) -> (Int, Int, ObligationKind)? {
    for index in tokens.indices where OffenceLexicon.offenceStarts.contains(tokens[index].lower) {
      for (phrase, kind) in OffenceLexicon.offencePhrases where ClauseParts.matches(phrase, tokens, at: index)
      {
        return (index, index + phrase.count, kind)
      }
    }
    return nil
  }

  /// Whether a comma before the offence stands inside the subject's relative clause ("A person who,
  /// without reasonable excuse, fails…"): a relative word stands between the comma before it (or the
  /// sentence's start) and it.
  private static func isInsideRelative(_ tokens: [Token], comma: Int, before phrase: Int) -> Bool {
    let previous = tokens[..<comma].lastIndex { $0.text == "," || $0.text == ";" } ?? -1
    // "who, without reasonable excuse, fails…": the aside opens right after the relative word.
    if previous > 0, OffenceLexicon.personRelatives.contains(tokens[previous - 1].lower) { return true }
    // "Where a notice that requires repairs is served, the landlord…": a condition, not the subject.
    if let first = tokens[(previous + 1)..<comma].first, ClauseLexicon.ifWords.contains(first.lower) {
      return false
    }
    return tokens[(previous + 1)..<comma].contains { OffenceLexicon.personRelatives.contains($0.lower) }
  }

  /// Whether the word at `index` can open an act: a lower-case word that is no determiner or pronoun
  /// ("sells", "fails", "knowingly"), not "the company", "it".
  static func opensAct(_ tokens: [Token], at index: Int) -> Bool {
    let token = tokens[index]
    return token.isWord && !token.isCapitalized && !PartyLexicon.determiners.contains(token.lower)
      && !ClauseLexicon.subjectPronouns.contains(token.lower)
  }

  /// The act in a relative clause or an "if" clause, from `start` to `end`, with an aside between
  /// commas at its start ("who, without reasonable excuse, fails…") taken out.
  private static func offenceAct(_ tokens: [Token], from start: Int, to end: Int) -> (
    range: Range<Int>, aside: Range<Int>?
  ) {
    var start = start
    var aside: Range<Int>?
    if start < end, tokens[start].text == ",",
      let close = tokens[(start + 1)..<end].firstIndex(where: { $0.text == "," })
    {
      aside = (start + 1)..<close
      start = close + 1
    } else if start < end, tokens[start].lower == OffenceLexicon.offenceExcuseOpening,
      let failure = (start + 1..<end).first(where: { index in
        OffenceLexicon.failureOpenings.contains { ClauseParts.matches($0, tokens, at: index) }
      })
    {
      aside = start..<failure
      start = failure
    }
    let stop = ClauseParts.endBeforeTrailingMarks(tokens, from: start, to: end)
    return (start..<stop, aside)
  }

  /// The offender and act of a leading "if"/"where" clause that the offence's subject names again:
  /// "If a person fails to comply with a notice, the person commits an offence" → "a person", "fails to
  /// comply with a notice".
  private static func leadingOffence(_ tokens: [Token], subject: Range<Int>) -> (
    subject: Range<Int>, act: (range: Range<Int>, aside: Range<Int>?)
  )? {
    let words = tokens[subject].filter(\.isWord)
    guard let first = tokens.firstIndex(where: \.isWord),
      OffenceLexicon.leadingOffenceOpeners.contains(tokens[first].lower),
      subject.lowerBound > first + 2, tokens[subject.lowerBound - 1].text == ",", words.count == 2,
      OffenceLexicon.offenderDeterminers.contains(words[0].lower),
      let head = (first + 2..<(subject.lowerBound - 1)).first(where: { tokens[$0].lower == words[1].lower }),
      // "If a person who holds a licence fails…", "If a person to whom a notice is given…": a clause on the
      // subject comes first; it is not the act.
      head + 1 < subject.lowerBound - 1, !ClauseLexicon.relativeWords.contains(tokens[head + 1].lower),
      !PartyLexicon.prepositions.contains(tokens[head + 1].lower)
    else { return nil }
    let act = offenceAct(tokens, from: head + 1, to: subject.lowerBound - 1)
    return ((first + 1)..<(head + 1), act)
  }

  /// The act of an "if"/"where" clause after the offence whose subject is the offender ("if he
  /// sells…", "if, without reasonable excuse, the person fails…"), or of "by" and a gerund.
  private static func offenceClause(_ tokens: [Token], after end: Int, subject: ArraySlice<Token>) -> (
    range: Range<Int>, aside: Range<Int>?
  )? {
    var index = end
    // "commits an offence under this section if…".
    while index < tokens.count, index < end + OffenceLexicon.offenceQualifierReach,
      !OffenceLexicon.offenceClauseOpeners.contains(tokens[index].lower)
    {
      index += 1
    }
    guard index < tokens.count, OffenceLexicon.offenceClauseOpeners.contains(tokens[index].lower) else {
      return nil
    }
    var stop = tokens.count
    if let semicolon = tokens[index...].firstIndex(where: { $0.text == ";" }) { stop = semicolon }
    // "by failing to register the dog", "by knowingly providing…": "by" with a gerund only ("by virtue
    // of…", "by a fine" are none).
    if tokens[index].lower == OffenceLexicon.offenceMeansMarker {
      var gerund = index + 1
      while gerund < stop, TriggerFinder.isAdverb(tokens[gerund].lower) { gerund += 1 }
      guard gerund < stop, tokens[gerund].lower.hasSuffix(ClauseLexicon.gerundEnding),
        !tokens[gerund].isCapitalized
      else { return nil }
      return offenceAct(tokens, from: index + 1, to: stop)
    }
    var act = offenceAct(tokens, from: index + 1, to: stop)
    let head = subject.last(where: \.isWord)?.lower
    var position = act.range.lowerBound
    guard position < act.range.upperBound else { return nil }
    if OffenceLexicon.offenderPronouns.contains(tokens[position].lower) {
      position += 1
    } else if position + 1 < act.range.upperBound,
      OffenceLexicon.offenderDeterminers.contains(tokens[position].lower),
      tokens[position + 1].lower == head || tokens[position + 1].lower == OffenceLexicon.offenderNoun
    {
      position += 2
    } else {
      return nil
    }
    act.range = position..<act.range.upperBound
    return act
  }

  /// The base form of an offence's verb: "sells" → "sell", "is" → "be", "has" → "have".
  private static func offenceBase(_ word: String) -> String {
    if let irregular = OffenceLexicon.irregularBaseForms[word] { return irregular }
    return word.hasSuffix("ing") || !word.hasSuffix("s") ? word : baseForm(word)
  }
}
