/// Decides which aspects of a matched pair of obligations changed.
enum ChangeClassifier {
  /// The strength of an obligation on a finer scale than its kind: "is encouraged to" is weaker
  /// than "should", which is weaker than "must".
  static func level(_ obligation: Obligation) -> Double {
    if obligation.kind == .haveRegard { return 1.5 }
    var level = Double(obligation.kind.strength)
    let trigger = obligation.trigger.text.lowercased()
    if obligation.kind.strength == 1,
      ComparisonLexicon.softTriggerWords.contains(where: trigger.contains)
    {
      level -= 0.5
    }
    return level
  }

  /// What changed between a matched pair, notes that say it in words, and the word diff of the two
  /// sentences when it was needed to decide (so that it is not made twice).
  static func classify(
    old normalizedOld: NormalizedObligation, new normalizedNew: NormalizedObligation,
    anchors: SectionAligner.SectionMap, successions: BearerSuccession, imperatives: ImperativeForce = .none
  ) -> (aspects: [ObligationChange.Kind], notes: [String], wordDiff: [WordDiff.Segment]?) {
    let old = normalizedOld.obligation
    let new = normalizedNew.obligation
    var notes: [String] = []
    var aspects = aspects(old: normalizedOld, new: normalizedNew, anchors: anchors)
    // "should" ↔ an instruction, where the document keeps "must" for what is mandatory: the same force.
    if aspects.contains(where: { $0 == .strengthened || $0 == .weakened }), min(level(old), level(new)) == 1,
      let note = imperatives.sameForceNote(old: old, new: new)
    {
      aspects.removeAll { $0 == .strengthened || $0 == .weakened }
      if aspects.filter({ $0 != .moved }).isEmpty { aspects = ([.reworded] + aspects).sorted() }
      notes.append(note)
    }
    if let index = aspects.firstIndex(of: .bearerChanged) {
      let renamed = BearerRename.notes(old: old, new: new, successions: successions)
      if let renamed {
        aspects[index] = .bearerRenamed
        notes += renamed
      } else {
        notes += BearerRename.abolitions(old: old, new: new, successions: successions)
      }
    }
    if aspects.contains(.timingChanged) {
      notes += TimingChange.notes(old: old.timing, new: new.timing)
      if let direction = TimingChange.direction(old: old.timing, new: new.timing, kind: new.kind),
        old.kind == new.kind, !aspects.contains(direction)
      {
        aspects.append(direction)
      }
    }
    // Numbers and reversed conditions are substance, whatever else the sentence says.
    var wordDiff: [WordDiff.Segment]?
    if normalizedOld.key != normalizedNew.key {
      let diff = WordDiff.diff(old.sentence, new.sentence)
      wordDiff = diff
      let quantities = QuantityChange.assess(old: old, new: new, diff: diff)
      let reversals = ConditionReversal.notes(old: old, new: new, diff: diff)
      // Examples that become required content bind more only where something is required.
      let examples =
        old.kind == new.kind && ComparisonLexicon.requiringKinds.contains(new.kind)
        ? ExampleListChange.assess(diff) : nil
      let found =
        quantities.aspects + (reversals.isEmpty ? [] : [.conditionsChanged])
        + (examples.map { [$0.aspect] } ?? [])
      if !found.isEmpty {
        aspects.removeAll { $0 == .reworded }
        // An action that differs only in the numbers judged above has no other change.
        if quantities.aspects.contains(where: { $0 != .actionChanged }),
          normalizedOld.action.map(Self.maskingNumbers) == normalizedNew.action.map(Self.maskingNumbers)
        {
          aspects.removeAll { $0 == .actionChanged }
        }
        for aspect in found where !aspects.contains(aspect) { aspects.append(aspect) }
      }
      notes += quantities.notes + reversals + (examples.map { [$0.note] } ?? [])
    }
    // The same words pointing at another provision: a change, unless the target was renumbered.
    let retargets = ReferenceRetarget.notes(old: old, new: new, anchors: anchors)
    if !retargets.isEmpty {
      aspects.removeAll { $0 == .reworded }
      aspects.append(.referenceChanged)
      notes += retargets
    }
    // A proposed duty that arrives as a recommendation has advanced, but less than was proposed.
    if aspects.contains(.advanced), let proposed = old.proposed, !new.kind.isPolicy,
      level(of: new.kind) < level(of: proposed)
    {
      notes.append("weaker than proposed: \(proposed.rawValue) → \(new.kind.rawValue)")
    }
    return (aspects.sorted(), notes, wordDiff)
  }

