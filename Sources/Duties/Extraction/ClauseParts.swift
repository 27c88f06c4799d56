/// Finds the parts of a clause around a trigger: conditions, timing and references.
enum ClauseParts {
  /// The conditions in a token range, each with its text up to the next clause break.
  static func conditions(in tokens: [Token], sentence: String, range: Range<Int>, excluding: Range<Int>)
    -> [(Condition, Range<Int>)]
  {
    var result: [(Condition, Range<Int>)] = []
    var index = range.lowerBound
    while index < range.upperBound {
      if excluding.contains(index) {
        index = excluding.upperBound
        continue
      }
      guard tokens[index].classes.contains(.conditionStart) else {
        index += 1
        continue
      }
      var found: ([String], Condition.Kind)?
      for (words, kind) in ConditionLexicon.conditionStarts where matches(words, tokens, at: index) {
        found = (words, kind)
        break
      }
      guard let (words, kind) = found else {
        index += 1
        continue
      }
      // "where" and "when" as question words or relatives of time are still conditions here;
      // "except" in "except as provided" also.
      if kind == .where, index > 0,
        ConditionLexicon.wordsBeforeNonConditionWhere.contains(tokens[index - 1].lower),
        words.count == 1
      {
        index += 1
        continue
      }
      // "specify exactly where the character may occur": a question, not a condition.
      if words.count == 1, asksQuestion(tokens, at: index, floor: range.lowerBound) {
        index += 1
        continue
      }
      // "the data is not subject to subversion": a predicate, no condition.
      if kind == .subjectTo, index > 0, tokens[index - 1].lower == "not" {
        index += words.count
        continue
      }
      var end = index + words.count
      let bracketed = index > 0 && tokens[index - 1].text == "("
      if words.count == 1, kind != .except, kind != .unless,
        let elliptical = ellipticalEnd(after: end, tokens, range)
      {
        end = elliptical
      } else {
        while end < range.upperBound, !isBreak(tokens[end]), !excluding.contains(end),
          !(bracketed && tokens[end].text == ")")
        {
          if opensExamples(tokens, at: end) {
            // Examples within the condition ("If a provider offering several services (e.g. mail)
            // wishes to…") are passed over; examples after it end it.
            guard let resumed = pastExamples(from: end, tokens, range) else { break }
            end = resumed
            continue
          }
          end += 1
        }
      }
      let text = slice(sentence, tokens, index..<end)
      if end > index + words.count { result.append((Condition(kind: kind, text: text), index..<end)) }
      index = end
    }
    return result
  }

  /// Where a one-word condition ends ("if possible", "where reasonably practicable"): just past its
  /// adjective, when one stands at `start` (after an adverb), nothing that goes on with it follows
  /// ("where necessary to protect health", "if required by the regulator"), and it is not a noun's
  /// ("if necessary documents are missing"): punctuation, a preposition, a determiner or "as" comes next.
  static func ellipticalEnd(after start: Int, _ tokens: [Token], _ range: Range<Int>) -> Int? {
    var index = start
    if index < range.upperBound, ConditionLexicon.ellipticalAdverbs.contains(tokens[index].lower) {
      index += 1
    }
    guard index < range.upperBound, ConditionLexicon.ellipticalAdjectives.contains(tokens[index].lower)
    else { return nil }
    let next = index + 1
    guard next < range.upperBound else { return next }
    let word = tokens[next].lower
    if ConditionLexicon.ellipticalContinuations.contains(word) { return nil }
    // "if necessary documents are missing": an adjective before a noun is the noun's, not a condition.
    return !tokens[next].isWord || PartyLexicon.prepositions.contains(word)
      || PartyLexicon.determiners.contains(word) || ConditionLexicon.ellipticalFollowers.contains(word)
      ? next : nil
  }

  /// Whether a condition's tokens are a one-word condition: "if possible", "where reasonably practicable".
  static func isElliptical(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
    range.count >= 2 && range.count <= 3
      && ConditionLexicon.ellipticalAdjectives.contains(tokens[range.upperBound - 1].lower)
  }

  /// The token after the examples bracket opening at `open`, when the clause goes on there with a
  /// word; nil when the bracket is not closed within `range` or the clause ends with it.
  private static func pastExamples(from open: Int, _ tokens: [Token], _ range: Range<Int>) -> Int? {
    var close = open + 1
    while close < range.upperBound, tokens[close].text != ")" {
      if tokens[close].text == "(" { return nil }
      close += 1
    }
    let next = close + 1
    guard next < range.upperBound, tokens[next].isWord else { return nil }
    return next
  }

