/// The structure of a clause around a trigger: where it starts, its subject, where its action ends,
/// and whether it shares the subject of the clause before.
extension SentenceAnalyzer {
  /// The position of the last token before `index` that is not an adverb ("and shall also ensure"),
  /// or nil at the start of the sentence.
  static func positionBefore(_ tokens: [Token], _ index: Int) -> Int? {
    var position = index - 1
    while position >= 0, TriggerLexicon.adverbs.contains(tokens[position].lower) { position -= 1 }
    return position >= 0 ? position : nil
  }

  /// Whether a trigger continues the subject of the one before ("must assess and must publish").
  func sharesSubject(_ tokens: [Token], _ index: Int, previous: TriggerFinder.Match?) -> Bool {
    guard let position = Self.positionBefore(tokens, index),
      ClauseLexicon.sharedSubjectLinks.contains(tokens[position].lower)
    else { return false }
    return previous != nil || position == 0
  }

  /// Whether "and", "or" or "but" stands right before a trigger: "…, and shall ensure".
  static func followsConjunction(_ tokens: [Token], _ index: Int) -> Bool {
    positionBefore(tokens, index).map { ClauseLexicon.joiners.contains(tokens[$0].lower) } ?? false
  }

  func clauseStart(_ tokens: [Token], before index: Int, previous: TriggerFinder.Match?) -> Int {
    var position = index - 1
    let floor = previous?.tokens.upperBound ?? 0
    while position >= floor {
      let text = tokens[position].lower
      if ClauseLexicon.clauseStartMarks.contains(text) { return position + 1 }
      // "If the technology does not use SRV records then its specification MUST…".
      if text == "then", position > floor, Self.opensCondition(tokens, floor..<position) {
        return position + 1
      }
      if ClauseLexicon.joiners.contains(text), position > 0, tokens[position - 1].text == ",", previous != nil
      {
        return position + 1
      }
      // "agrees that the Landlord shall": a complementiser, followed by a new subject.
      // "states that they SHOULD NOT…" (not "the information that we hold … must").
      if text == "that", position + 1 < index,
        PartyLexicon.determiners.contains(tokens[position + 1].lower) || tokens[position + 1].isCapitalized
          || ClauseLexicon.subjectPronouns.contains(tokens[position + 1].lower)
            && tokens[(position + 2)..<index].allSatisfy({ TriggerFinder.isAdverb($0.lower) })
      {
        return Self.conditionEnd(tokens, that: position, floor: floor, trigger: index) ?? position + 1
      }
      position -= 1
    }
    return floor
  }

  /// Whether the first word of `range` opens a condition: "if", "where", "when"….
  static func opensCondition(_ tokens: [Token], _ range: Range<Int>) -> Bool {
    tokens[range].first(where: \.isWord).map { ClauseLexicon.ifWords.contains($0.lower) } == true
  }

  /// "If the caller is one that a person controls, the service must": a short "that" clause inside a
  /// condition ends at the one comma before the trigger, where the main clause starts. `nil` when the
  /// stretch does not open with a condition's word, or its commas are more or bracketed (an aside, a
  /// name with a comma in it).
  static func conditionEnd(_ tokens: [Token], that position: Int, floor: Int, trigger: Int) -> Int? {
    guard opensCondition(tokens, floor..<position),
      let comma = tokens[(position + 1)..<trigger].firstIndex(where: { $0.text == "," }),
      comma - position <= ClauseLexicon.conditionThatClauseReach,
      !tokens[(position + 1)..<comma].contains(where: { $0.text == "(" }),
      !tokens[(comma + 1)..<trigger].contains(where: { $0.text == "," })
    else { return nil }
    return comma + 1
  }

  func actionEnd(_ tokens: [Token], from start: Int, nextTrigger: Int) -> Int {
    var index = start
    // "may make provision— (a) as to the form…; (b) imposing duties…": a list written inline after its
    // lead-in is the action's, its items' semicolons included.
    var inList = false
    while index < tokens.count {
      let text = tokens[index].text
      if Self.leadsInlineList(tokens, at: index) {
        inList = true
        index += 1
        continue
      }
      if inList, text == ";" {
        index += 1
        continue
      }
      if ClauseLexicon.actionEndMarks.contains(text) || text == "." && index == tokens.count - 1 {
        return index
      }
      if text == ",", index + 1 < tokens.count, ClauseLexicon.joiners.contains(tokens[index + 1].lower),
        nextTrigger < tokens.count, nextTrigger > index,
        !Self.joinsLater(tokens, from: index + 2, before: nextTrigger)
      {
        return index
      }
      if index >= nextTrigger { return subjectBoundary(tokens, before: nextTrigger, after: start) }
      index += 1
    }
    return tokens.count
  }

