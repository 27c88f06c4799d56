/// Turns one sentence into obligation drafts: for each trigger, the bearer, action, beneficiary,
/// conditions, timing and references.
struct SentenceAnalyzer {
  /// An obligation before it is placed in a document.
  struct Draft {
    var kind: ObligationKind
    /// The trigger's UTF-8 range in the sentence.
    var trigger: Range<Int>
    var triggerText: String
    var bearer: Party?
    var beneficiary: Party?
    var action: String
    var conditions: [Condition]
    var timing: [Timing]
    var references: [String]
    /// Whether the action is left open for the items of a list ("must—").
    var opensList: Bool
    /// How the statement is made.
    var form: ObligationForm = .active
    /// For a requirement on a thing: the thing ("the annual plan").
    var subject: String?
    /// For a proposal, commitment or request: the kind of obligation it proposes.
    var proposed: ObligationKind?
    /// Whether it restates a requirement already in force.
    var restates = false
  }

  /// The party names of phrases read before in this document, with its acronyms.
  let partyNames: PartyNameCache
  /// The document's acronyms and what they stand for.
  var acronyms: [String: String] { partyNames.acronyms }
  /// Labels defined in the provision ("a person (“A”)"), mapped to what they stand for.
  var labels: [String: String] = [:]
  /// In guidance and policy papers, "X will…" of a body other than the government describes practice
  /// ("NHS England will publish…"); it is not a contract party's promise, so it is not a duty.
  var isPolicyDocument = false
  /// In a green or white paper, a named body's "will" is the government's plan for that body ("The
  /// Healthcare Commission will assess…"): a commitment, not the body's duty.
  var isCommandPaper = false
  /// In a document that gives its key words their RFC 2119 sense only in capitals (BCP 14), a lower-case
  /// "may" or "can" is plain English possibility, not a permission.
  var keywordsInCapitals = false
  /// Whether the sentence is an item of a list whose items before it were instructions to the reader.
  var followsInstructions = false

  /// The drafts for a sentence; `previousBearer` resolves pronouns.
  func analyze(_ sentence: String, previousBearer: Party?) -> [Draft] {
    let tokens = ModalMention.removed(from: Tokenizer.tokens(sentence))
    guard !tokens.isEmpty else { return [] }
    // A last character "?" is a last byte "?": the byte test turns most sentences away first.
    if sentence.utf8.last == UInt8(ascii: "?"), sentence.hasSuffix("?") { return [] }
    // Only a document that names the convention can hold the note (`keywordsInCapitals` is set by the
    // same marks): the other documents' sentences are not searched for it.
    if keywordsInCapitals, KeywordConventionNote.isNote(sentence, tokens) { return [] }
    // Policy papers: proposals, commitments, requests and nominalised duties ("a legal duty on…").
    let policy = policyStatements(sentence, tokens, previousBearer: previousBearer)
    if !policy.isEmpty { return policy }
    let (matches, hasException) = self.matches(sentence, tokens)
    guard !matches.isEmpty else {
      // A sentence with an exception binds no one by its triggers; one with none may be an instruction
      // to the reader.
      return hasException
        ? []
        : (imperative(sentence, tokens) ?? statedRequirement(sentence, tokens) ?? offence(sentence, tokens)
          ?? nominalDuty(sentence, tokens) ?? dutiesList(sentence, tokens, previousBearer: previousBearer)
          ?? performative(sentence, tokens)).map { [$0] } ?? []
    }
    // "Demonstrate that capability is available — you shouldn't outsource it": an instruction in the
    // clause before a dash that holds no trigger.
    // Only a verb with its object right after it: "Test results obtained by…" is no instruction.
    var leading: [Draft] = []
    if let stop = tokens.firstIndex(where: {
      !$0.isWord && ImperativeLexicon.leadingClauseEnds.contains($0.text)
    }),
      stop < matches[0].tokens.lowerBound, stop > 2, tokens[0].isWord,
      ImperativeLexicon.leadingObjectOpeners.contains(tokens[1].lower),
      let draft = imperative(sentence, Array(tokens[..<stop]))
    {
      leading = [draft]
    }
    let references = ClauseParts.references(in: tokens, sentence: sentence)
    var state = SentenceState(
      sentence: sentence, tokens: tokens, matches: matches, lastBearer: previousBearer)
    var drafts: [Draft] = []
    for position in matches.indices {
      guard var clause = clause(position, in: state) else { continue }
      guard Self.clauseRules.allSatisfy({ $0.apply(to: &clause, in: &state, by: self) }) else { continue }
      drafts += self.drafts(for: clause, in: state, references: references)
    }
    Self.sharingActionsAcrossBut(&drafts, in: sentence)
    // "If so, consider…, and specify exactly where the character is allowed to occur": every modal is
    // inside a condition or question, so the sentence may be an instruction.
    if drafts.isEmpty, state.condition != nil {
      return leading.isEmpty ? imperative(sentence, tokens).map { [$0] } ?? [] : leading
    }
    return leading
      + drafts.filter { Self.isPlan($0) && Self.hasNeedsBearer($0) }.map {
        Self.existentialNegation(Self.regardAction(Self.authorsAsGovernment($0)))
      }
  }

