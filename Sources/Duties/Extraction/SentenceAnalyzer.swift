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
    /// For a proposal, commitment or request: the kind of obligation it proposes.
    var proposed: ObligationKind?
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

  /// The drafts for a sentence; `previousBearer` resolves pronouns.
  func analyze(_ sentence: String, previousBearer: Party?) -> [Draft] {
    let tokens = Tokenizer.tokens(sentence)
    guard !tokens.isEmpty else { return [] }
    // A last character "?" is a last byte "?": the byte test turns most sentences away first.
    if sentence.utf8.last == UInt8(ascii: "?"), sentence.hasSuffix("?") { return [] }
    // Policy papers: proposals, commitments, requests and nominalised duties ("a legal duty on…").
    let policy = policyStatements(sentence, tokens, previousBearer: previousBearer)
    if !policy.isEmpty { return policy }
    // Bounded: a run-on "sentence" of thousands of modals gives its first obligations, not millions.
    var matches = Array(TriggerFinder(tokens: tokens).matches().prefix(Self.maximumObligationsPerSentence))
    if isPolicyDocument {
      matches.removeAll {
        PolicyLexicon.practiceModals.contains(tokens[$0.tokens.lowerBound].lower) && $0.tokens.count == 1
      }
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
    if let exception = ExtractionPostPass.exceptionStart(sentence, tokens) {
      matches.removeAll { match in
        match.tokens.lowerBound > exception
          && !tokens[exception..<match.tokens.lowerBound].contains { $0.text == ";" }
      }
      if matches.isEmpty { return [] }
    }
    if matches.isEmpty {
      return imperative(sentence, tokens).map { [$0] } ?? []
    }
    let references = ClauseParts.references(in: tokens, sentence: sentence)
    var drafts: [Draft] = []
    var lastBearer = previousBearer
    // The party written as the subject of the trigger before, in this sentence.
    var previousSubject: (party: Party, text: String, range: Range<Int>)?
    for (position, match) in matches.enumerated() {
      let clauseStart = self.clauseStart(
        tokens, before: match.tokens.lowerBound, previous: position > 0 ? matches[position - 1] : nil)
      let nextTrigger = position + 1 < matches.count ? matches[position + 1].tokens.lowerBound : tokens.count
      let actionEnd = max(
        match.actionStart, self.actionEnd(tokens, from: match.actionStart, nextTrigger: nextTrigger))
      var subject = self.subject(tokens, sentence, from: clauseStart, to: match.tokens.lowerBound)

      // A modal inside a conditional clause ("If Landlord shall not so elect, …") imposes nothing.
      if !match.inverted, clauseStart + 1 < match.tokens.lowerBound,
        ClauseLexicon.conditionalStarts.contains(tokens[clauseStart].lower),
        !tokens[clauseStart..<match.tokens.lowerBound].contains(where: { $0.text == "," }),
        !tokens[clauseStart + 1].lower.hasSuffix("ing"),
        // "In the event that Tenant shall fail…" holds a clause; "In the event of a breach the tenant must
        // pay" and "In order to meet the deadline the council shall…" are phrases before the main clause.
        tokens[clauseStart].lower != "in"
          || ((clauseStart + 1)..<match.tokens.lowerBound).contains(where: { index in
            ClauseLexicon.inClauseMarkers.contains(tokens[index].lower)
              || tokens[index].lower == "case" && index + 1 < tokens.count && tokens[index + 1].lower != "of"
          }),
        // "If the department has compiled it from other sources it shall seek consent": without the
        // comma, a pronoun after the condition's own verb starts the main clause.
        !(ClauseLexicon.subjectPronouns.contains(tokens[match.tokens.lowerBound - 1].lower)
          && tokens[(clauseStart + 1)..<(match.tokens.lowerBound - 1)].contains {
            ClauseLexicon.auxiliaries.contains($0.lower)
          })
      {
        continue
      }
      var kind = match.kind
      var bearer: Party?
      var form: ObligationForm = .active
      // An expletive "it" is not a subject to repeat in the action: "It shall be prohibited to sell…".
      var impersonal = false
      if let subject {
        let lowerSubject = subject.text.lowercased()
        if lowerSubject.hasPrefix("no ") || lowerSubject == "none" || lowerSubject.hasPrefix("none of")
          || lowerSubject.hasPrefix("neither ")
        {
          if match.fromParticiple {
            kind = TriggerFinder.negated(kind)  // "neither party shall be liable": an exemption
          } else if kind == .duty || kind == .permission {
            kind = .prohibition
          }
        }
        bearer = party(
          subject.text, lastBearer: lastBearer, tokens: tokens, sentence: sentence,
          before: subject.range.lowerBound)
      }
      // A shared subject: "must assess needs and must publish", "…, and may charge for it".
      if subject == nil
        || sharesSubject(
          tokens, match.tokens.lowerBound, previous: position > 0 ? matches[position - 1] : nil)
      {
        // "X shall be involved in…, and shall ensure…": the subject written before, whatever its voice.
        if position > 0, let previousSubject, Self.followsConjunction(tokens, match.tokens.lowerBound) {
          bearer = previousSubject.party
          subject = (previousSubject.text, previousSubject.range)
        } else if subject == nil || position > 0 {
          bearer = lastBearer
        }
      }
      // "…, who shall inform the staff member": the party before the comma, when no subject names one.
      if let antecedent = relativeAntecedent(tokens, sentence, before: match.tokens.lowerBound),
        bearer.map({ $0.parties.isEmpty || !isActor($0) }) ?? true
      {
        bearer = antecedent
      }
      let ownSubject = subject != nil && bearer?.text == subject?.text
      if ownSubject, let subject, let bearer { previousSubject = (bearer, subject.text, subject.range) }
      var match = match
      // "In no event shall Tenant assign the lease": the subject follows the modal.
      if match.inverted {
        // The subject: a run of capitalised words ("Tenant", "NHS England"), or a determiner and up to three words.
        var verb = match.actionStart
        if verb < tokens.count, tokens[verb].isCapitalized,
          !PartyLexicon.determiners.contains(tokens[verb].lower)
        {
          while verb < tokens.count, tokens[verb].isCapitalized { verb += 1 }
        } else {
          verb += 1
          while verb < min(tokens.count, match.actionStart + 4), tokens[verb].isWord,
            !ImperativeLexicon.verbs.contains(tokens[verb].lower),
            !ClauseLexicon.invertedSubjectStops.contains(tokens[verb].lower)
          {
            verb += 1
            // "any Transfer relieve Tenant", "any person assign": the subject ends at a name or an actor.
            if tokens[verb - 1].isCapitalized && verb < tokens.count && !tokens[verb].isCapitalized
              || PartyLexicon.actorHeads.contains(tokens[verb - 1].lower)
            {
              break
            }
          }
        }
        if verb > match.actionStart, verb < tokens.count {
          let text = ClauseParts.slice(sentence, tokens, match.actionStart..<verb)
          bearer = party(text, lastBearer: lastBearer)
          if let current = bearer, !isActor(current) { bearer = nil }
          match.actionStart = verb
          // "In no event shall Landlord be obligated to pay…", "… have any obligation to…": not bound.
          if let released = Self.releasedDuty(tokens, at: verb) {
            kind = .exemption
            match.actionStart = released
          }
        }
      }
      // "It is recommended that each council appoint a lead": the subject follows "that".
      if tokens[match.tokens.upperBound - 1].lower == "that", match.actionStart < tokens.count {
        var verb = match.actionStart
        while verb < min(tokens.count, match.actionStart + 8), tokens[verb].isWord,
          !ImperativeLexicon.verbs.contains(tokens[verb].lower),
          !DeonticLexicon.modals.contains(tokens[verb].lower)
        {
          verb += 1
        }
        if verb > match.actionStart, verb < tokens.count, ImperativeLexicon.verbs.contains(tokens[verb].lower)
        {
          bearer = party(
            ClauseParts.slice(sentence, tokens, match.actionStart..<verb), lastBearer: lastBearer)
          match.actionStart = verb
        }
      }
      // The party a passive is done to: "passengers shall be informed", "Tenant shall be reimbursed".
      var patient: Party?
      if match.isPassive {
        form = .passive
        // Only a subject written in this clause, not one carried over from the clause before.
        let subjectParty = ownSubject ? bearer : nil
        bearer = agent(tokens, sentence, from: match.actionStart, to: actionEnd, inAction: true)
        // "All work done by Tenant shall be performed…": the agent named in the subject.
        if bearer == nil, let subject {
          bearer = agent(tokens, sentence, from: subject.range.lowerBound, to: subject.range.upperBound)
        }
        if bearer == nil, let subjectParty, namesPersonOrBody(subjectParty) {
          patient = subjectParty
        }
      } else if match.isStative, let current = bearer, namesPersonOrBody(current),
        Self.dutyState(tokens, after: match.actionStart)
      {
        // "The members of the Board shall be completely independent": a duty of the members.
        form = .active
      } else if match.isStative,
        let owner = responsibilityOwner(tokens, sentence, from: match.actionStart, to: actionEnd)
      {
        // "X shall be the sole responsibility of Lessee": a duty of Lessee. "It shall be the responsibility
        // of the Officer to administer…": the Officer's duty to administer.
        bearer = owner.party
        if subject?.text.lowercased() == "it", owner.end + 1 < actionEnd, tokens[owner.end].lower == "to",
          tokens[owner.end + 1].isWord
        {
          match.actionStart = owner.end + 1
        }
      } else if match.isStative {
        form = .state
        bearer = nil
      } else if let current = bearer, !isActor(current) {
        form = .state
        bearer = nil
        // "The risk assessment by each Member State shall consider…": the actor named in the subject.
        if let subject,
          let named = agent(
            tokens, sentence, from: subject.range.lowerBound, to: subject.range.upperBound,
            participleAgents: false)
        {
          bearer = named
          form = .active
        }
      } else if let current = bearer, current.text.lowercased() == "it", current.parties.isEmpty,
        match.actionStart > 0, tokens[match.actionStart - 1].lower == "to"
      {
        // "It shall be prohibited to provide…": impersonal, no bearer.
        bearer = nil
        form = .passive
        impersonal = true
      } else if let current = bearer, current.text.lowercased() == "it", current.parties.isEmpty,
        match.actionStart > 0, ClauseLexicon.expletiveLinks.contains(tokens[match.actionStart - 1].lower),
        let found = forSubject(tokens, sentence, from: match.actionStart, to: actionEnd)
      {
        // "It shall be prohibited for any person to sell…", "It is unlawful for a person to…", "It is the
        // responsibility of each council to…": the bearer is the party after "for" or "of".
        bearer = found.party
        match.actionStart = found.verb
      }
      if let current = bearer { lastBearer = current }

      let actionRange = match.actionStart..<actionEnd
      let triggerRange = match.tokens
      let conditionScope = clauseStart..<max(actionEnd, match.tokens.upperBound)
      var conditions = ClauseParts.conditions(
        in: tokens, sentence: sentence, range: conditionScope, excluding: triggerRange)
      // "In the event of a breach the tenant must pay": a leading condition without a comma ends where the
      // subject begins.
      if let subject {
        conditions = conditions.map { condition, range in
          guard range.lowerBound + 2 < subject.range.lowerBound, range.upperBound > subject.range.lowerBound
          else {
            return (condition, range)
          }
          var trimmed = condition
          trimmed.text = ClauseParts.slice(sentence, tokens, range.lowerBound..<subject.range.lowerBound)
          return (trimmed, range.lowerBound..<subject.range.lowerBound)
        }
      }
      let timing = ClauseParts.timing(in: tokens, sentence: sentence, range: conditionScope)
      // Conditions inside the action: a parenthetical one ("(where practicable)", ", where possible,") is
      // taken out; one that follows the action ends it.
      var actionCut = actionRange.upperBound
      var removed: [Range<Int>] = []
      for (_, range) in conditions
      where range.lowerBound > actionRange.lowerBound && range.lowerBound < actionCut {
        let before = tokens[range.lowerBound - 1].text
        let after = range.upperBound < tokens.count ? tokens[range.upperBound].text : ""
        if before == "(" && after == ")" {
          removed.append((range.lowerBound - 1)..<(range.upperBound + 1))
        } else if before == ",", after == ",", range.upperBound + 1 < actionCut {
          removed.append((range.lowerBound - 1)..<(range.upperBound + 1))
        } else {
          actionCut = range.lowerBound
        }
      }
      for (_, range) in timing
      where range.upperBound >= actionCut - 1 && range.lowerBound > actionRange.lowerBound {
        actionCut = min(actionCut, range.lowerBound)
      }
      var pieces: [String] = []
      var pieceStart = actionRange.lowerBound
      for range in removed.sorted(by: { $0.lowerBound < $1.lowerBound }) where range.lowerBound < actionCut {
        if range.lowerBound > pieceStart {
          pieces.append(ClauseParts.slice(sentence, tokens, pieceStart..<range.lowerBound))
        }
        pieceStart = max(pieceStart, range.upperBound)
      }
      if actionCut > pieceStart { pieces.append(ClauseParts.slice(sentence, tokens, pieceStart..<actionCut)) }
      var action = pieces.map { $0.trimming(" ,") }.filter { !$0.isEmpty }.joined(separator: " ")
      action = tidyAction(action)
      // The beneficiary is in the predicate, not in a subject written into the action.
      let predicate = action
      if form != .active, !impersonal, let subject {
        action = "\(subject.text.lowercasedFirstWordIfCommon) to \(action)"
      }
      let opensList =
        actionEnd < tokens.count && ClauseLexicon.listLeadInMarks.contains(tokens[actionEnd].text)
        && actionEnd == tokens.count - 1
      // "shall take care of the premises and not permit odours": a duty and a prohibition.
      var negativeAction: String?
      if let range = action.firstRange(ofBytes: " and not "), !action.hasPrefix("not ") {
        negativeAction = String(action[range.upperBound...])
        action = String(action[..<range.lowerBound])
      }
      // "shall not be entitled to", "in no event shall Tenant have the right to": a right withheld.
      if kind == .prohibition, TriggerFinder.withholdsRight(tokens, match) { kind = .noEntitlement }
      let beneficiary = patient ?? self.beneficiary(in: negativeAction == nil ? predicate : action)
      let triggerText = ClauseParts.slice(sentence, tokens, triggerRange)
      drafts.append(
        Draft(
          kind: kind,
          trigger: tokens[triggerRange.lowerBound].start..<tokens[triggerRange.upperBound - 1].end,
          triggerText: triggerText, bearer: bearer, beneficiary: beneficiary, action: action,
          conditions: conditions.map(\.0), timing: timing.map(\.0), references: references,
          opensList: opensList || action.isEmpty, form: form))
      if let negativeAction, kind == .duty || kind == .recommendation {
        var negative = drafts[drafts.count - 1]
        negative.kind = TriggerFinder.negated(kind) == .exemption ? .prohibition : .adviceAgainst
        negative.action = negativeAction
        negative.beneficiary = self.beneficiary(in: negativeAction)
        negative.opensList = false
        drafts.append(negative)
      }
    }
    return drafts.map(Self.regardAction)
  }

  /// "must have regard to the guidance": the action is "have regard to the guidance".
  static func regardAction(_ draft: Draft) -> Draft {
    guard draft.kind == .haveRegard else { return draft }
    var draft = draft
    let words = draft.triggerText.split(separator: " ").dropFirst().joined(separator: " ")
    draft.action = words + (draft.action.isEmpty ? "" : " " + draft.action)
    return draft
  }
}