  /// Whether an opening bracket at `index` opens examples or a gloss ("(e.g.", "(for example").
  static func opensExamples(_ tokens: [Token], at index: Int) -> Bool {
    tokens[index].text == "(" && index + 1 < tokens.count
      && ConditionLexicon.bracketedExampleLeads.contains(tokens[index + 1].lower)
  }

  /// Whether the word at `index` starts an indirect question after a verb such as "specify" (with an
  /// adverb between): "specify which identifiers ought to be supported", "specify exactly where…".
  static func asksQuestion(_ tokens: [Token], at index: Int, floor: Int) -> Bool {
    guard ClauseLexicon.interrogatives.contains(tokens[index].lower) else { return false }
    var before = index - 1
    while before >= floor, tokens[before].lower.count > 4, tokens[before].lower.hasSuffix("ly"),
      !ClauseLexicon.lyVerbs.contains(tokens[before].lower)
    {
      before -= 1
    }
    guard before >= floor, ClauseLexicon.questionVerbs.contains(tokens[before].lower) else { return false }
    // The verb is a predicate: first in its stretch ("Decide which…"), or after a modal or "to"
    // ("must specify which…"); not a noun ("the State where…", "member state which…") nor the verb
    // of a relative clause ("Managers who determine which staff…").
    return before == floor || ClauseLexicon.predicateLeads.contains(tokens[before - 1].lower)
  }

  /// `end` moved back past the marks that end a stretch from `start` (a full stop, a comma), keeping a
  /// closing bracket: "…the licence." ends at "licence".
  static func endBeforeTrailingMarks(_ tokens: [Token], from start: Int, to end: Int) -> Int {
    var end = end
    while end > start, !tokens[end - 1].isWord, tokens[end - 1].text != ")" { end -= 1 }
    return end
  }

  /// Whether a token ends a clause. A full stop inside a sentence belongs to an abbreviation or a
  /// number ("Dr.", "s. 75"), since the sentence splitter has already cut at the real ones.
  static func isBreak(_ token: Token) -> Bool {
    ClauseLexicon.breaks.contains(token.text)
  }

  static func matches(_ words: [String], _ tokens: [Token], at index: Int) -> Bool {
    guard index + words.count <= tokens.count else { return false }
    for (offset, word) in words.enumerated() where tokens[index + offset].lower != word { return false }
    return true
  }

