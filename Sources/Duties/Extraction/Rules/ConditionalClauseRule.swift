/// A modal inside a conditional clause imposes nothing: "If Landlord shall not so elect, …", "The
/// procedures can be reused if the communities agree to do so".
enum ConditionalClauseRule: ClauseRule {
  static func apply(to clause: inout Clause, in sentence: inout SentenceState, by analyzer: SentenceAnalyzer)
    -> Bool
  {
    let tokens = sentence.tokens
    let trigger = clause.match.tokens.lowerBound
    guard !clause.match.inverted else { return true }
    // "If the board must review it and the council must approve it, …": still inside the condition.
    if let condition = sentence.condition, condition.contains(trigger) { return false }
    guard let start = conditionStart(tokens, in: clause, before: trigger),
      holdsTrigger(tokens, conditionAt: start, trigger: trigger)
    else { return true }
    // "Where the council must consult, it must publish…": the next clause starts after the comma.
    sentence.condition = start..<(firstComma(tokens, after: trigger) ?? clause.match.tokens.upperBound)
    return false
  }

  /// The first comma after `index` outside brackets.
  private static func firstComma(_ tokens: [Token], after index: Int) -> Int? {
    var depth = 0
    for position in index..<tokens.count {
      switch tokens[position].text {
      case "(": depth += 1
      case ")": depth = max(0, depth - 1)
      case "," where depth == 0: return position
      default: continue
      }
    }
    return nil
  }

  /// Where the condition that may hold the trigger starts: at the clause's start ("If the board must…"),
  /// or at the last "if", "where", "when", "unless" or "why" before it in the sentence's stretch since
  /// the trigger before, with no comma, bracket or colon between: at the stretch's start, or after a
  /// main clause's verb ("…can be reused if the communities agree to…", "the reasons why the rule
  /// states that they SHOULD NOT be included").
  private static func conditionStart(_ tokens: [Token], in clause: Clause, before trigger: Int) -> Int? {
    let start = clause.clauseStart
    if start + 1 < trigger, ClauseLexicon.conditionalStarts.contains(tokens[start].lower),
      !tokens[start..<trigger].contains(where: { $0.text == "," })
    {
      return start
    }
    let floor = clause.previous?.tokens.upperBound ?? 0
    var index = trigger - 1
    while index >= floor {
      let text = tokens[index].text
      if text == "," || text == ")" || text == "(" || ClauseLexicon.consequenceWords.contains(text)
        || ClauseLexicon.clauseStartMarks.contains(text)
      {
        return nil
      }
      // "we care only about the fact that the client needs to verify…": a fact stated, not required.
      let asks =
        ClauseParts.asksQuestion(tokens, at: index, floor: floor)
        || ClauseLexicon.complementizers.contains(tokens[index].lower) && index > floor
          && (ClauseLexicon.factNouns.contains(tokens[index - 1].lower)
            || namesAChangedRule(tokens, before: index))
      if asks || ClauseLexicon.heldClauseWords.contains(tokens[index].lower) {
        guard index + 1 < trigger, !closesBefore(tokens, from: index, trigger: trigger) else { return nil }
        // "However, if a manufacturer is required to pay…": only a connective stands before it.
        let opensStretch = tokens[floor..<index].allSatisfy {
          $0.text == "," || ClauseLexicon.leadingFillers.contains($0.lower)
        }
        if index == floor || asks || opensStretch { return index }
        // "The team within a cluster where there is one must…": before a main clause's verb, the
        // condition is inside the subject, and the trigger is the main clause's.
        // "as to how and when a document must be published": a question inside the clause holds it.
        // A verb in a relative clause of the subject ("A person who is resident where…") is not the
        // main clause's, and "This is why councils must…" gives the reason for a duty, not a question.
        let ownStretch = tokens[floor..<index].prefix { !ClauseLexicon.relativeWords.contains($0.lower) }
        let mainVerb =
          ownStretch.contains { ClauseLexicon.clauseVerbs.contains($0.lower) }
          && !(ClauseLexicon.reasonWords.contains(tokens[index].lower)
            && ClauseLexicon.auxiliaries.contains(tokens[index - 1].lower))
        let question = tokens[max(floor, index - 2)..<index].contains {
          ClauseLexicon.questionWords.contains($0.lower)
        }
        return mainVerb || question ? index : nil
      }
      index -= 1
    }
    return nil
  }

