/// Policy papers state duties in ways modals alone do not catch: a green paper floats "a legal duty
/// on primary care trusts and councils to work together", a white paper says "we will legislate to
/// require…", news reports that guidance is "calling on councils to…". These become proposals,
/// commitments and requests, with the kind of obligation they propose, the bearer and the action.
extension SentenceAnalyzer {
  /// The proposals, commitments, requests and nominalised duties of a sentence; empty if none.
  func policyStatements(_ sentence: String, _ tokens: [Token], previousBearer: Party?) -> [Draft] {
    // Every statement below needs one of these words ("that" only after "propose", "for" only in
    // "it is for"): most sentences have none, and are passed over before any other work.
    guard
      tokens.indices.contains(where: { index in
        tokens[index].classes.contains(.policyCue)
          || index >= 2 && tokens[index].lower.utf8.count == 3 && tokens[index].lower == "for"
            && tokens[index - 1].lower == "is" && tokens[index - 2].lower == "it"
      })
    else { return [] }
    let quoted = TriggerFinder.quoted(tokens, orReported: false)
    // Duty nouns, "require", appeals and proposed modals first: "we will legislate to require X to V"
    // promises a duty of X, not an act of the government.
    // Of the words below, only "that" and "for" are not cue words.
    for index in tokens.indices where tokens[index].isWord && !quoted[index] {
      let word = tokens[index].lower
      guard tokens[index].classes.contains(.policyCue) || word == "that" else { continue }
      if PolicyLexicon.dutyNouns.contains(word), let draft = dutyNoun(at: index, sentence, tokens) {
        return [draft]
      }
      if PolicyLexicon.requirementVerbs.contains(word), let draft = requirement(at: index, sentence, tokens) {
        return [draft]
      }
      if PolicyLexicon.appealVerbs.contains(word), let draft = appeal(at: index, sentence, tokens) {
        return [draft]
      }
      if PolicyLexicon.proposalComplementizers.contains(word),
        let draft = proposedModal(at: index, sentence, tokens)
      {
        return [draft]
      }
    }
    for index in tokens.indices where tokens[index].isWord && !quoted[index] {
      let word = tokens[index].lower
      guard tokens[index].classes.contains(.policyCue) || word == "for" else { continue }
      if PolicyLexicon.promiseWords.contains(word),
        let draft = promise(at: index, sentence, tokens) ?? passivePromise(at: index, sentence, tokens)
      {
        return [draft]
      }
      if word == "for", index >= 2, tokens[index - 1].lower == "is", tokens[index - 2].lower == "it",
        let draft = discretion(at: index, sentence, tokens)
      {
        return [draft]
      }
    }
    return []
  }

  /// "is considering imposing a legal duty on X to V", "will place a duty on X to V".
  private func dutyNoun(at index: Int, _ sentence: String, _ tokens: [Token]) -> Draft? {
    guard index + 2 < tokens.count, PolicyLexicon.onUpon.contains(tokens[index + 1].lower) else { return nil }
    guard let to = tokens[(index + 2)...].firstIndex(where: { $0.lower == "to" }), to > index + 2,
      to + 1 < tokens.count, to - index <= 16
    else { return nil }
    // The duty must be imposed, placed or created: "imposing a (new) (legal) duty on", not
    // "obtain a written obligation on the part of…".
    var verb = index - 1
    while verb >= 0, PolicyLexicon.dutyNounModifiers.contains(tokens[verb].lower), index - verb <= 4 {
      verb -= 1
    }
    guard verb >= 0, verb < index - 1, PolicyLexicon.impositionVerbs.contains(tokens[verb].lower) else {
      return nil
    }
    let before = tokens[..<verb].map(\.lower).suffix(8)
    if before.contains(where: PolicyLexicon.obligingModals.contains) { return nil }
    let kind: ObligationKind
    if before.contains(where: PolicyLexicon.proposalCues.contains) {
      kind = .proposal
    } else if before.contains(where: PolicyLexicon.commitmentCues.contains) {
      kind = .commitment
    } else if PolicyLexicon.inForceCues.contains(tokens[verb].lower) {
      kind = .duty
    } else {
      return nil
    }
    let negative = tokens[to + 1].lower == "not"
    // "Section 22 already places a duty on…": the law in force, restated.
    return draft(
      kind: kind, proposed: kind == .duty ? nil : (negative ? .prohibition : .duty),
      trigger: firstCue(before: index, tokens)..<(index + 1), bearer: index + 2..<to,
      action: (negative ? to + 2 : to + 1)..<actionEnd(tokens, from: to + 1), sentence, tokens,
      restates: TriggerFinder.restates(tokens, verb..<(verb + 1)))
  }