  /// The text of a token range as written.
  static func slice(_ sentence: String, _ tokens: [Token], _ range: Range<Int>) -> String {
    guard !range.isEmpty, range.upperBound <= tokens.count else { return "" }
    // Offsets into the UTF-8 view, without copying the sentence's bytes.
    let utf8 = sentence.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: tokens[range.lowerBound].start)
    let end = utf8.index(utf8.startIndex, offsetBy: tokens[range.upperBound - 1].end)
    let text = utf8[start..<end]
    // Most gaps between tokens are one ASCII space; any other run of white space (a line break, a
    // no-break space, the wide gap after a run-in heading) reads as one space.
    var plain = true
    for index in range.dropFirst() {
      let gap = tokens[index].start - tokens[index - 1].end
      if gap > 1 || (gap == 1 && utf8[utf8.index(utf8.startIndex, offsetBy: tokens[index - 1].end)] != 0x20) {
        plain = false
        break
      }
    }
    if plain { return String(decoding: text, as: UTF8.self) }
    var result = ""
    result.reserveCapacity(text.count)
    for index in range {
      if index > range.lowerBound, tokens[index].start > tokens[index - 1].end { result += " " }
      result += tokens[index].text
    }
    return result
  }

  // MARK: - Timing

  /// Deadlines, frequencies and start dates in a token range.
  static func timing(in tokens: [Token], sentence: String, range: Range<Int>) -> [(Timing, Range<Int>)] {
    var result: [(Timing, Range<Int>)] = []
    var index = range.lowerBound
    while index < range.upperBound {
      // Most words start no timing. (A new first word below must go into `TimingLexicon.timingStarts`.)
      guard tokens[index].classes.contains(.timingStart), let (kind, end) = timing(at: index, tokens, range)
      else {
        index += 1
        continue
      }
      result.append((Timing(kind: kind, text: slice(sentence, tokens, index..<end)), index..<end))
      index = end
    }
    return result
  }

  /// The timing that starts at `index`, its kind and where it ends: a frequency ("annually", "each
  /// financial year", "at least once a year"), a time limit ("within 28 days"), a date ("by 31 March
  /// 2012") or a phrase of the lexicon.
  private static func timing(at index: Int, _ tokens: [Token], _ range: Range<Int>) -> (Timing.Kind, Int)? {
    let word = tokens[index].lower
    let next = index + 1 < range.upperBound ? tokens[index + 1].lower : ""
    if TimingLexicon.frequencyWords.contains(word) {
      // "a yearly budget", "its annual report": after a determiner the word describes a noun.
      let attributive = index > 0 && PartyLexicon.determiners.contains(tokens[index - 1].lower)
      return attributive ? nil : (.frequency, index + 1)
    }
    if let end = frequencyPhraseEnd(at: index, tokens, range) { return (.frequency, end) }
    // "on each working day": the preposition goes with the frequency, not the action.
    // Not an object: "report on every year of the programme".
    if TimingLexicon.frequencyPrepositions.contains(word), index + 1 < range.upperBound,
      let end = frequencyPhraseEnd(at: index + 1, tokens, range),
      end == range.upperBound || tokens[end].lower != "of"
    {
      return (.frequency, end)
    }
    // "at least every three years", "at least annually": a floor on how often.
    if word == "at", next == "least", index + 2 < range.upperBound {
      if TimingLexicon.frequencyWords.contains(tokens[index + 2].lower) { return (.frequency, index + 3) }
      if let end = frequencyPhraseEnd(at: index + 2, tokens, range) { return (.frequency, end) }
    }
    if word == "at", next == "least", index + 3 < range.upperBound, tokens[index + 2].lower == "once" {
      var end = index + 3
      while end < range.upperBound, end < index + 7, !isBreak(tokens[end]),
        TimingLexicon.onceFollowers.contains(tokens[end].lower)
          || TimingLexicon.units.contains(tokens[end].lower)
          || isNumberWord(tokens[end].lower)
      {
        end += 1
      }
      return (.frequency, end)
    }
    if word == "within" || (word == "no" || word == "not") && next == "later",
      let end = timeLimitEnd(at: index, tokens, range)
    {
      return (.deadline, end)
    }
    if TimingLexicon.dateStarts.contains(word), let end = dateEnd(at: index, tokens, range) {
      return (word == "from" ? .start : .deadline, end)
    }
    if TimingLexicon.timingPhraseFirstWords.contains(word) {
      for (phrase, kind) in TimingLexicon.timingPhrases
      where matches(phrase, tokens, at: index) && index + phrase.count <= range.upperBound {
        return (kind, index + phrase.count)
      }
    }
    return nil
  }

  /// Where "each year", "every two weeks", "each financial year", "every working day" ends, if one
  /// starts at `index`.
  private static func frequencyPhraseEnd(at index: Int, _ tokens: [Token], _ range: Range<Int>) -> Int? {
    guard TimingLexicon.frequencyDeterminers.contains(tokens[index].lower), index + 1 < range.upperBound
    else {
      return nil
    }
    var end = index + 1
    if isNumberWord(tokens[end].lower) { end += 1 }
    if end + 1 < range.upperBound, TimingLexicon.unitQualifiers.contains(tokens[end].lower) { end += 1 }
    guard end < range.upperBound, TimingLexicon.units.contains(tokens[end].lower) else { return nil }
    return end + 1
  }

  /// Where "within 28 days (of its approval by the board)" or "no later than 3 months" ends, if it
  /// names a unit or a month.
  private static func timeLimitEnd(at index: Int, _ tokens: [Token], _ range: Range<Int>) -> Int? {
    var end = index + (tokens[index].lower == "within" ? 1 : 3)
    let limit = min(range.upperBound, end + 6)
    var sawUnit = false
    while end < limit, !isBreak(tokens[end]) {
      let lower = tokens[end].lower
      if TimingLexicon.units.contains(lower) || TimingLexicon.months.contains(lower) {
        sawUnit = true
      } else if !(isNumberWord(lower) || TimingLexicon.timeLimitFillers.contains(lower)) {
        break
      }
      end += 1
    }
    guard sawUnit else { return nil }
    // Take "of its approval by the cluster board" style tails up to the clause break.
    if end < range.upperBound, TimingLexicon.timeLimitTailStarts.contains(tokens[end].lower) {
      while end < range.upperBound, end < index + 16, !isBreak(tokens[end]),
        !TimingLexicon.timeLimitTailEnds.contains(tokens[end].lower)
      {
        end += 1
      }
    }
    return end
  }

  /// Where "by the end of the financial year", "before 31 March 2012", "from April 2013" ends, if
  /// one starts at `index` (a date names a month or a year; "on" needs more than one word after it).
  private static func dateEnd(at index: Int, _ tokens: [Token], _ range: Range<Int>) -> Int? {
    var end = index + 1
    if end < range.upperBound, tokens[end].lower == "the", end + 1 < range.upperBound,
      TimingLexicon.dateNouns.contains(tokens[end + 1].lower)
    {
      end += 2
      while end < range.upperBound, end < index + 10, !isBreak(tokens[end]),
        !TimingLexicon.datePhraseEnds.contains(tokens[end].lower) || tokens[end].lower == "of"
      {
        end += 1
      }
      return end
    }
    var sawDate = false
    while end < range.upperBound, end < index + 5 {
      let lower = tokens[end].lower
      if TimingLexicon.months.contains(lower) || ReferenceLexicon.isYear(lower) {
        sawDate = true
      } else if !(lower.allSatisfy(\.isNumber) && lower.count <= 2)
        && !TimingLexicon.ordinalSuffixes.contains(lower)
      {
        break
      }
      end += 1
    }
    return sawDate && (tokens[index].lower != "on" || end > index + 2) ? end : nil
  }

  static func isNumberWord(_ word: String) -> Bool {
    word.allSatisfy(\.isNumber) || TimingLexicon.numberWords.contains(word)
  }

  // MARK: - References

  /// Cross-references in a sentence: "section 75 of the National Health Service Act 2006", "paragraph 3.2".
  static func references(in tokens: [Token], sentence: String) -> [String] {
    var result: [String] = []
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      let isReferenceWord = token.classes.contains(.referenceWord)
      // "s. 75", "para. 4.2", "art. 5": the abbreviation's full stop.
      let numberAt =
        !isReferenceWord && !isArt(token)
        ? tokens.count
        : index + 2 < tokens.count && tokens[index + 1].text == "." ? index + 2 : index + 1
      if isReferenceWord || numberAt == index + 2, numberAt < tokens.count, startsNumber(tokens[numberAt]) {
        var end = numberAt
        while end < tokens.count,
          startsNumber(tokens[end])
            || ReferenceLexicon.numberJoiners.contains(tokens[end].lower)
              && end + 1 < tokens.count
              && (startsNumber(tokens[end + 1]) || tokens[end + 1].text == "(" || tokens[end].text == ")")
        {
          end += 1
        }
        while end > index + 1, ReferenceLexicon.danglingJoiners.contains(tokens[end - 1].lower) { end -= 1 }
        // "of the X Act 2006" / "of that Act".
        if end + 1 < tokens.count, tokens[end].lower == "of", let act = actTitle(tokens, from: end + 1) {
          end = act
        }
        result.append(slice(sentence, tokens, index..<end))
        index = end
        continue
      }
      if token.isCapitalized, !ReferenceLexicon.actTitleOpeners.contains(token.lower),
        let end = actTitle(tokens, from: index), end - index >= 3,
        !result.contains(where: { $0.hasSuffix(slice(sentence, tokens, index..<end)) })
      {
        result.append(slice(sentence, tokens, index..<end))
        index = end
        continue
      }
      index += 1
    }
    return result.uniqued()
  }

  /// "art" or "arts", which refer only before a full stop.
  private static func isArt(_ token: Token) -> Bool {
    let count = token.lower.utf8.count
    return (count == 3 || count == 4) && (token.lower == "art" || token.lower == "arts")
  }

  private static func startsNumber(_ token: Token) -> Bool {
    guard let first = token.text.first else { return false }
    if first.isNumber { return true }
    if token.text.count <= 4, token.text.allSatisfy({ "IVXLC".contains($0) }) { return true }
    return token.text.count == 1 && first.isUppercase
  }

  /// The end of "the Care Act 2014", "National Health Service Act 2006", "Regulation (EU) No 1234/2010".
  private static func actTitle(_ tokens: [Token], from start: Int) -> Int? {
    var index = start
    if index < tokens.count, ReferenceLexicon.actDeterminers.contains(tokens[index].lower) { index += 1 }
    if index < tokens.count, ReferenceLexicon.actDemonstratives.contains(tokens[max(start, index - 1)].lower),
      index < tokens.count, ReferenceLexicon.actNouns.contains(tokens[index].lower)
    {
      return index + 1
    }
    var sawCapital = false
    while index < tokens.count,
      tokens[index].isCapitalized || ReferenceLexicon.actTitleWords.contains(tokens[index].lower)
    {
      if ReferenceLexicon.actTitleEnds.contains(tokens[index].lower),
        sawCapital,
        index + 1 < tokens.count, tokens[index + 1].text.count == 4,
        tokens[index + 1].text.allSatisfy(\.isNumber)
      {
        return index + 2
      }
      sawCapital = sawCapital || tokens[index].isCapitalized
      index += 1
    }
    return nil
  }
}