  static func aspects(
    old normalizedOld: NormalizedObligation, new normalizedNew: NormalizedObligation,
    anchors: SectionAligner.SectionMap
  )
    -> [ObligationChange.Kind]
  {
    let old = normalizedOld.obligation
    let new = normalizedNew.obligation
    var aspects: [ObligationChange.Kind] = []
    if old.kind.stage != new.kind.stage {
      // A proposal that became a commitment, or a commitment now in force, has advanced.
      aspects.append(new.kind.stage > old.kind.stage ? .advanced : .weakened)
    } else {
      let oldLevel = old.kind.isPolicy ? old.proposed.map { level(of: $0) } ?? 0 : level(old)
      let newLevel = new.kind.isPolicy ? new.proposed.map { level(of: $0) } ?? 0 : level(new)
      if newLevel > oldLevel { aspects.append(.strengthened) }
      if newLevel < oldLevel { aspects.append(.weakened) }
    }
    // "PCT" and "primary care trust" are one bearer, whether or not a document defines the acronym.
    // Each comparison is skipped when the two sides are written the same (most pairs).
    let oldParties = old.bearer?.bound ?? []
    let newParties = new.bearer?.bound ?? []
    if oldParties != newParties {
      let oldKeys = Set(oldParties.map(BearerSuccession.key))
      let newKeys = Set(newParties.map(BearerSuccession.key))
      // A passive with no agent and an imperative both leave the one who acts to the reader.
      let bothReader = oldKeys.union(newKeys) == ["reader"] && (oldKeys.isEmpty || newKeys.isEmpty)
      if oldKeys != newKeys, !bothReader { aspects.append(.bearerChanged) }
    }
    if old.conditions != new.conditions, conditionsDiffer(old: old, new: new) {
      aspects.append(.conditionsChanged)
    }
    if old.timing != new.timing,
      Set(old.timing.map { EditorialNormalizer.key($0.text) })
        != Set(new.timing.map { EditorialNormalizer.key($0.text) })
    {
      aspects.append(.timingChanged)
    }
    // A trailing list of examples ("…, including joint directors") added or dropped is wording: the
    // word diff shows it.
    let oldAction = normalizedOld.core
    let newAction = normalizedNew.core
    let sameSentence = nearlyEqual(normalizedOld.words, normalizedNew.words)
    // A duty that became a prohibition, a permission an exemption or a right withheld: another kind
    // on the same level changed what is required.
    let kindChangedOnLevel =
      old.kind != new.kind && old.kind.stage == new.kind.stage && level(old) == level(new)
    // "Check the names" → "Only check the names": a word of scope is substance, however small.
    let scopeChanged = !Set(oldAction).symmetricDifference(newAction).isDisjoint(
      with: ComparisonLexicon.scopeWords)
    // A reason is left out of the comparison ("…, because X"), but one reason given for another is a change.
    let reasonChanged =
      reason(normalizedOld.action).map { old in reason(normalizedNew.action).map { $0 != old } ?? false }
      ?? false
    if kindChangedOnLevel || scopeChanged || reasonChanged
      || !nearlyEqual(oldAction, newAction) && !PronounSubstitution.isOnly(oldAction, newAction)
        && likeness(old: normalizedOld, new: normalizedNew) < (aspects.contains(.bearerChanged) ? 0.5 : 0.7)
    {
      aspects.append(.actionChanged)
    }
    if anchors.isMove(
      from: normalizedOld.anchor, to: normalizedNew.anchor, offset: old.location.offset)
    {
      aspects.append(.moved)
    }
    if aspects.filter({ $0 != .moved }).isEmpty, !sameSentence { aspects.append(.reworded) }
    return aspects.sorted()
  }