  /// Whether a later "but" or ", and" joins the next trigger, so that the one before is inside a list:
  /// "may fund a school, a library, or a park but must not fund…".
  private static func joinsLater(_ tokens: [Token], from start: Int, before trigger: Int) -> Bool {
    guard start < trigger else { return false }
    for index in start..<trigger {
      if tokens[index].lower == "but" { return true }
      if tokens[index].text == ",", index + 1 < trigger,
        ClauseLexicon.joiners.contains(tokens[index + 1].lower)
      {
        return true
      }
    }
    return false
  }

  /// Where the subject of the next trigger begins, so the action does not swallow it.
  private func subjectBoundary(_ tokens: [Token], before trigger: Int, after start: Int) -> Int {
    var index = trigger - 1
    while index > start {
      if ClauseLexicon.subjectBoundaries.contains(tokens[index].lower) { return index }
      index -= 1
    }
    return trigger
  }

  /// Where the subject of a second trigger starts after "and", "or" or "but" that ends the first
  /// action ("must publish the plan and the board must approve it"): after the nearest such word
  /// whose words up to the trigger read as a subject, at most ``ClauseLexicon/joinedSubjectWords``
  /// long. A subject opens with a determiner, a pronoun or a capital, or, failing one further back
  /// that does ("and an officer or employee of the agency shall…"), ends with an actor noun
  /// ("inspectors"). It holds no comma, bracket, relative word or "as" ("options which reduce or
  /// eliminate such impacts should…", "such terms and conditions as the Secretary may prescribe").
  static func joinedSubjectStart(_ tokens: [Token], after start: Int, trigger: Int) -> Int? {
    guard trigger >= 2, !ClauseLexicon.joiners.contains(tokens[trigger - 1].lower),
      !ClauseLexicon.joinedSubjectStops.contains(tokens[trigger - 1].lower)
    else { return nil }
    var fallback: Int?
    var index = trigger - 2
    while index > start, trigger - index <= ClauseLexicon.joinedSubjectWords + 1 {
      let word = tokens[index].lower
      // "… and (ii) the annual rent shall…": past the item's marker to the "and" before it.
      if word == ")", index - 3 > start, ClauseLexicon.joiners.contains(tokens[index - 3].lower),
        Self.afterItemMarker(tokens, at: index - 2, before: trigger) == index + 1
      {
        index -= 3
        continue
      }
      if ClauseLexicon.joinedSubjectStops.contains(word) { break }
      if ClauseLexicon.joiners.contains(word) {
        // "… and (ii) the annual rent shall…": the subject starts after the item's marker.
        let opening = Self.afterItemMarker(tokens, at: index + 1, before: trigger) ?? index + 1
        let first = tokens[opening]
        if first.isWord,
          PartyLexicon.determiners.contains(first.lower)
            || ClauseLexicon.subjectPronouns.contains(first.lower) || first.isCapitalized
        {
          return opening
        }
        if fallback == nil, let last = tokens[(index + 1)..<trigger].last(where: \.isWord),
          PartyLexicon.isActorHead(last.lower)
        {
          fallback = index + 1
        }
      }
      index -= 1
    }
    return fallback
  }

  /// The subject before a trigger: the last comma-separated piece that is not an adverbial.
  func subject(_ tokens: [Token], _ sentence: String, from start: Int, to end: Int) -> (
    text: String, range: Range<Int>
  )? {
    guard start < end else { return nil }
    let segments = Self.commaSegments(tokens, from: start, to: end)
    if let last = segments.last, let verb = Self.firstPredicate(tokens, last),
      segments.count == 1 || !isNounList(tokens, segments[0])
    {
      return trimmedSubject(tokens, sentence, last.lowerBound..<verb)
    }
    if let decided = listedSubject(tokens, sentence, segments, end: end) { return decided }
    // "No person, other than a licensed importer, …, shall": the subject is the party before the aside.
    if segments.count > 2, segments[1].count >= 2, tokens[segments[1].lowerBound].lower == "other",
      tokens[segments[1].lowerBound + 1].lower == "than", !segments[0].isEmpty
    {
      return trimmedSubject(tokens, sentence, segments[0])
    }
    for (position, segment) in segments.enumerated().reversed() where !segment.isEmpty {
      switch segmentSubject(tokens, segment, position: position, isOnly: segments.count == 1) {
      case .subject(let range): return trimmedSubject(tokens, sentence, range)
      case .skip: continue
      }
    }
    return nil
  }

