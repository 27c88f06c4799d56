/// The drafts of a clause the rules have decided: its conditions and timing, its action, and a
/// prohibition joined to a duty ("and not permit…").
extension SentenceAnalyzer {
  func drafts(for clause: Clause, in state: SentenceState, references: [String]) -> [Draft] {
    let tokens = state.tokens
    var (conditions, timing) = conditionsAndTiming(of: clause, in: state)
    var action = actionText(of: clause, in: state, conditions: conditions.map(\.1), timing: timing.map(\.1))
    // "must, when it commissions— (a)…, or (b)…, appoint a carers' lead": the list completes the
    // condition, the words after it are the action.
    if action.isEmpty, let last = conditions.indices.last, conditions[last].1.upperBound < clause.actionEnd,
      let wrapUp = Self.inlineWrapUp(tokens, after: conditions[last].1.upperBound),
      wrapUp.upperBound <= clause.actionEnd
    {
      let range = conditions[last].1.lowerBound..<(wrapUp.lowerBound - 1)
      conditions[last] = (
        Condition(kind: conditions[last].0.kind, text: ClauseParts.slice(state.sentence, tokens, range)),
        range
      )
      action = tidyAction(ClauseParts.slice(state.sentence, tokens, wrapUp))
    }
    // The beneficiary is in the predicate, not in a subject written into the action.
    let predicate = action
    var thing: String?
    if clause.form != .active, !clause.impersonal, let subject = clause.subject {
      let written = clause.negatedBySubject ? Self.affirmative(subject.text) : subject.text
      // "Use of the template is strongly recommended to assist you": the purpose keeps its "to".
      let purpose = clause.match.actionStart < tokens.count && tokens[clause.match.actionStart].lower == "to"
      action =
        clause.match.isAdjectival
        ? written.lowercasedFirstWordIfCommon + (action.isEmpty ? "" : (purpose ? " to " : " ") + action)
        : "\(written.lowercasedFirstWordIfCommon) to \(action)"
      if clause.form == .state { thing = written.lowercasedFirstWordIfCommon }
    }
    let actionEnd = clause.actionEnd
    let opensList =
      actionEnd < tokens.count && ClauseLexicon.listLeadInMarks.contains(tokens[actionEnd].text)
      && actionEnd == tokens.count - 1
    // "shall take care of the premises and not permit odours": a duty and a prohibition.
    var negativeAction: String?
    if let range = action.firstRange(ofBytes: " and not "), !action.hasPrefix("not ") {
      negativeAction = String(action[range.upperBound...])
      action = String(action[..<range.lowerBound])
    }
    var kind = clause.kind
    // "shall not be entitled to", "in no event shall Tenant have the right to": a right withheld.
    if kind == .prohibition, TriggerFinder.withholdsRight(tokens, clause.match) { kind = .noEntitlement }
    let triggerRange = clause.match.tokens
    let draft = Draft(
      kind: kind,
      trigger: tokens[triggerRange.lowerBound].start..<tokens[triggerRange.upperBound - 1].end,
      triggerText: ClauseParts.slice(state.sentence, tokens, triggerRange), bearer: clause.bearer,
      beneficiary: clause.patient ?? beneficiary(in: negativeAction == nil ? predicate : action),
      action: action,
      conditions: conditions.map(\.0), timing: timing.map(\.0), references: references,
      opensList: opensList || action.isEmpty, form: clause.form, subject: thing,
      restates: clause.match.restates)
    guard let negativeAction, kind == .duty || kind == .recommendation else { return [draft] }
    var negative = draft
    negative.kind = TriggerFinder.negated(kind) == .exemption ? .prohibition : .adviceAgainst
    negative.action = negativeAction
    negative.beneficiary = beneficiary(in: negativeAction)
    negative.opensList = false
    return [draft, negative]
  }

  /// A thing's subject without the negative that made the statement a prohibition: "No fee shall be
  /// charged" forbids "fee to be charged", not "no fee to be charged".
  static func affirmative(_ subject: String) -> String {
    let lower = subject.lowercased()
    // "No one shall be admitted": anyone.
    for (lead, person) in ClauseLexicon.negativePersons where lower.hasPrefix(lead) {
      return person + subject.dropFirst(lead.count)
    }
    for lead in ClauseLexicon.negativeSubjectLeads where lower.hasPrefix(lead) && subject.count > lead.count {
      return String(subject.dropFirst(lead.count))
    }
    return subject
  }