  /// "we will legislate to require X to V", "we propose to require X to V", "the Government will
  /// expect X to V": the verb right after the promise or proposal.
  private func requirement(at index: Int, _ sentence: String, _ tokens: [Token]) -> Draft? {
    guard index >= 2, let to = tokens[(index + 1)...].prefix(14).firstIndex(where: { $0.lower == "to" }),
      to > index + 1, to + 1 < tokens.count
    else { return nil }
    let previous = tokens[index - 1].lower
    var kind: ObligationKind?
    if PolicyLexicon.willOrShall.contains(previous), PolicyLexicon.authors.contains(tokens[index - 2].lower) {
      kind = .commitment
    } else if previous == "to" {
      // "legislate to require", "introduce legislation to require", "intend to require", "propose to require"
      let lead = tokens[index - 2].lower
      if PolicyLexicon.proposalLeads.contains(lead) {
        kind = .proposal
      } else if PolicyLexicon.commitmentLeads.contains(lead) {
        kind = .commitment
      }
    } else if PolicyLexicon.hedgingModals.contains(previous), Self.isLawSubject(tokens, before: index - 1) {
      // "A more specific duty could require X to V", "Legislation might require X to V": an idea floated.
      kind = .proposal
    }
    guard let kind else { return nil }
    let proposed: ObligationKind =
      switch tokens[index].lower {
      case "expect", "encourage", "ask": .recommendation
      default: .duty
      }
    return draft(
      kind: kind, proposed: proposed, trigger: firstCue(before: index, tokens)..<(index + 1),
      bearer: index + 1..<to, action: to + 1..<actionEnd(tokens, from: to + 1), sentence, tokens)
  }

  /// Whether the subject before the modal at `modal` is headed by a law or a duty, with only determiners
  /// and adjectives before its head: "A more specific duty could require", "New legislation might
  /// require"; not "A breach of this duty could require", "A power cut could require".
  private static func isLawSubject(_ tokens: [Token], before modal: Int) -> Bool {
    guard modal >= 1, PolicyLexicon.lawNouns.contains(tokens[modal - 1].lower) else { return false }
    var index = modal - 2
    while index >= 0, tokens[index].isWord {
      let word = tokens[index].lower
      if PartyLexicon.prepositions.contains(word) || word == "to" || modal - index > 5 { return false }
      index -= 1
    }
    return true
  }

  /// "calling on X to V", "urges X to V": a request, not a duty.
  private func appeal(at index: Int, _ sentence: String, _ tokens: [Token]) -> Draft? {
    var start = index + 1
    if PolicyLexicon.callVerbs.contains(tokens[index].lower) {
      guard start < tokens.count, PolicyLexicon.onUpon.contains(tokens[start].lower) else { return nil }
      start += 1
    }
    guard let to = tokens[start...].prefix(16).firstIndex(where: { $0.lower == "to" }), to > start,
      to + 1 < tokens.count
    else { return nil }
    return draft(
      kind: .request, proposed: nil, trigger: index..<start, bearer: start..<to,
      action: to + 1..<actionEnd(tokens, from: to + 1), sentence, tokens)
  }