  /// "An institution may, but is not required to, make the payment": the permission's act is the one
  /// after the aside, the exemption's; only when the aside is the exemption's trigger alone ("may, but
  /// need not immediately, publish" and "may, but must not unreasonably, refuse" share nothing).
  static func sharingActionsAcrossBut(_ drafts: inout [Draft], in sentence: String) {
    let bytes = Array(sentence.utf8)
    for index in drafts.indices.dropLast()
    where !drafts[index].action.contains(where: \.isLetter)
      && drafts[index + 1].action.contains(where: \.isLetter)
      && ClauseLexicon.asideReliefKinds.contains(drafts[index + 1].kind)
      && drafts[index].trigger.upperBound <= drafts[index + 1].trigger.lowerBound
      && drafts[index + 1].trigger.upperBound < bytes.count
      && bytes[drafts[index + 1].trigger.upperBound] == UInt8(ascii: ",")
    {
      let between = String(
        decoding: bytes[drafts[index].trigger.upperBound..<drafts[index + 1].trigger.lowerBound],
        as: UTF8.self)
      if between.trimming(" ") == ClauseLexicon.asideBut {
        drafts[index].action = drafts[index + 1].action
      }
    }
  }

  /// "There must be no charge for the first copy": a prohibition of the charge; "there should be no
  /// delay" advises against the delay.
  static func existentialNegation(_ draft: Draft) -> Draft {
    guard draft.form == .state, draft.subject?.lowercased() == ClauseLexicon.existentialSubject,
      draft.action.lowercased().hasPrefix(ClauseLexicon.existentialNegation),
      let kind = ClauseLexicon.existentialNegatedKinds[draft.kind]
    else { return draft }
    var draft = draft
    draft.kind = kind
    draft.action = String(draft.action.dropFirst(ClauseLexicon.existentialNegation.count))
    draft.subject = draft.action
    return draft
  }

  /// "We will not require…": the authors who promise are the government.
  static func authorsAsGovernment(_ draft: Draft) -> Draft {
    guard draft.kind == .commitment, let bearer = draft.bearer,
      PolicyLexicon.authorPronouns.contains(bearer.text.lowercased())
    else { return draft }
    var draft = draft
    draft.bearer = Party(text: bearer.text, parties: ["government"])
    return draft
  }

  /// Whether a draft is an obligation or a plan for a named body: a command paper's "will" of no one
  /// named, or of a state ("Care Trusts will remain an option"), plans nothing.
  static func isPlan(_ draft: Draft) -> Bool {
    guard draft.kind == .commitment, draft.proposed == nil else { return true }
    let verb = draft.action.lowercased().split(separator: " ").first {
      !PolicyLexicon.planAdverbs.contains(String($0))
    }
    return draft.form == .active && !(draft.bearer?.parties.isEmpty ?? true)
      && !PolicyLexicon.stateVerbs.contains(verb.map(String.init) ?? "")
  }

  /// Whether a draft made by "need to" or "has power to" names who needs to act or holds the power:
  /// with no party found ("the subsequent need to complete…", "ensure local teams have the power to…")
  /// it states no one's duty or power.
  static func hasNeedsBearer(_ draft: Draft) -> Bool {
    let words = draft.triggerText.lowercased().split(separator: " ")
    guard words.first != "will", words.last == "to",
      words.contains(where: { DeonticLexicon.partyOnlyWords.contains(String($0)) })
    else { return true }
    return draft.bearer.map { !$0.parties.isEmpty } ?? false
  }