  /// Whether two obligations' conditions differ in substance: pointers ("({{wildcards}})" → "given
  /// below") and bracketed examples are wording, and a condition that says what the other side's
  /// heading said ("### SRV-ID" → "If the identifier is an SRV-ID") restates it.
  static func conditionsDiffer(old: Obligation, new: Obligation) -> Bool {
    func keys(_ obligation: Obligation) -> Set<[String]> {
      Set(
        obligation.conditions.map {
          EditorialNormalizer.withoutExampleBrackets(
            EditorialNormalizer.withoutPointers(EditorialNormalizer.words($0.text)))
        })
    }
    let oldKeys = keys(old)
    let newKeys = keys(new)
    guard oldKeys != newKeys else { return false }
    var added = newKeys.subtracting(oldKeys).filter { !restatesHeading($0, of: old, under: new) }
    var dropped = oldKeys.subtracting(newKeys).filter { !restatesHeading($0, of: new, under: old) }
    // "If the client is an interactive client that…" → "If the client is one that…": the same condition.
    if added.count == 1, dropped.count == 1, PronounSubstitution.isOnly(dropped.first!, added.first!) {
      added = []
      dropped = []
    }
    // "If a provider offering several services wishes to…" → "If a provider offers several services
    // and wishes to…": the same content words, negation and figures.
    for condition in dropped {
      if let same = added.first(where: { sameContent(condition, $0) }) {
        dropped.remove(condition)
        added.remove(same)
      }
    }
    return !added.isEmpty || !dropped.isEmpty
  }

  /// Whether two conditions' words differ only in endings, articles and the "and" that joins two verbs:
  /// the same words in the same order otherwise (at least three), so that "the landlord notifies the
  /// tenant" → "the tenant notifies the landlord" and "a resident and a carer" → "a resident or a carer"
  /// stay changes.
  static func sameContent(_ a: [String], _ b: [String]) -> Bool {
    func stems(_ words: [String]) -> [String] {
      words.filter { !ComparisonLexicon.ignoredConditionWords.contains($0) }.map { word in
        for suffix in ComparisonLexicon.stemSuffixes
        where word.count - suffix.count >= 3 && word.hasSuffix(suffix) {
          return String(word.dropLast(suffix.count))
        }
        return word
      }
    }
    let first = stems(a)
    return first.count >= 3 && first == stems(b)
  }

  /// Whether a condition's words name the last heading `other` stood under, a heading that the
  /// condition's own obligation no longer has, and at most one word more that only says what is
  /// classed ("If the identifier is an SRV-ID", not "If it is a large charity"): the heading became the
  /// condition. A condition that negates ("If it is not an emergency", "Except in emergencies") never
  /// restates a heading.
  static func restatesHeading(_ condition: [String], of other: Obligation, under own: Obligation) -> Bool {
    guard let heading = other.section.components(separatedByBytes: " › ").last,
      !own.section.components(separatedByBytes: " › ").contains(heading)
    else { return false }
    func content(_ words: [String]) -> Set<String> {
      Set(words.filter { !ComparisonLexicon.functionWords.contains($0) }.map(PartyLexicon.singularize))
    }
    let headingWords = content(EditorialNormalizer.words(heading))
    let conditionWords = content(condition)
    guard !condition.contains(where: ComparisonLexicon.negatingWords.contains),
      conditionWords.subtracting(headingWords).isSubset(of: ComparisonLexicon.classifierNouns)
    else { return false }
    return headingWords.contains { $0.contains(where: \.isLetter) }
      && headingWords.isSubset(of: conditionWords)
      && conditionWords.count <= headingWords.count + 1
  }