  /// "seeking views on whether X should V", "we propose that X must V".
  private func proposedModal(at index: Int, _ sentence: String, _ tokens: [Token]) -> Draft? {
    let before = tokens[..<index].map(\.lower).suffix(4)
    let cue =
      tokens[index].lower == "whether"
      ? before.contains(where: PolicyLexicon.consultationWords.contains)
      : before.contains(where: PolicyLexicon.proposingVerbs.contains)
        && !before.contains("it")
    guard cue else { return nil }
    // "When considering whether…, entities may…" is a condition, not a proposal; "Councils should
    // consider whether…" and "The authority must consider whether…" are obligations to consider.
    let opensCondition = before.contains(where: PolicyLexicon.conditionLeads.contains)
    let obliged = tokens[..<index].contains { PolicyLexicon.obligingModals.contains($0.lower) }
    // "We propose that…" proposes; "the applicant proposes that…" reports a party's proposal.
    let proposer = tokens[..<index].contains {
      PolicyLexicon.authors.contains($0.lower) || $0.lower == "views"
    }
    guard !opensCondition, !obliged, tokens[index].lower == "whether" || proposer,
      let modal = tokens[(index + 1)...].prefix(12).firstIndex(where: {
        DeonticLexicon.modals.contains($0.lower)
      }),
      modal > index + 1, modal + 1 < tokens.count,
      !tokens[(index + 1)..<modal].contains(where: { $0.text == "," })
    else { return nil }
    let proposed: ObligationKind =
      switch tokens[modal].lower {
      case "must", "shall", "will": tokens[modal + 1].lower == "not" ? .prohibition : .duty
      case "should": tokens[modal + 1].lower == "not" ? .adviceAgainst : .recommendation
      default: .permission
      }
    let actionStart = tokens[modal + 1].lower == "not" ? modal + 2 : modal + 1
    // "views on whether the law should say more": a question about the law, proposing no one's duty.
    if tokens[index].lower == "whether", tokens[index + 1].lower != "there" {
      guard let named = party(ClauseParts.slice(sentence, tokens, (index + 1)..<modal), lastBearer: nil),
        isActor(named)
      else { return nil }
    }
    return draft(
      kind: .proposal, proposed: proposed, trigger: firstCue(before: index, tokens)..<(modal + 1),
      bearer: index + 1..<modal, action: actionStart..<actionEnd(tokens, from: actionStart), sentence, tokens)
  }

  /// "we will publish…", "the Department will review…", "we intend to…": a commitment of the author;
  /// "we propose to…", a proposal of the author.
  private func promise(at index: Int, _ sentence: String, _ tokens: [Token]) -> Draft? {
    // "This paper sets out how we will respond": a promise described, not made.
    guard index >= 1, !TriggerFinder.isEmbeddedQuestion(tokens, index) else { return nil }
    // The subject: "we", or a name of government ("the Department of Health", "the Secretary of State").
    var nameStart = index - 1
    while nameStart > 0, tokens[nameStart - 1].isWord,
      tokens[nameStart - 1].isCapitalized || PolicyLexicon.nameLinks.contains(tokens[nameStart - 1].lower)
    {
      nameStart -= 1
    }
    let subjectWords = tokens[nameStart..<index].map(\.lower)
    // "the government will…" is written in lower case too, in a policy paper.
    let named =
      tokens[index - 1].isCapitalized
      || isPolicyDocument && PolicyLexicon.lowerCaseAuthors.contains(tokens[index - 1].lower)
    guard
      tokens[index - 1].lower == "we" || named && subjectWords.contains(where: PolicyLexicon.authors.contains)
        || named && PolicyLexicon.governmentOffices.contains(subjectWords.suffix(2).joined(separator: " "))
    else { return nil }
    var start = index + 1
    let proposes = PolicyLexicon.proposingToVerbs.contains(tokens[index].lower)
    if PolicyLexicon.intentionVerbs.contains(tokens[index].lower) || proposes {
      guard start < tokens.count, tokens[start].lower == "to" else { return nil }
      start += 1
    } else if tokens[index].lower == "committed" {
      guard start < tokens.count, tokens[start].lower == "to" else { return nil }
      start += 1
    }
    guard start < tokens.count, tokens[start].isWord,
      !PolicyLexicon.nonActionWords.contains(tokens[start].lower)
    else { return nil }
    return draft(
      kind: proposes ? .proposal : .commitment, proposed: nil, trigger: index..<start,
      bearer: nameStart..<index,
      action: start..<actionEnd(tokens, from: start), sentence, tokens)
  }

