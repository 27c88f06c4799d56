/// Finds the deontic triggers of a sentence and decides which carry an obligation.
struct TriggerFinder {
  /// A trigger found in a sentence.
  struct Match {
    var kind: ObligationKind
    /// The token range of the trigger words.
    var tokens: Range<Int>
    /// Whether the statement is passive ("shall be submitted"), so the subject is not the bearer.
    var isPassive = false
    /// Whether the statement only constrains a thing ("The photograph shall be in colour").
    var isStative = false
    /// The token where the action starts.
    var actionStart: Int
    /// Whether a participle after the modal decided the kind ("shall be liable").
    var fromParticiple = false
    /// Whether the subject follows the modal: "In no event shall Tenant assign…".
    var inverted = false
  }

  let tokens: [Token]
  /// For each token, whether it is inside quotation marks or after a reporting verb.
  private let reported: [Bool]

  /// The words that can start a trigger, in order, with the patterns that start with them; most
  /// sentences of a long document have none, and need no more work.
  private let candidates: [(index: Int, patterns: [DeonticLexicon.Pattern])]

  init(tokens: [Token]) {
    self.tokens = tokens
    var candidates: [(index: Int, patterns: [DeonticLexicon.Pattern])] = []
    for (index, token) in tokens.enumerated() where token.classes.contains(.triggerStart) {
      if let patterns = DeonticLexicon.patternsByFirstWord[token.lower] {
        candidates.append((index, patterns))
      }
    }
    self.candidates = candidates
    self.reported = candidates.isEmpty ? [] : Self.quoted(tokens, orReported: true)
  }

  /// For each token, whether it is inside quotation marks (and, with `orReported`, after a reporting
  /// verb such as "said").
  static func quoted(_ tokens: [Token], orReported: Bool) -> [Bool] {
    var result = [Bool](repeating: false, count: tokens.count)
    var open = 0
    var straight = 0
    var afterReportingVerb = false
    // "Where the authorities have reason to believe that…, they shall…": what is believed in a leading
    // condition ends with it.
    let opensWithCondition =
      tokens.first.map { TriggerLexicon.conditionOpeners.contains($0.lower) }
      ?? false
    var reportInCondition = false
    var commaSeen = false
    for (index, token) in tokens.enumerated() {
      result[index] = open > 0 || straight % 2 == 1 || afterReportingVerb
      if !token.isWord {
        // A mark is one scalar: a comma or a straight quote is one byte, a curly quote starts with 0xE2.
        switch token.text.utf8.first {
        case UInt8(ascii: ","):
          if reportInCondition, open == 0, straight % 2 == 0 {
            afterReportingVerb = false
            reportInCondition = false
          }
          commaSeen = true
        case UInt8(ascii: "\""): straight += 1
        case 0xE2:
          switch token.text {
          case "“", "‘": open += 1
          case "”": open = max(0, open - 1)
          case "’" where open > 0: open -= 1
          default: break
          }
        default: break
        }
      } else if orReported, !afterReportingVerb, token.classes.contains(.reportingVerb) {
        afterReportingVerb = true
        reportInCondition = opensWithCondition && !commaSeen
      }
    }
    return result
  }

  /// The triggers that carry an obligation, in order.
  func matches() -> [Match] {
    var result: [Match] = []
    // The first token not yet part of a trigger.
    var index = 0
    for candidate in candidates where candidate.index >= index {
      guard let match = match(at: candidate.index, candidate.patterns) else { continue }
      index = match.tokens.upperBound
      // "may agree to fill": a trigger right after a modal is part of its action.
      if let last = result.last, match.tokens.lowerBound == last.actionStart {
        continue
      }
      // "may request the committee to agree to…", "in order to be entitled to…": a trigger inside an
      // infinitive is part of another statement's action or purpose, not a statement of its own.
      // (A modal after "to" follows a stranded preposition: "the motion is agreed to shall not be…".)
      if match.tokens.lowerBound > 0, tokens[match.tokens.lowerBound - 1].lower == "to",
        !DeonticLexicon.modals.contains(tokens[match.tokens.lowerBound].lower)
      {
        continue
      }
      if let accepted = refine(match, afterTrigger: !result.isEmpty) {
        result.append(accepted)
        index = max(index, accepted.tokens.upperBound)
      }
    }
    return result
  }

  /// The first of `patterns` (those that start with the word at `index`) that matches there.
  private func match(at index: Int, _ patterns: [DeonticLexicon.Pattern]) -> Match? {
    for pattern in patterns {
      let end = index + pattern.words.count
      guard end <= tokens.count else { continue }
      var matched = true
      for (offset, word) in pattern.words.enumerated() {
        let token = tokens[index + offset]
        if token.lower != word || (pattern.upperCaseOnly && !token.isAllCaps) {
          matched = false
          break
        }
      }
      if matched {
        return Match(kind: pattern.kind, tokens: index..<end, actionStart: end)
      }
    }
    return promiseAroundAnAside(at: index)
  }