  /// "it is not a valid entry and MUST be ignored": a piece that ends with "and" after a verb of its
  /// own is a short subject and a first predicate; the subject ends at that verb. Not when the verb
  /// belongs to a relative clause or aside inside the subject ("any person against whom the tax is
  /// assessed and who…").
  private static func firstPredicate(_ tokens: [Token], _ segment: Range<Int>) -> Int? {
    guard segment.count > 3, ClauseLexicon.conjunctions.contains(tokens[segment.upperBound - 1].lower),
      tokens[segment.lowerBound].isWord, !ClauseLexicon.adverbials.contains(tokens[segment.lowerBound].lower)
    else { return nil }
    for index in (segment.lowerBound + 1)..<min(segment.upperBound - 2, segment.lowerBound + 7) {
      let word = tokens[index].lower
      if ClauseLexicon.auxiliaries.contains(word) { return index }
      if !tokens[index].isWord || ClauseLexicon.relativeWords.contains(word) { return nil }
    }
    return nil
  }

  /// The pieces between the commas of `start..<end` that are outside brackets.
  private static func commaSegments(_ tokens: [Token], from start: Int, to end: Int) -> [Range<Int>] {
    var segments: [Range<Int>] = []
    var segmentStart = start
    var depth = 0
    for index in start..<end {
      let text = tokens[index].text
      if text == "(" { depth += 1 }
      if text == ")" { depth = max(0, depth - 1) }
      if text == ",", depth == 0 {
        segments.append(segmentStart..<index)
        segmentStart = index + 1
      }
    }
    segments.append(segmentStart..<end)
    return segments
  }

  /// A list of parties separated by commas is one subject ("SHAs, PCT clusters, PCTs and councils"),
  /// also when a comma closes it ("Tenant, its agents and employees, will not…"); a sentence adverb or
  /// aside before it is not a party ("Alternatively, a State, a local body or an agency may…",
  /// "Using GAF, holders may…").
  ///
  /// `nil` when the pieces are not such a list; `.some(nil)` when they are, but give no subject.
  private func listedSubject(_ tokens: [Token], _ sentence: String, _ segments: [Range<Int>], end: Int) -> (
    text: String, range: Range<Int>
  )?? {
    var listed = segments.last?.isEmpty == true ? segments.dropLast() : segments[...]
    if let first = listed.first,
      Self.startsAside(tokens, first) || first.count == 1 && Self.isAdverbial(tokens[first.lowerBound].lower)
    {
      listed = listed.dropFirst()
      if listed.count == 1, let only = listed.first, isNounList(tokens, only) {
        return .some(trimmedSubject(tokens, sentence, only))
      }
    }
    if listed.count > 1, listed.allSatisfy({ isNounList(tokens, $0) }),
      !listed.dropFirst().contains(where: { Self.startsAside(tokens, $0) })
    {
      return .some(trimmedSubject(tokens, sentence, listed.first!.lowerBound..<end))
    }
    return nil
  }

  /// What one comma-separated piece before a trigger gives as its subject.
  private enum SegmentSubject {
    case subject(Range<Int>)
    case skip
  }

  /// Whether a comma-separated piece is an aside: "such as DNS-IDs", "for example X", "as described in
  /// section 6" ("as" and a participle).
  private static func opensAside(_ tokens: [Token], _ segment: Range<Int>) -> Bool {
    guard segment.count > 1 else { return false }
    let (first, second) = (tokens[segment.lowerBound].lower, tokens[segment.lowerBound + 1].lower)
    return ClauseLexicon.subjectAsidePairs.contains([first, second])
      || first == "as" && second.count > 4 && second.hasSuffix("ed")
  }