  /// The conditions and timing of a clause, with their token ranges. A leading condition without a
  /// comma ends where the subject begins: "In the event of a breach the tenant must pay".
  private func conditionsAndTiming(of clause: Clause, in state: SentenceState) -> (
    [(Condition, Range<Int>)], [(Timing, Range<Int>)]
  ) {
    let (sentence, tokens) = (state.sentence, state.tokens)
    // The items of a list written inline after the action hold their own conditions and times: "(a) 3
    // points where meals are provided; (b) 2 points where…".
    let listStart = Self.inlineListStart(tokens, in: clause.match.actionStart..<clause.actionEnd)
    let scope = clause.clauseStart..<max(listStart, clause.match.tokens.upperBound)
    var conditions = ClauseParts.conditions(
      in: tokens, sentence: sentence, range: scope, excluding: clause.match.tokens)
    // "If X then the council must…": the clause starts after "then"; the condition is before it. So
    // with "If the caller is one that a person controls, the service must…", after the comma.
    let then = clause.clauseStart - 1
    let previousEnd = clause.previous?.tokens.upperBound ?? 0
    if then > 0,
      tokens[then].lower == "then"
        || tokens[then].text == "," && then > previousEnd && Self.opensCondition(tokens, previousEnd..<then)
    {
      // "If the specification stipulates that certificates ought to include…, then": the condition
      // holds the trigger before.
      let before = min(previousEnd, state.condition.map(\.lowerBound) ?? previousEnd)..<then
      conditions =
        ClauseParts.conditions(in: tokens, sentence: sentence, range: before, excluding: 0..<0) + conditions
    } else if let condition = state.condition, condition.upperBound + 1 == clause.clauseStart {
      conditions =
        ClauseParts.conditions(in: tokens, sentence: sentence, range: condition, excluding: 0..<0)
        + conditions
    }
    if let subject = clause.subject {
      conditions = conditions.map { condition, range in
        guard range.lowerBound + 1 < subject.range.lowerBound, range.upperBound > subject.range.lowerBound
        else {
          return (condition, range)
        }
        var trimmed = condition
        trimmed.text = ClauseParts.slice(sentence, tokens, range.lowerBound..<subject.range.lowerBound)
        return (trimmed, range.lowerBound..<subject.range.lowerBound)
      }
    }
    return (conditions, ClauseParts.timing(in: tokens, sentence: sentence, range: scope))
  }

  /// The action's words: a parenthetical or one-word condition inside it ("(where practicable)", ", where
  /// possible,", "if possible") is taken out; another condition or a time that follows it ends it.
  private func actionText(
    of clause: Clause, in state: SentenceState, conditions: [Range<Int>], timing: [Range<Int>]
  ) -> String {
    let (sentence, tokens) = (state.sentence, state.tokens)
    let actionRange = clause.match.actionStart..<clause.actionEnd
    var actionCut = actionRange.upperBound
    var removed: [Range<Int>] = []
    for range in conditions where range.lowerBound > actionRange.lowerBound && range.lowerBound < actionCut {
      let before = tokens[range.lowerBound - 1].text
      let after = range.upperBound < tokens.count ? tokens[range.upperBound].text : ""
      if before == "(" && after == ")" {
        removed.append((range.lowerBound - 1)..<(range.upperBound + 1))
      } else if before == ",", after == ",", range.upperBound + 1 < actionCut {
        removed.append((range.lowerBound - 1)..<(range.upperBound + 1))
      } else if ClauseParts.isElliptical(range, tokens), range.upperBound < actionCut {
        // "include a DNS-ID if possible as a baseline for interoperability": the action goes on after it;
        // "may, if possible within 28 days, publish": the aside runs to its closing comma.
        let comma =
          before == "," ? tokens[range.upperBound..<actionCut].firstIndex(where: { $0.text == "," }) : nil
        removed.append(comma.map { (range.lowerBound - 1)..<($0 + 1) } ?? range)
      } else {
        actionCut = range.lowerBound
      }
    }
    for range in timing where range.upperBound >= actionCut - 1 && range.lowerBound > actionRange.lowerBound {
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
    return tidyAction(pieces.map { $0.trimming(" ,") }.filter { !$0.isEmpty }.joined(separator: " "))
  }
}