  /// "Tenant agrees, at the election of the Holder, to attorn…": a promise whose "to" follows an aside
  /// between commas. The trigger is the verb; the action starts after "to".
  private func promiseAroundAnAside(at index: Int) -> Match? {
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

  /// Whether a capitalised "May" is the month: a day or year number follows it, or a day number
  /// stands before it.
  private func isMonthMay(_ index: Int) -> Bool {
    guard tokens[index].text == "May" else { return false }
    func isNumber(_ position: Int, maximumLength: Int) -> Bool {
      guard position >= 0, position < tokens.count else { return false }
      let text = tokens[position].text
      return !text.isEmpty && text.utf8.count <= maximumLength && text.utf8.allSatisfy { $0 &- 0x30 < 10 }
    }
    return isNumber(index + 1, maximumLength: 4) || isNumber(index - 1, maximumLength: 2)
  }

  /// Applies passives, epistemic and constitutive uses; nil when the trigger carries no obligation.
  private func refine(_ match: Match, afterTrigger: Bool) -> Match? {
    var match = match
    let first = tokens[match.tokens.lowerBound].lower
    let last = tokens[match.tokens.upperBound - 1].lower
    let isModal = DeonticLexicon.modals.contains(first)
    // Skip adverbs between the modal and its verb.
    var verb = match.actionStart
    while verb < tokens.count, TriggerLexicon.adverbs.contains(tokens[verb].lower) { verb += 1 }
    guard verb < tokens.count else { return nil }
    let next = tokens[verb].lower

    // RFC 2119 keywords used as adjectives ("is REQUIRED", "is OPTIONAL") stand alone.
    if TriggerLexicon.rfcAdjectives.contains(first) {
      return match
    }
    // "In no event shall Tenant…", "Under no circumstances may…": a negative inversion, a prohibition.
    if isModal, match.tokens.lowerBound >= 3 {
      let before = tokens[(match.tokens.lowerBound - 3)..<match.tokens.lowerBound].map(\.lower)
      if before[1] == "no", TriggerLexicon.negativeInversionNouns.contains(before[2]),
        TriggerLexicon.negativeInversionPrepositions.contains(before[0])
      {
        match.kind = .prohibition
        match.inverted = true
        return match
      }
    }
    // "on or before May 12, 2019", "12 May 2019": the month, not the modal.
    if isMonthMay(match.tokens.lowerBound) { return nil }
    // A quoted or reported obligation is not imposed here.
    if isQuotedOrReported(match.tokens.lowerBound) { return nil }
    // "will typically have", "will usually be": a prediction, whoever the subject.
    if first == "will", match.tokens.count == 1, match.tokens.upperBound < tokens.count,
      TriggerLexicon.hedges.contains(tokens[match.tokens.upperBound].lower)
    {
      return nil
    }
    // "decide who should pay", "questions about what must change": a question inside a clause;
    // "those who should be heard": a relative clause that says who, not what they must do.
    if isEmbeddedQuestion(match.tokens.lowerBound) || isWhoRelative(match.tokens.lowerBound) { return nil }
    if first == "will" || first == "won't", match.tokens.count == 1, !willBindsParty(match.tokens.lowerBound)
    {
      // "Tenant will not create…, and will promptly discharge": the same party's second promise.
      let before = match.tokens.lowerBound > 0 ? tokens[match.tokens.lowerBound - 1].lower : ""
      guard afterTrigger, TriggerLexicon.promiseContinuations.contains(before) else { return nil }
    }
    // "Should Lessee fail to pay…": an inverted condition, not a recommendation.
    if first == "should", tokens[match.tokens.lowerBound].isCapitalized,
      match.tokens.lowerBound == 0 || ClauseParts.isBreak(tokens[match.tokens.lowerBound - 1])
    {
      return nil
    }
    // "Patients who are not entitled to free treatment", "a person who has no right to reside": a
    // relative clause describes the party; it imposes nothing.
    if TriggerLexicon.relativeClauseVerbs.contains(first), match.tokens.lowerBound > 0,
      TriggerLexicon.relativePronouns.contains(tokens[match.tokens.lowerBound - 1].lower)
    {
      return nil
    }
    // "It is the responsibility of X to V" names its bearer after "of"; "Repair is the responsibility of
    // the tenant" states whose it is, and is left to the subject's own reading.
    if first == "is", last == "of",
      match.tokens.lowerBound == 0 || tokens[match.tokens.lowerBound - 1].lower != "it"
    {
      return nil
    }
    if TriggerLexicon.beTo.contains(first), last == "to" {
      // "is to"/"are to": only when a party is the subject and a verb follows. "The best way to stay
      // safe is to rotate keys" is advice to the reader; "a typical workaround is to embed…" describes
      // a means, and binds no one.
      let head = subjectHead(match.tokens.lowerBound)
      if match.tokens.count == 2, next != "be", isWayToSubject(match.tokens.lowerBound) {
        match.kind = .recommendation
        return match
      }
      if match.tokens.count == 2
        && (TriggerLexicon.nonAgents.contains(head) || next == "be" || !head.isEmpty && !Self.agentLike(head))
      {
        return nil
      }
    }
    if TriggerLexicon.haveTo.contains(first), last == "to", match.tokens.count == 2 {
      if subjectHead(match.tokens.lowerBound).isEmpty { return nil }
    }

    if DeonticLexicon.constitutivePhrases.contains(where: { phrase in
      phrase.enumerated().allSatisfy {
        verb + $0.offset < tokens.count && tokens[verb + $0.offset].lower == $0.element
      }
    }) {
      return nil
    }
    if isModal, let (kind, length) = possessionPhrase(at: verb, negated: last == "not") {
      // "shall have the right to" is a permission; "shall have no obligation to" an exemption.
      match.kind = kind
      match.tokens = match.tokens.lowerBound..<(verb + length)
      match.actionStart = verb + length
      return match
    }
    if isModal || last == "not" {
      let head = subjectHead(match.tokens.lowerBound)
      if next == "apply" || next == "applies" {
        // "shall apply from 1 July" or "shall apply to…" constitutes; "shall apply the measures" obliges.
        let after = verb + 1 < tokens.count ? tokens[verb + 1].lower : "."
        if TriggerLexicon.applyScopeWords.contains(after) || !tokens[min(verb + 1, tokens.count - 1)].isWord {
          return nil
        }
        // "They shall apply those provisions from 1 July 2022": Member States' commencement of what
        // they transpose (not "The trust shall apply those measures from April").
        let window = tokens[(verb + 1)..<min(tokens.count, verb + 7)].map(\.lower)
        if TriggerLexicon.transposers.contains(head), window.starts(with: TriggerLexicon.transposedObject),
          let from = window.firstIndex(of: "from"), from <= 3, from + 1 < window.count,
          window[from + 1].first?.isNumber == true
        {
          return nil
        }
      } else if DeonticLexicon.constitutiveVerbs.contains(next), !Self.agentLike(head),
        !(match.tokens.lowerBound > 0 && tokens[match.tokens.lowerBound - 1].isAllCaps)
      {
        return nil
      }
      if isDocumentSubject(match.tokens.lowerBound) { return nil }
      if first == "may" || first == "can" {
        if DeonticLexicon.nonAgentPronouns.contains(head) { return nil }
        if precededByAs(match.tokens.lowerBound) { return nil }
        // "designers, who can reference this document": a relative clause describes; "we can think
        // of…": the authors' own reasoning.
        if head == "who" || first == "can" && head == "we" { return nil }
      }
      if next == "be" || next == "been" {
        var participle = verb + 1
        // "may be readily converted" is a possibility, not a permission.
        while participle < tokens.count,
          first == "may" || first == "can"
            ? TriggerLexicon.adverbs.contains(tokens[participle].lower)
            : Self.isAdverb(tokens[participle].lower) || isAdverbConjunction(participle, after: verb + 1)
        {
          participle += 1
        }
        guard participle < tokens.count else { return nil }
        let word = tokens[participle].lower
        if let kind = DeonticLexicon.bearerParticiples[word] {
          let negated = last == "not" || last == "never"
          match.kind = negated ? Self.negated(kind) : strengthAdjusted(kind, modal: first)
          match.fromParticiple = true
          match.actionStart = participle + 1
          if match.actionStart < tokens.count,
            TriggerLexicon.participleComplements.contains(tokens[match.actionStart].lower)
          {
            match.actionStart += 1
          }
          return match
        }
        if DeonticLexicon.constitutiveParticiples.contains(word) { return nil }
        if first == "may" || first == "can" {
          // "may be waived by the council" is a permission; "may be necessary" and "can be made" are not.
          guard Self.isParticiple(word), first == "may" else { return nil }
        }
        if Self.isParticiple(word) {
          match.isPassive = true
        } else {
          match.isStative = true
        }
        return match
      }
      if first == "may" || first == "can", last != "not" {
        if DeonticLexicon.epistemicVerbs.contains(next) && !Self.agentLike(head) { return nil }
        if TriggerLexicon.epistemicAdverbs.contains(tokens[match.actionStart].lower) { return nil }
      }
    }
    return match
  }

  /// Whether the subject is a part of a document: "This Decision", "Article 5", "Annex II", "paragraph 1".
  private func isDocumentSubject(_ index: Int) -> Bool {
    var position = index - 1
    while position >= 0, TriggerLexicon.adverbs.contains(tokens[position].lower) { position -= 1 }
    guard position >= 0 else { return false }
    var head = tokens[position]
    // "Article 5", "Annex II", "paragraph 1(a)": a number after the noun.
    var cursor = position
    while cursor >= 0,
      !tokens[cursor].isWord || tokens[cursor].text.first?.isNumber == true
        || tokens[cursor].text.count <= 4 && tokens[cursor].text.allSatisfy({ "IVXLC".contains($0) })
    {
      cursor -= 1
    }
    if cursor >= 0, cursor < position {
      head = tokens[cursor]
      // "paragraph 1 shall", but not "the authorities referred to in paragraph 1 shall".
      let governed =
        cursor > 0
        && TriggerLexicon.documentNounGoverners.contains(tokens[cursor - 1].lower)
      if DeonticLexicon.documentNouns.contains(head.lower) { return !governed }
    }
    guard DeonticLexicon.documentNouns.contains(head.lower) else { return false }
    if head.isCapitalized && position > 0 { return true }
    let before = position > 0 ? tokens[position - 1].lower : ""
    return TriggerLexicon.documentDemonstratives.contains(before)
  }

  /// The lower-case last word of the subject before a token, or "" when there is none.
  func subjectHead(_ index: Int) -> String {
    var position = index - 1
    while position >= 0, TriggerLexicon.adverbs.contains(tokens[position].lower) { position -= 1 }
    guard position >= 0, tokens[position].isWord else {
      if position >= 0,
        tokens[position].text == ")" || tokens[position].text == "”" || tokens[position].text == "\""
      {
        return "x"
      }
      return ""
    }
    return tokens[position].lower
  }

  private func precededByAs(_ index: Int) -> Bool {
    let window = tokens[max(0, index - 4)..<index].map(\.lower)
    // "as regulations may specify", "as the Secretary of State may direct".
    if let asIndex = window.lastIndex(of: "as"), asIndex >= window.count - 4,
      window[(asIndex + 1)...].allSatisfy({
        $0.first?.isLetter == true && !TriggerLexicon.asClauseVerbs.contains($0)
      })
    {
      return true
    }
    if window.last == "as" || window.last == "that" && window.dropLast().last == "so" { return true }
    return TriggerLexicon.asClauseEndings.contains { window.suffix($0.count).elementsEqual($0) }
  }

  /// Whether the trigger sits inside quotation marks or after a reporting verb.
  private func isQuotedOrReported(_ index: Int) -> Bool {
    reported[index]
  }

  /// Whether the trigger at `index` has a question word for its subject right after a preposition or
  /// a verb that takes a question: "about who should pay", "decide what must be done".
  private func isEmbeddedQuestion(_ index: Int) -> Bool {
    guard index >= 2, TriggerLexicon.questionWords.contains(tokens[index - 1].lower) else { return false }
    let before = tokens[index - 2].lower
    return PartyLexicon.prepositions.contains(before) || TriggerLexicon.questionTakingVerbs.contains(before)
  }

  /// Whether the subject before the trigger at `index` is "the (best, only…) way to …" within its
  /// clause: "The way to mitigate this risk is to limit…".
  private func isWayToSubject(_ index: Int) -> Bool {
    var position = index - 1
    while position > 0, index - position < 12, !TriggerLexicon.wayClauseEnds.contains(tokens[position].text) {
      if tokens[position].lower == "to", tokens[position - 1].lower == "way" { return true }
      position -= 1
    }
    return false
  }

  /// Whether the trigger at `index` is in a relative clause on "who" after a noun or pronoun:
  /// "those who should be heard", "a person who must pay the levy".
  private func isWhoRelative(_ index: Int) -> Bool {
    guard index >= 2, tokens[index - 1].lower == "who" else { return false }
    return tokens[index - 2].isWord && !TriggerLexicon.questionWords.contains(tokens[index - 2].lower)
  }

  /// "will" binds when a party defined in a contract is its subject ("Tenant will pay").
  private func willBindsParty(_ index: Int) -> Bool {
    guard index >= 1 else { return false }
    let subject = tokens[index - 1]
    guard subject.isWord, subject.isCapitalized, !subject.isAllCaps else { return false }
    if TriggerLexicon.nonBindingWillSubjects.contains(subject.lower) { return false }
    let before = index >= 2 ? tokens[index - 2].lower : ""
    return index == 1 || !TriggerLexicon.willSubjectDeterminers.contains(before)
  }

  /// Whether "and"/"or" at `index` joins two adverbs: "shall be jointly and severally liable".
  private func isAdverbConjunction(_ index: Int, after start: Int) -> Bool {
    index > start && index + 1 < tokens.count && ClauseLexicon.conjunctions.contains(tokens[index].lower)
      && Self.isAdverb(tokens[index - 1].lower) && Self.isAdverb(tokens[index + 1].lower)
  }
}