  /// The subject in one comma-separated piece (looked at from the last), or `.skip` to look at the
  /// piece before it.
  private func segmentSubject(_ tokens: [Token], _ segment: Range<Int>, position: Int, isOnly: Bool)
    -> SegmentSubject
  {
    // "the parties, intending to be legally bound, agree": a participle phrase after the subject.
    if position > 0,
      tokens[segment.lowerBound].lower.hasSuffix("ing") || tokens[segment.lowerBound].lower.hasSuffix("ed")
    {
      return .skip
    }
    // "the ways in which a local authority may", "persons with whom the council may"; not "Each body to
    // whom this section applies must", whose relative clause ends before the modal.
    if let relative = segment.last(where: { ClauseLexicon.objectRelatives.contains(tokens[$0].lower) }),
      relative + 1 < segment.upperBound,
      PartyLexicon.determiners.contains(tokens[relative + 1].lower) || tokens[relative + 1].isCapitalized,
      !ClauseLexicon.scopeVerbs.contains(tokens[segment.upperBound - 1].lower)
    {
      return .subject((relative + 1)..<segment.upperBound)
    }
    let first = tokens[segment.lowerBound].lower
    if let afterDate = Self.afterDatePhrase(tokens, segment) {
      return .subject(afterDate..<segment.upperBound)
    }
    if ClauseLexicon.adverbials.contains(first), segment.count > 1,
      ClauseLexicon.subjectPronouns.contains(tokens[segment.upperBound - 1].lower)
    {
      // "When using shared Google Groups you should ensure": the pronoun before the modal.
      return .subject((segment.upperBound - 1)..<segment.upperBound)
    }
    // "Credit institutions, other than those referred to in paragraph 1, shall": an exception inside
    // the subject is not the subject.
    if position > 0,
      first == "other" && segment.count > 1 && tokens[segment.lowerBound + 1].lower == "than"
        || ClauseLexicon.subjectExceptionStarts.contains(first) || Self.opensAside(tokens, segment)
    {
      return .skip
    }
    guard ClauseLexicon.adverbials.contains(first) else { return .subject(segment) }
    // "In the meantime the council must": the last noun phrase that starts with a determiner.
    if isOnly,
      let start = segment.reversed().prefix(8).first(where: {
        ClauseLexicon.nounPhraseDeterminers.contains(tokens[$0].lower)
      }),
      start > segment.lowerBound
    {
      return .subject(start..<segment.upperBound)
    }
    return .skip
  }

  /// Where the subject starts after a leading date phrase without a comma: "From April 2007 PCTs
  /// must" (not "In the meantime": a month or a number must be among the words passed over).
  private static func afterDatePhrase(_ tokens: [Token], _ segment: Range<Int>) -> Int? {
    guard ClauseLexicon.datePhraseStarts.contains(tokens[segment.lowerBound].lower) else { return nil }
    var cursor = segment.lowerBound + 1
    var sawDate = false
    while cursor < segment.upperBound,
      TimingLexicon.months.contains(tokens[cursor].lower) || tokens[cursor].lower.allSatisfy(\.isNumber)
        || ClauseLexicon.datePhraseWords.contains(tokens[cursor].lower)
    {
      sawDate =
        sawDate || TimingLexicon.months.contains(tokens[cursor].lower)
        || tokens[cursor].lower.allSatisfy(\.isNumber) || tokens[cursor].lower == "year"
      cursor += 1
    }
    guard sawDate, cursor > segment.lowerBound + 1, cursor < segment.upperBound,
      segment.upperBound - cursor <= 8
    else { return nil }
    return cursor
  }

  /// Whether a word alone before a comma is an adverb of the sentence ("Further,", "Alternatively,").
  static func isAdverbial(_ word: String) -> Bool {
    TriggerFinder.isAdverb(word)
      || ClauseLexicon.sentenceAdverbs.contains(word)
  }

  /// Whether a comma-separated piece is an aside rather than another party: "together with …", "other
  /// than …", "whether sealed or not", "acting through …".
  static func startsAside(_ tokens: [Token], _ range: Range<Int>) -> Bool {
    guard let first = range.first.map({ tokens[$0].lower }) else { return false }
    // "Based upon such evaluation" is an aside; "licensed manufacturer" and "Provided," are not.
    let next = range.count > 1 ? tokens[range.lowerBound + 1].lower : ""
    return ClauseLexicon.asideStarts.contains(first)
      || first.count > 4
        && (first.hasSuffix("ing") || first.hasSuffix("ed") && PartyLexicon.prepositions.contains(next))
  }

