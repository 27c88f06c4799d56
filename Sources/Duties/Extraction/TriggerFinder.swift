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
    /// Whether the trigger is an adjective the subject is the predicate of ("Encryption is mandatory"):
    /// the action is what the subject names.
    var isAdjectival = false
    /// Whether the subject follows the modal: "In no event shall Tenant assign…".
    var inverted = false
    /// Whether the statement restates a requirement already in force rather than making one: "are already
    /// required to", "have been required to since 2003".
    var restates = false
    /// For a provision that puts a duty on its object ("Section 22 requires NHS bodies to co-operate"):
    /// where the object, which bears the duty, ends (at "to"). The match is then inverted: its bearer
    /// follows the trigger.
    var objectEnd: Int?
    /// Whether the subject only names what the advice achieves ("The best way to stay safe is to
    /// rotate keys"): the advice is the reader's.
    var advisesReader = false
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
      // Common first words ("it", "we", "need") start a pattern far more often than they complete one:
      // only a word whose second word follows (or a single-word pattern) is a candidate.
      let patterns = DeonticLexicon.patternsByFirstWord[token.lower] ?? []
      if patterns.contains(where: {
        $0.words.count == 1 || index + 1 < tokens.count && tokens[index + 1].lower == $0.words[1]
      }) || !patterns.isEmpty && Self.hasAdverbAfter(tokens, index)
        || TriggerLexicon.promiseVerbs.contains(token.lower)
        || patterns.isEmpty && TriggerLexicon.requiringVerbs.contains(token.lower)
      {
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
    // Where the clause that a verb such as "tell" reports opens ("tell carers that…"), once one does,
    // and whether the verb is inside a condition (the report then ends at the condition's comma).
    var reportedClause = Int.max
    var reportedInCondition = false
    for (index, token) in tokens.enumerated() {
      if index > reportedClause {
        afterReportingVerb = true
        // "If the beneficiary did not inform the provider that…, the provider may…": up to the comma.
        reportInCondition = reportedInCondition
        reportedClause = Int.max
      }
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
      } else if orReported, !afterReportingVerb, token.classes.contains(.objectReportingVerb) {
        if let clause = Self.reportedClause(tokens, after: index), clause < reportedClause {
          reportedClause = clause
          reportedInCondition = Self.isInCondition(tokens, index)
        }
      } else if orReported, !afterReportingVerb, token.classes.contains(.reportingVerb),
        !Self.isMannerPhrase(tokens, at: index)
      {
        afterReportingVerb = true
        reportInCondition = opensWithCondition && !commaSeen
      }
    }
    return result
  }

  /// Where the clause after a verb's object opens ("tell carers that…" gives the index of "that"); `nil`
  /// when no such clause follows within a few words, before a comma or a modal.
  private static func reportedClause(_ tokens: [Token], after verb: Int) -> Int? {
    let end = min(tokens.count, verb + 2 + DeonticLexicon.reportedObjectReach)
    for index in (verb + 2)..<max(verb + 2, end) {
      let word = tokens[index].lower
      if DeonticLexicon.reportedClauseOpeners.contains(word) { return index }
      if tokens[index].text == "," || DeonticLexicon.modals.contains(word) { return nil }
    }
    return nil
  }

  /// Whether the word at `index` stands in a condition: an "if", "where" or "when" before it in its
  /// clause (back to a comma).
  private static func isInCondition(_ tokens: [Token], _ index: Int) -> Bool {
    var position = index - 1
    while position >= 0, tokens[position].text != "," {
      if TriggerLexicon.conditionOpeners.contains(tokens[position].lower) { return true }
      position -= 1
    }
    return false
  }

  /// Whether a reporting word is a phrase of manner inside a clause ("match the name according to the
  /// rules"), not a fronted source ("According to the minister, councils must…").
  private static func isMannerPhrase(_ tokens: [Token], at index: Int) -> Bool {
    guard DeonticLexicon.sourcePhraseStarts.contains(tokens[index].lower) else { return false }
    // "But according to the minister, …" is fronted too: only connectives come before it.
    return tokens[..<index].contains {
      $0.isWord && !ClauseLexicon.leadingFillers.contains($0.lower)
    }
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

  /// Whether the word at `index` is a form of "be" or "have" with an adverb after it that may stand
  /// inside a trigger: "are also required to".
  static func hasAdverbAfter(_ tokens: [Token], _ index: Int) -> Bool {
    index + 2 < tokens.count && DeonticLexicon.adverbHosts.contains(tokens[index].lower)
      && DeonticLexicon.triggerAdverbs.contains(tokens[index + 1].lower)
  }

  /// The first of `patterns` (those that start with the word at `index`) that matches there; after a
  /// form of "be" or "have", an adverb may stand inside the pattern ("are already required to").
  private func match(at index: Int, _ patterns: [DeonticLexicon.Pattern]) -> Match? {
    let adverb = Self.hasAdverbAfter(tokens, index) ? 1 : 0
    for pattern in patterns {
      // Only in a trigger of three words or more: "are also required to", never "is therefore to".
      let skip = pattern.words.count > 2 ? adverb : 0
      let end = index + pattern.words.count + skip
      guard end <= tokens.count else { continue }
      var matched = true
      for (offset, word) in pattern.words.enumerated() {
        let token = tokens[index + offset + (offset > 0 ? skip : 0)]
        if token.lower != word || (pattern.upperCaseOnly && !token.isAllCaps) {
          matched = false
          break
        }
      }
      if matched {
        var found = Match(kind: pattern.kind, tokens: index..<end, actionStart: end)
        found.restates = restates(found.tokens)
        return found
      }
    }
    return promiseAroundAnAside(at: index) ?? requirementByAgent(at: index) ?? requirementOfObject(at: index)
  }

  /// Whether a capitalised "May" is the month: a day or year number follows it, or a day number
  /// stands before it.
  func isMonthMay(_ index: Int) -> Bool {
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
    let first = tokens[match.tokens.lowerBound].lower
    let last = tokens[match.tokens.upperBound - 1].lower
    // Skip adverbs between the modal and its verb.
    var verb = match.actionStart
    while verb < tokens.count, TriggerLexicon.adverbs.contains(tokens[verb].lower) { verb += 1 }
    guard verb < tokens.count else { return nil }
    let context = TriggerContext(
      finder: self, first: first, last: last, isModal: DeonticLexicon.modals.contains(first), verb: verb,
      next: tokens[verb].lower, afterTrigger: afterTrigger, head: subjectHead(match.tokens.lowerBound))
    var match = match
    for rule in Self.triggerRules {
      switch rule.decide(&match, in: context) {
      case .keep: return match
      case .drop: return nil
      case .undecided: continue
      }
    }
    return match
  }

  /// The decisions about a matched trigger, in order (each in `Rules/Triggers/`): the first that
  /// keeps or drops the match decides; a match no rule decides is kept.
  static let triggerRules: [any TriggerRule.Type] = [
    KeywordMentionTrigger.self, KeywordLabelTrigger.self, PassiveRegardTrigger.self, OffenceTrigger.self,
    ClearedWrongTrigger.self,
    AdversaryTrigger.self,
    PredictionTrigger.self,
    NeedToTrigger.self,
    ReaderAdviceTrigger.self, RFCAdjectiveTrigger.self,
    NegativeInversionTrigger.self, NotImposedHereTrigger.self,
    NoteTrigger.self, RelativeWillTrigger.self, NonBindingWillTrigger.self, RegulationPowerTrigger.self,
    InvertedConditionTrigger.self, SuchAsTrigger.self, RelativeClauseTrigger.self, EnsuredClauseTrigger.self,
    ResponsibilityOfTrigger.self, BeToTrigger.self,
    HaveToTrigger.self, ConstitutivePhraseTrigger.self, PossessionPhraseTrigger.self, ApplyTrigger.self,
    ThingRequirementTrigger.self, ConstitutiveVerbTrigger.self, DocumentSubjectTrigger.self,
    PossibilitySubjectTrigger.self,
    BeParticipleTrigger.self, EpistemicTrigger.self,
  ]

  /// Whether the subject is a part of a document: "This Decision", "Article 5", "Annex II", "paragraph 1".
  func isDocumentSubject(_ index: Int) -> Bool {
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
    // "A report made under this Act must…", "any notice under that section shall…": the document noun
    // ends a phrase that qualifies the subject; but "Nothing in this Act shall…", "The requirements of
    // this section shall…" are about the document.
    let determiner =
      position > 0 && TriggerLexicon.documentDemonstratives.contains(tokens[position - 1].lower)
    let phraseStart = determiner ? position - 1 : position
    if phraseStart > 1, TriggerLexicon.documentNounGoverners.contains(tokens[phraseStart - 1].lower),
      !isDocumentScope(at: phraseStart - 2)
    {
      return false
    }
    if head.isCapitalized && position > 0 { return true }
    return determiner
  }

  /// Whether the word at `index` opens the sentence as the document's own scope: "Nothing in this
  /// Act…", "The provisions of this section…" (not "a plan prepared for purposes of this part").
  private func isDocumentScope(at index: Int) -> Bool {
    guard TriggerLexicon.documentScopeWords.contains(tokens[index].lower) else { return false }
    return index == 0 || index == 1 && PartyLexicon.determiners.contains(tokens[0].lower)
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
      // "The Contractor, at its own cost, shall operate": the head before an aside between commas.
      if position >= 0, tokens[position].text == ",", let aside = asideStart(before: position) {
        return tokens[aside - 1].lower
      }
      return ""
    }
    return tokens[position].lower
  }

  /// The comma that opens an aside closed by the comma at `close`, when a word stands before it and the
  /// aside is short words only: "The Contractor, at its own cost,".
  private func asideStart(before close: Int) -> Int? {
    var index = close - 1
    while index > 0, close - index <= TriggerLexicon.subjectAsideWords, tokens[index].isWord {
      index -= 1
    }
    guard index > 0, index < close - 1, tokens[index].text == ",", tokens[index - 1].isWord else {
      return nil
    }
    return index
  }

  func precededByAs(_ index: Int) -> Bool {
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
  func isQuotedOrReported(_ index: Int) -> Bool {
    reported[index]
  }

  /// Whether the trigger at `index` has a question word for its subject right after a preposition or
  /// a verb that takes a question: "about who should pay", "decide what must be done".
  func isEmbeddedQuestion(_ index: Int) -> Bool { Self.isEmbeddedQuestion(tokens, index) }

  /// ``isEmbeddedQuestion(_:)`` of the trigger (or a promise's verb) at `index` of `tokens`.
  static func isEmbeddedQuestion(_ tokens: [Token], _ index: Int) -> Bool {
    // The question word, with at most a short subject of words between it and the trigger.
    var question = index - 1
    while question > 0, index - question <= TriggerLexicon.embeddedQuestionSubjectWords,
      tokens[question].isWord, !TriggerLexicon.listedQuestionWords.contains(tokens[question].lower)
    {
      question -= 1
    }
    guard question >= 1 else { return false }
    let word = tokens[question].lower
    // "specify which identifiers are mandatory, which ought to be supported by issuers, and which…": a
    // later question of a list goes with the verb of the first.
    if TriggerLexicon.listedQuestionWords.contains(word),
      TriggerLexicon.questionListJoins.contains(tokens[question - 1].lower)
    {
      return opensQuestionList(tokens, before: question, asking: word)
    }
    guard TriggerLexicon.questionWords.contains(word) else { return false }
    var before = tokens[question - 1].lower
    // "sets out how we will…".
    if before == "out", question >= 2 { before = tokens[question - 2].lower }
    return PartyLexicon.prepositions.contains(before) || TriggerLexicon.questionTakingVerbs.contains(before)
  }

  /// Whether a verb that takes a question is followed by its question word ("specify which") in the
  /// stretch of the clause before `end`, looking back at most ``TriggerLexicon/questionListReach`` words.
  /// A later "which" goes only with a list that opened with "which" (", which must be approved" after
  /// "explain how…" is a relative clause).
  private static func opensQuestionList(_ tokens: [Token], before end: Int, asking later: String) -> Bool {
    var index = end - 1
    while index > 0, end - index <= TriggerLexicon.questionListReach {
      let word = tokens[index].lower
      if word == ";" || word == ":" { return false }
      if TriggerLexicon.listedQuestionWords.contains(word), later != "which" || word == "which",
        TriggerLexicon.questionTakingVerbs.contains(tokens[index - 1].lower)
      {
        return true
      }
      index -= 1
    }
    return false
  }

  /// Whether the subject before the trigger at `index` is "the (best, only…) way to …" within its
  /// clause: "The way to mitigate this risk is to limit…".
  func isWayToSubject(_ index: Int) -> Bool {
    var position = index - 1
    while position > 0, index - position < 12, !TriggerLexicon.wayClauseEnds.contains(tokens[position].text) {
      if tokens[position].lower == "to", tokens[position - 1].lower == "way" { return true }
      position -= 1
    }
    return false
  }

  /// Whether the trigger at `index` is in a relative clause on "who" after a noun or pronoun:
  /// "those who should be heard", "a person who must pay the levy".
  func isWhoRelative(_ index: Int) -> Bool {
    guard index >= 2, tokens[index - 1].lower == "who" else { return false }
    return tokens[index - 2].isWord && !TriggerLexicon.questionWords.contains(tokens[index - 2].lower)
  }

  /// "will" binds when a party defined in a contract is its subject ("Tenant will pay").
  func willBindsParty(_ index: Int) -> Bool {
    guard index >= 1 else { return false }
    let subject = tokens[index - 1]
    guard subject.isWord, subject.isCapitalized, !subject.isAllCaps else { return false }
    if TriggerLexicon.nonBindingWillSubjects.contains(subject.lower) { return false }
    let before = index >= 2 ? tokens[index - 2].lower : ""
    return index == 1 || !TriggerLexicon.willSubjectDeterminers.contains(before)
  }

  /// Whether "and"/"or" at `index` joins two adverbs: "shall be jointly and severally liable".
  func isAdverbConjunction(_ index: Int, after start: Int) -> Bool {
    index > start && index + 1 < tokens.count && ClauseLexicon.conjunctions.contains(tokens[index].lower)
      && Self.isAdverb(tokens[index - 1].lower) && Self.isAdverb(tokens[index + 1].lower)
  }
}