  /// "The start page URL will be allocated by GDS…", "Applications will be assessed by the Department":
  /// a commitment of the government body named as the agent, to what the subject undergoes ("the start
  /// page URL to be allocated by GDS…"). Only a sentence that is this clause alone, its subject a plain
  /// noun phrase from the sentence's start (no clause before it, no "and", "as", "if", "which", comma):
  /// a policy statement stands for its whole sentence, so a sentence that binds anyone otherwise ("Send
  /// your form; it will be processed by HMRC") keeps what it binds.
  private func passivePromise(at index: Int, _ sentence: String, _ tokens: [Token]) -> Draft? {
    guard tokens[index].lower == "will", index >= 1, index + 3 < tokens.count,
      tokens[index + 1].lower == "be", TriggerFinder.isParticiple(tokens[index + 2].lower),
      tokens[index + 3].lower == "by", tokens[0].isWord,
      !tokens[..<index].contains(where: { token in
        !token.isWord || TriggerLexicon.needClauseOpeners.contains(token.lower)
          || ClauseLexicon.relativeWords.contains(token.lower)
          || PolicyLexicon.passiveSubjectBreaks.contains(token.lower)
      })
    else { return nil }
    // The agent: a capitalised name of government right after "by" ("by GDS", "by the Home Office").
    let agentStart = index + 4
    var nameStart = agentStart
    if nameStart < tokens.count, tokens[nameStart].lower == "the" { nameStart += 1 }
    var nameEnd = nameStart
    while nameEnd < tokens.count, tokens[nameEnd].isWord,
      tokens[nameEnd].isCapitalized
        || nameEnd > nameStart && PolicyLexicon.nameLinks.contains(tokens[nameEnd].lower)
    {
      nameEnd += 1
    }
    // "by the Secretary for those parties": a link word ends no name.
    while nameEnd > nameStart, PolicyLexicon.nameLinks.contains(tokens[nameEnd - 1].lower) { nameEnd -= 1 }
    let name = tokens[nameStart..<nameEnd].map(\.lower)
    guard !name.isEmpty,
      name.contains(where: PolicyLexicon.authors.contains)
        || PolicyLexicon.governmentOffices.contains(name.suffix(2).joined(separator: " ")),
      // Nothing else in the sentence binds: "Applicants are required to submit…, and it will be…".
      !TriggerFinder(tokens: tokens).matches().contains(where: { $0.tokens.lowerBound != index })
    else { return nil }
    let end = actionEnd(tokens, from: index + 1)
    var subject = ClauseParts.slice(sentence, tokens, 0..<index)
    // "The start page URL" → "the start page URL"; a name keeps its capital.
    if PartyLexicon.determiners.contains(tokens[0].lower) {
      subject = subject.prefix(1).lowercased() + subject.dropFirst()
    }
    let rest = ClauseParts.slice(sentence, tokens, (index + 1)..<end)
    return draft(
      kind: .commitment, proposed: nil, trigger: index..<(index + 1), bearer: agentStart..<nameEnd,
      action: (index + 1)..<end, sentence, tokens, actionText: subject + " to " + rest, form: .passive)
  }

  /// "It is for the council to decide whether…": the council's discretion, a permission.
  private func discretion(at index: Int, _ sentence: String, _ tokens: [Token]) -> Draft? {
    guard let to = tokens[(index + 1)...].prefix(10).firstIndex(where: { $0.lower == "to" }), to > index + 1,
      to + 1 < tokens.count
    else { return nil }
    return draft(
      kind: .permission, proposed: nil, trigger: (index - 2)..<(index + 1), bearer: index + 1..<to,
      action: to + 1..<actionEnd(tokens, from: to + 1), sentence, tokens)
  }