  /// The decisions about each trigger's clause, in order (each in `Rules/`).
  static let clauseRules: [any ClauseRule.Type] = [
    ConditionalClauseRule.self, NegativeSubjectRule.self, SubjectBearerRule.self, SharedSubjectRule.self,
    RelativeAntecedentRule.self, OwnSubjectRule.self, InvertedSubjectRule.self, ThatClauseSubjectRule.self,
    VoiceRule.self, ThingAbilityRule.self, ReaderAdviceRule.self, LastBearerRule.self,
  ]

  /// The triggers of a sentence that may bind someone (at most ``maximumObligationsPerSentence``),
  /// and whether the sentence states an exception ("Subsection (1) does not apply …").
  private func matches(_ sentence: String, _ tokens: [Token]) -> ([TriggerFinder.Match], hasException: Bool) {
    // Bounded: a run-on "sentence" of thousands of modals gives its first obligations, not millions.
    var matches = Array(TriggerFinder(tokens: tokens).matches().prefix(Self.maximumObligationsPerSentence))
    if isPolicyDocument {
      // "Councils will publish…" describes practice; "No contract will be allowed over…" sets a rule.
      let isPractice = { (match: TriggerFinder.Match) in
        PolicyLexicon.practiceModals.contains(tokens[match.tokens.lowerBound].lower)
          && match.tokens.count == 1 && !match.fromParticiple
      }
      // "We will not require any area to…": a promise not to act, whose action keeps its "not" (in
      // guidance, only the government's).
      for index in matches.indices
      where Self.isPromiseNotTo(matches[index], tokens, anyBody: isCommandPaper) {
        let start = matches[index].tokens.lowerBound
        matches[index] = TriggerFinder.Match(
          kind: .commitment, tokens: start..<(start + 1), actionStart: start + 1)
      }
      if isCommandPaper {
        // "Strategic health authorities will be responsible for…": the paper's plan for a body.
        for index in matches.indices
        where isPractice(matches[index]) || Self.assignsResponsibility(matches[index], tokens) {
          matches[index].kind = .commitment
        }
      } else {
        matches.removeAll { isPractice($0) && $0.kind != .commitment }
      }
    }
    if keywordsInCapitals {
      matches.removeAll { match in
        let token = tokens[match.tokens.lowerBound]
        return match.tokens.count == 1 && token.text == token.lower
          && DeonticLexicon.plainPossibilityModals.contains(token.lower)
      }
    }
    // "(e.g., that all providers must use DNS-IDs)": an example of a rule, not a rule.
    if sentence.utf8.contains(UInt8(ascii: "(")) {
      matches.removeAll { ExampleBracket.contains($0.tokens.lowerBound, in: tokens) }
    }
    // "(which may or may not exist)": a possibility, neither a permission nor a prohibition.
    matches.removeAll { match in
      let start = match.tokens.lowerBound
      let isMay = tokens[start].lower == "may"
      let opensPair =
        isMay && start + 3 < tokens.count && tokens[start + 1].lower == "or"
        && tokens[start + 2].lower == "may" && tokens[start + 3].lower == "not"
      let closesPair =
        isMay && start >= 2 && tokens[start - 1].lower == "or" && tokens[start - 2].lower == "may"
      return opensPair || closesPair
    }
    // "Subsection (1) does not apply … if the Board has a duty to …": the modal is inside the
    // exception, which ExtractionPostPass attaches to subsection (1); it binds no one by itself.
    let exception = ExtractionPostPass.exceptionStart(tokens)
    if let exception {
      matches.removeAll { match in
        match.tokens.lowerBound > exception
          && !tokens[exception..<match.tokens.lowerBound].contains { $0.text == ";" }
      }
    }
    return (matches, exception != nil)
  }

  /// Whether a match is "will be responsible for" (not negated): a body's new responsibility.
  private static func assignsResponsibility(_ match: TriggerFinder.Match, _ tokens: [Token]) -> Bool {
    let start = match.tokens.lowerBound
    return match.fromParticiple && match.tokens.count == 1 && start + 2 < tokens.count
      && PolicyLexicon.practiceModals.contains(tokens[start].lower) && tokens[start + 1].lower == "be"
      && TriggerLexicon.assigningParticiples.contains(tokens[start + 2].lower)
  }

  /// Whether a match is "will not" promising not to act: of any body in a command paper, else of the
  /// government ("we", "the government").
  private static func isPromiseNotTo(_ match: TriggerFinder.Match, _ tokens: [Token], anyBody: Bool) -> Bool {
    let start = match.tokens.lowerBound
    guard match.tokens.count == 2, tokens[start].lower == "will", tokens[start + 1].lower == "not",
      !match.isPassive, !match.fromParticiple
    else { return false }
    return anyBody || start > 0 && PolicyLexicon.authors.contains(tokens[start - 1].lower)
  }