  /// Whether the clause at `start` has its own verb and ends at an "and" or "or" just before the
  /// trigger, which the main clause's subject shares: "MUST specify which identifiers are
  /// mandatory-to-implement and SHOULD provide…".
  private static func closesBefore(_ tokens: [Token], from start: Int, trigger: Int) -> Bool {
    ClauseLexicon.conjunctions.contains(tokens[trigger - 1].lower)
      && tokens[(start + 1)..<(trigger - 1)].contains { ClauseLexicon.clauseVerbs.contains($0.lower) }
  }

  /// Whether the condition starting at `start` runs up to the trigger, so the trigger is its verb.
  private static func holdsTrigger(_ tokens: [Token], conditionAt start: Int, trigger: Int) -> Bool {
    let next = tokens[start + 1].lower
    // "When using shared groups you should…", "If requested the council must…", "Where appropriate
    // the board shall…": a condition with no verb of its own, before the main clause (but "If
    // necessary repairs must be made" is a condition with a subject).
    let opensMain =
      start + 2 < trigger
      && (tokens[start + 2].text == "," || PartyLexicon.determiners.contains(tokens[start + 2].lower)
        || ClauseLexicon.subjectPronouns.contains(tokens[start + 2].lower) || tokens[start + 2].isCapitalized)
    if next.hasSuffix("ing")
      || opensMain
        && (ClauseLexicon.verblessConditionWords.contains(next)
          || next.hasSuffix("ed") && TriggerFinder.isParticiple(next))
    {
      return false
    }
    // "In the event that Tenant shall fail…" and "In case the tenant must leave…" hold a clause; "In the
    // event of a breach the tenant must pay", "In order to meet the deadline the council shall…" and "In
    // that case the landlord is required to…" are phrases before the main clause.
    let holdsClause =
      tokens[start].lower != "in"
      || ((start + 1)..<trigger).contains(where: { index in
        // "In that case the landlord must…": "that" points at a case; it opens no clause.
        ClauseLexicon.inClauseMarkers.contains(tokens[index].lower)
          && !(index + 1 < trigger
            && TriggerLexicon.relativeConnectiveNouns.contains(tokens[index + 1].lower))
          || tokens[index].lower == "case" && tokens[index - 1].lower == "in" && index + 1 < tokens.count
            && tokens[index + 1].lower != "of"
      })
    // "If the department has compiled it from other sources it shall seek consent": without the
    // comma, a pronoun after the condition's own verb starts the main clause.
    let pronounStartsMain =
      ClauseLexicon.subjectPronouns.contains(tokens[trigger - 1].lower)
      && tokens[(start + 1)..<(trigger - 1)].contains { ClauseLexicon.auxiliaries.contains($0.lower) }
    return holdsClause && !pronounStartsMain && !nounPhraseStartsMain(tokens, from: start, trigger: trigger)
  }

  /// "where a risk is identified the employer must act": after the condition's own verb, a noun
  /// phrase of a few words right before the trigger is the main clause's subject.
  private static func nounPhraseStartsMain(_ tokens: [Token], from start: Int, trigger: Int) -> Bool {
    let reach = max(start + 2, trigger - ClauseLexicon.mainSubjectReach)
    guard reach < trigger,
      let determiner = (reach..<trigger).last(where: { PartyLexicon.determiners.contains(tokens[$0].lower) }),
      determiner > start + 1
    else { return false }
    let before = tokens[(start + 1)..<determiner]
    return before.contains { ClauseLexicon.auxiliaries.contains($0.lower) }
      && TriggerFinder.isParticiple(tokens[determiner - 1].lower)
  }

  /// Whether the words before a "that" clause name a rule that a change log says was changed: "removed
  /// the requirement that services must use SPF" (not "There is a requirement that visitors must sign").
  private static func namesAChangedRule(_ tokens: [Token], before index: Int) -> Bool {
    guard index >= 2, ClauseLexicon.changedRuleNouns.contains(tokens[index - 1].lower) else { return false }
    return tokens[max(0, index - ClauseLexicon.changedRuleReach)..<(index - 1)].contains {
      ClauseLexicon.ruleChangeVerbs.contains($0.lower)
    }
  }
}