  // MARK: - Helpers

  private func draft(
    kind: ObligationKind, proposed: ObligationKind?, trigger: Range<Int>, bearer: Range<Int>,
    action: Range<Int>,
    _ sentence: String, _ tokens: [Token], restates: Bool = false, actionText written: String? = nil,
    form: ObligationForm = .active
  ) -> Draft? {
    guard !action.isEmpty, !bearer.isEmpty else { return nil }
    let bearerText = ClauseParts.slice(sentence, tokens, bearer)
    let lowerBearer = bearerText.lowercased()
    let party: Party?
    if PolicyLexicon.authorPronouns.contains(lowerBearer) {
      party = Party(text: bearerText, parties: ["government"])
    } else {
      party = self.party(bearerText, lastBearer: nil)
    }
    guard let party, !party.parties.isEmpty else { return nil }
    let actionText = tidyAction((written ?? ClauseParts.slice(sentence, tokens, action)).trimming("“”\"‘’"))
    guard !actionText.isEmpty else { return nil }
    let all = 0..<tokens.count
    return Draft(
      kind: kind, trigger: tokens[trigger.lowerBound].start..<tokens[trigger.upperBound - 1].end,
      triggerText: ClauseParts.slice(sentence, tokens, trigger), bearer: party,
      beneficiary: beneficiary(in: actionText), action: actionText,
      conditions: ClauseParts.conditions(in: tokens, sentence: sentence, range: all, excluding: action).map(
        \.0),
      timing: ClauseParts.timing(in: tokens, sentence: sentence, range: action).map(\.0),
      references: ClauseParts.references(in: tokens, sentence: sentence), opensList: false,
      form: form, proposed: proposed, restates: restates)
  }

  /// The earliest cue word in the few words before `index` ("considering imposing a legal duty").
  private func firstCue(before index: Int, _ tokens: [Token]) -> Int {
    var start = index
    var position = index - 1
    let cues = PolicyLexicon.leadingCues
    while position >= max(0, index - 6) {
      if cues.contains(tokens[position].lower) { start = position }
      position -= 1
    }
    return start
  }

  /// Whether a stop or colon stands between two words with no space on either side, a letter and a
  /// lower-case letter or two digits: part of a name or a number ("servicename.service.gov.uk", "75.253",
  /// "10:30"), not the end of a clause. A stop between a word and a number is a footnote's mark
  /// ("duties.17 For…"), and one before a capital a missing space ("the plan.Councils must…").
  static func isInsideWord(_ tokens: [Token], _ index: Int) -> Bool {
    guard index > 0, index + 1 < tokens.count, tokens[index].text == "." || tokens[index].text == ":",
      tokens[index - 1].end == tokens[index].start,
      tokens[index].end == tokens[index + 1].start,
      let before = tokens[index - 1].text.last, let after = tokens[index + 1].text.first
    else { return false }
    return before.isLetter && after.isLowercase || before.isNumber && after.isNumber
  }

  /// Where an action ends: the end of the clause (or of a quotation the action opens with).
  private func actionEnd(_ tokens: [Token], from start: Int) -> Int {
    var index = start
    let opensQuote = start < tokens.count && PolicyLexicon.openingQuotes.contains(tokens[start].text)
    if opensQuote { index += 1 }
    while index < tokens.count {
      let text = tokens[index].text
      if opensQuote, PolicyLexicon.closingQuotes.contains(text) { return index + 1 }
      if PolicyLexicon.actionEndMarks.contains(text), !Self.isInsideWord(tokens, index) { break }
      if text == ",", index + 1 < tokens.count,
        PolicyLexicon.actionEndConjunctions.contains(tokens[index + 1].lower)
      {
        break
      }
      index += 1
    }
    return index
  }
}