  /// The clause of the trigger at `position`: where it starts and its action ends, its subject.
  private func clause(_ position: Int, in state: SentenceState) -> Clause? {
    let tokens = state.tokens
    let match = state.matches[position]
    let clauseStart = self.clauseStart(of: position, in: state)
    // "must decide which members are permitted to vote": a trigger held by a question or condition
    // does not end the action before it.
    var next = position + 1
    while next < state.matches.count, isHeld(next, in: state) { next += 1 }
    let nextTrigger = next < state.matches.count ? state.matches[next].tokens.lowerBound : tokens.count
    let actionEnd = max(
      match.actionStart, self.actionEnd(tokens, from: match.actionStart, nextTrigger: nextTrigger))
    return Clause(
      match: match, position: position, previous: position > 0 ? state.matches[position - 1] : nil,
      clauseStart: clauseStart, actionEnd: actionEnd,
      subject: subject(tokens, state.sentence, from: clauseStart, to: match.tokens.lowerBound),
      kind: match.kind)
  }

  /// Where the clause of the trigger at `position` starts: after the trigger before, or after the comma
  /// that closes a condition holding a trigger ("Where the council must consult, it must…").
  private func clauseStart(of position: Int, in state: SentenceState) -> Int {
    let match = state.matches[position]
    let previous = position > 0 ? state.matches[position - 1] : nil
    var start = clauseStart(state.tokens, before: match.tokens.lowerBound, previous: previous)
    // "The council must publish the plan and the board must approve it": the second subject starts
    // after the "and" that ends the first action, not with that action.
    if let previous, start <= previous.actionStart,
      let joined = Self.joinedSubjectStart(
        state.tokens, after: previous.actionStart, trigger: match.tokens.lowerBound)
    {
      start = joined
    }
    guard let condition = state.condition, condition.upperBound >= start,
      condition.upperBound + 1 < match.tokens.lowerBound, state.tokens[condition.upperBound].text == ","
    else { return start }
    return condition.upperBound + 1
  }

  /// Whether the trigger at `position` is inside a condition or question (``ConditionalClauseRule``,
  /// which reads only where the clause starts, not its subject or action).
  private func isHeld(_ position: Int, in state: SentenceState) -> Bool {
    var state = state
    let match = state.matches[position]
    var clause = Clause(
      match: match, position: position, previous: position > 0 ? state.matches[position - 1] : nil,
      clauseStart: clauseStart(of: position, in: state), actionEnd: match.actionStart, subject: nil,
      kind: match.kind)
    return !ConditionalClauseRule.apply(to: &clause, in: &state, by: self)
  }

  /// "must have regard to the guidance": the action is "have regard to the guidance". "must, in doing
  /// so, have regard to the guidance" is a duty to have regard too, its aside kept in the action.
  static func regardAction(_ draft: Draft) -> Draft {
    var draft = draft
    // The words after a short aside that opens the action ("in doing so, "), or after none when a
    // condition was the aside; "consult the board, have regard to…" has no aside.
    let afterAside = draft.action.firstRange(ofBytes: ", ").flatMap { comma -> Substring? in
      let aside = draft.action[..<comma.lowerBound].split(separator: " ")
      guard aside.count <= DeonticLexicon.asideMaximumWords, let first = aside.first,
        DeonticLexicon.asideStarts.contains(first.lowercased())
      else { return nil }
      return draft.action[comma.upperBound...]
    }
    if draft.kind == .duty, DeonticLexicon.regardModals.contains(draft.triggerText.lowercased()),
      DeonticLexicon.regardPhrases.contains(where: { (afterAside ?? draft.action[...]).hasPrefix($0) })
    {
      draft.kind = .haveRegard
      return draft
    }
    guard draft.kind == .haveRegard else { return draft }
    let words = draft.triggerText.split(separator: " ").dropFirst().joined(separator: " ")
    // "Regard must be had to the code": the passive's action is its subject's, "regard to the code".
    if words.lowercased() == DeonticLexicon.passiveRegardPhrase.joined(separator: " ") {
      draft.action = DeonticLexicon.regardActionVerb + " " + draft.action
      return draft
    }
    draft.action = words + (draft.action.isEmpty ? "" : " " + draft.action)
    return draft
  }
}