  /// What two actions' core words share, on all the words or on the content words alone ("the", "a" and
  /// list labels carry none), whichever finds them the closer; an acronym on one side and the words it
  /// stands for on the other ("DoS", "denial-of-service") are one word.
  ///
  /// An action cut at a colon that its sentence goes on after in words ("enforce this in the repo
  /// settings: under Actions select…") is compared with the rest of the sentence, on both sides.
  static func likeness(old: NormalizedObligation, new: NormalizedObligation) -> Double {
    var (oldCore, newCore) = (old.core, new.core)
    let (oldAction, newAction) = (actionRange(old.obligation), actionRange(new.obligation))
    if stopsAtColon(old.obligation, oldAction) || stopsAtColon(new.obligation, newAction) {
      oldCore = fromAction(old.obligation, oldAction) ?? oldCore
      newCore = fromAction(new.obligation, newAction) ?? newCore
    }
    let oldWords = AcronymFold.folded(oldCore, against: newCore, text: new.obligation.action)
    let newWords = AcronymFold.folded(newCore, against: oldCore, text: old.obligation.action)
    return max(
      jaccard(Set(oldWords), Set(newWords)), jaccard(contentWords(oldWords), contentWords(newWords)))
  }

  /// Whether an obligation's action stops at a colon that its sentence goes on after in words, not
  /// with a list or a new sentence ("…repo settings: under Actions select…").
  static func stopsAtColon(_ obligation: Obligation) -> Bool {
    stopsAtColon(obligation, actionRange(obligation))
  }

  /// Where an obligation's action stands in its sentence, as written; `nil` when the sentence does not
  /// hold it.
  private static func actionRange(_ obligation: Obligation) -> Range<String.Index>? {
    obligation.action.isEmpty ? nil : obligation.sentence.range(of: obligation.action)
  }

  private static func stopsAtColon(_ obligation: Obligation, _ action: Range<String.Index>?) -> Bool {
    guard let range = action else { return false }
    let rest = obligation.sentence[range.upperBound...].drop { $0 == "`" || $0 == "*" }
    guard rest.first == ":" else { return false }
    return rest.dropFirst().first { !$0.isWhitespace }?.isLowercase == true
  }

  /// The normalised words of an obligation's sentence from its action (at `action`) on; `nil` when the
  /// sentence does not hold the action as written.
  private static func fromAction(_ obligation: Obligation, _ action: Range<String.Index>?) -> [String]? {
    guard let range = action else { return nil }
    return EditorialNormalizer.words(String(obligation.sentence[range.lowerBound...]))
  }

  /// The stems of an action's words that carry its content: no function words, no list labels
  /// ("disables" and "disable" are one word).
  static func contentWords(_ words: [String]) -> Set<String> {
    ObligationAligner.stems(words.filter { $0 != "(#)" })
  }

  /// The words of an action's reason, from "because" on; `nil` when it gives none.
  static func reason(_ words: [String]) -> ArraySlice<String>? {
    words.firstIndex(of: ComparisonLexicon.reasonLead).map { words[$0...] }
  }

  /// A word with any number in it replaced by `#`.
  static func maskingNumbers(_ word: String) -> String {
    word.contains(where: \.isNumber) ? "#" : word
  }

  static func level(of kind: ObligationKind) -> Double {
    kind == .haveRegard ? 1.5 : Double(kind.strength)
  }

  /// Equal, or different only by a small typing correction in one word ("arrangments" → "arrangements").
  static func nearlyEqual(_ a: [String], _ b: [String]) -> Bool {
    if a == b { return true }
    guard a.count == b.count else { return false }
    let differing = zip(a, b).filter { $0 != $1 }
    guard differing.count == 1, let (x, y) = differing.first else { return false }
    // A changed number is never a typing slip: "£250,000" → "£400,000".
    if x.contains(where: \.isNumber) || y.contains(where: \.isNumber) { return false }
    return editDistance(x, y) <= 2 && min(x.count, y.count) >= 5
  }

  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    var previous = Array(0...b.count)
    for i in 1...max(1, a.count) where !a.isEmpty {
      var current = [i] + [Int](repeating: 0, count: b.count)
      for j in 1...max(1, b.count) where !b.isEmpty {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return a.isEmpty ? b.count : previous[b.count]
  }
}