  private func isNounList(_ tokens: [Token], _ range: Range<Int>) -> Bool {
    guard !range.isEmpty, range.count <= 9 else { return false }
    // "in conducting such review", "and with other authorities": a phrase, not a party.
    let lead =
      ClauseLexicon.conjunctions.contains(tokens[range.lowerBound].lower) && range.count > 1
      ? range.lowerBound + 1 : range.lowerBound
    if PartyLexicon.prepositions.contains(tokens[lead].lower) { return false }
    // "title 10, United States Code, the Secretary": a citation or a date is not a party.
    if tokens[range].contains(where: {
      DeonticLexicon.documentNouns.contains($0.lower) || $0.lower.allSatisfy(\.isNumber)
    }) {
      return false
    }
    return !ClauseLexicon.adverbials.contains(tokens[range.lowerBound].lower)
      && tokens[range].allSatisfy { $0.isWord || $0.text == "'" }
      // "fail to pay, the landlord may": a verb phrase before the comma is not a party.
      && !tokens[range].contains {
        ClauseLexicon.verbPhraseWords.contains($0.lower)
      }
  }

  /// Whether the last token of `range` closes a quotation opened inside it: "such ad-hoc "pinning"".
  private static func closesQuote(_ tokens: [Token], _ range: Range<Int>) -> Bool {
    let last = tokens[range.upperBound - 1].text
    switch last {
    case "\"": return tokens[range.dropLast()].contains { $0.text == "\"" }
    case "”": return tokens[range.dropLast()].contains { $0.text == "“" }
    default: return false
    }
  }

  private func trimmedSubject(_ tokens: [Token], _ sentence: String, _ range: Range<Int>) -> (
    text: String, range: Range<Int>
  )? {
    var lower = range.lowerBound
    var upper = range.upperBound
    // A currency sign before its amount stays: "£2,500,000 shall be for…".
    while lower < upper,
      ClauseLexicon.leadingFillers.contains(tokens[lower].lower)
        || !tokens[lower].isWord && tokens[lower].text != "("
          && !(ClauseLexicon.currencySigns.contains(tokens[lower].text) && lower + 1 < upper
            && tokens[lower + 1].isWord)
    {
      lower += 1
    }
    // A list label before the subject: "(i) the receiving party".
    if lower + 2 < upper, Self.isItemMarker(tokens, at: lower) { lower += 3 }
    // Drop a condition inside the subject: "the team within a cluster where there is a Care Trust".
    for index in lower..<upper where ClauseLexicon.ifWords.contains(tokens[index].lower) && index > lower {
      upper = index
      break
    }
    while upper > lower, !tokens[upper - 1].isWord, tokens[upper - 1].text != ")",
      !Self.closesQuote(tokens, lower..<upper)
    {
      upper -= 1
    }
    // An adverb between the subject and the modal: "Tenant promptly shall pay", "Tenant hereby agrees".
    while upper - 1 > lower, Self.isTrailingAdverb(tokens[upper - 1], after: tokens[upper - 2]) { upper -= 1 }
    guard lower < upper else { return nil }
    // A long stretch with a finite verb is not a noun phrase.
    if upper - lower > 30 { return nil }
    return (ClauseParts.slice(sentence, tokens, lower..<upper), lower..<upper)
  }

  /// After a negative inversion's subject, a duty it is released from: "(In no event shall Landlord) be
  /// obligated to", "be liable for", "have any obligation to". The token where the action starts, or nil.
  static func releasedDuty(_ tokens: [Token], at index: Int) -> Int? {
    guard index + 1 < tokens.count else { return nil }
    var next = index + 1
    switch tokens[index].lower {
    case "be":
      guard DeonticLexicon.bearerParticiples[tokens[next].lower] == .duty else { return nil }
    case "have":
      guard next + 1 < tokens.count, tokens[next].lower == "any",
        ClauseLexicon.releasedDutyNouns.contains(tokens[next + 1].lower)
      else { return nil }
      next += 1
    default:
      return nil
    }
    next += 1
    if next < tokens.count, ClauseLexicon.releasedDutyComplements.contains(tokens[next].lower) { next += 1 }
    return next
  }

  /// Whether a word ending a subject is an adverb before the verb, not part of the noun phrase: one of
  /// a closed list, or a lower-case "-ly" word after a capitalised name ("Tenant promptly").
  static func isTrailingAdverb(_ token: Token, after previous: Token) -> Bool {
    if ClauseLexicon.subjectAdverbs.contains(token.lower) { return true }
    return previous.isCapitalized && !token.isCapitalized && TriggerFinder.isAdverb(token.lower)
      && !ClauseLexicon.lyNouns.contains(token.lower)
  }
}
