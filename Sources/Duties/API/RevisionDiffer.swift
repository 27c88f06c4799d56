/// Compares the obligations of two versions of a document.
///
/// Sections are aligned first by content, then obligations within and across them: identical
/// sentences, then the most similar by sentence, action and bearer. Editorial noise (amendment
/// markers, insertion brackets, quotes, white space, list labels, cross-reference numbers, one-word
/// typing corrections) is not a change.
public struct RevisionDiffer: Sendable {
  /// Which bodies succeeded which, so a duty now borne by a successor body is reported as
  /// `bearer-renamed` rather than `bearer-changed`.
  public var successions: BearerSuccession
  /// Whether obligations that did not change are listed, with kind `unchanged`. Leaving them out
  /// (as `DocumentComparison.withoutUnchanged()` would) is faster on large documents.
  public var includesUnchanged: Bool
  /// The order of the changes: the new document's (the default) or by kind of change.
  public var order: ChangeOrder

  /// Creates a differ; `successions` defaults to the built-in English table.
  public init(
    successions: BearerSuccession = .england, includesUnchanged: Bool = true, order: ChangeOrder = .document
  ) {
    self.successions = successions
    self.includesUnchanged = includesUnchanged
    self.order = order
  }

  /// Compares two documents. Their obligations are extracted at the same time, each on its own core
  /// when there are two.
  public func compare(old: Document, new: Document) -> DocumentComparison {
    let (oldSide, newSide) = Parallel.pair(
      {
        (
          Self.normalized(ObligationExtractor().extract(from: old)),
          TermDefinitionExtractor.definitions(in: old)
        )
      },
      {
        (
          Self.normalized(ObligationExtractor().extract(from: new)),
          TermDefinitionExtractor.definitions(in: new)
        )
      })
    return DocumentComparison(
      old: SourceInfo(old), new: SourceInfo(new),
      changes: noting(
        compare(oldSide.0, newSide.0), old: (old, oldSide.0.map(\.obligation)),
        new: (new, newSide.0.map(\.obligation))),
      definitionChanges: DefinitionChange.changes(
        old: oldSide.1, new: newSide.1, obligations: newSide.0.map(\.obligation)))
  }

  /// Compares two documents whose obligations are already extracted.
  public func compare(
    old: Document, oldObligations: [Obligation], new: Document, newObligations: [Obligation]
  )
    -> DocumentComparison
  {
    return DocumentComparison(
      old: SourceInfo(old), new: SourceInfo(new),
      changes: noting(
        compare(oldObligations, newObligations), old: (old, oldObligations), new: (new, newObligations)),
      definitionChanges: DefinitionChange.changes(
        old: TermDefinitionExtractor.definitions(in: old), new: TermDefinitionExtractor.definitions(in: new),
        obligations: newObligations))
  }

  /// The changes with what the two documents say of them: removals from repealed provisions, additions
  /// and removals that the other version states without a requirement, and a paper's obligations that
  /// the instrument after it does not hold (``InstrumentChange``).
  private func noting(
    _ changes: [ObligationChange], old: (Document, [Obligation]), new: (Document, [Obligation])
  ) -> [ObligationChange] {
    let statements = StatementCounterpart(
      old: old.0, new: new.0, oldObligations: old.1, newObligations: new.1)
    let noted = statements.noting(RepealedProvisions(new.0).noting(changes))
    guard let instrument = InstrumentChange(old: old.0, new: new.0) else { return noted }
    // Removals became `not-carried`, which ranks after them.
    let carried = instrument.noting(noted, includesUnchanged: includesUnchanged)
    return order == .kind ? DocumentComparison.ordered(carried) : carried
  }

  /// A split or merged obligation is compared on the bearers that went its way (`counts`: how many
  /// pairs each side is in); the notes say so.
  private static func shares(
    _ old: NormalizedObligation, _ new: NormalizedObligation, split: ObligationSplit,
    counts: (old: Int, new: Int)
  ) -> (NormalizedObligation, NormalizedObligation, [String]) {
    var (oldSide, newSide) = (old, new)
    var notes: [String] = []
    if counts.old > 1 {
      oldSide = NormalizedObligation(split.share(of: oldSide.obligation, towards: newSide.obligation))
      notes.append("split: one of \(counts.old) obligations made from one")
    }
    if counts.new > 1 {
      newSide = NormalizedObligation(split.share(of: newSide.obligation, towards: oldSide.obligation))
      notes.append("merged: one of \(counts.new) obligations made into one")
    }
    return (oldSide, newSide, notes)
  }

  /// How many pairs each old and each new obligation is in: more than one for a split or a merge.
  private static func sharedSides(_ pairs: [(Int, Int)], oldCount: Int, newCount: Int) -> (
    old: [Int], new: [Int]
  ) {
    var old = [Int](repeating: 0, count: oldCount)
    var new = [Int](repeating: 0, count: newCount)
    for (oldIndex, newIndex) in pairs {
      old[oldIndex] += 1
      new[newIndex] += 1
    }
    return (old, new)
  }

  /// Compares two lists of obligations; unchanged pairs are included with kind `unchanged` when
  /// ``includesUnchanged`` is true.
  public func compare(_ old: [Obligation], _ new: [Obligation]) -> [ObligationChange] {
    let (oldSide, newSide) = Parallel.pair({ Self.normalized(old) }, { Self.normalized(new) })
    return compare(oldSide, newSide)
  }

  private static func normalized(_ obligations: [Obligation]) -> [NormalizedObligation] {
    obligations.map(NormalizedObligation.init)
  }

  private func compare(_ allOld: [NormalizedObligation], _ allNew: [NormalizedObligation])
    -> [ObligationChange]
  {
    // A statement of the law already in force ("Councils are already required to…") is no requirement
    // the document makes: restating it or no longer restating it changes nothing that is required.
    let normalizedOld = allOld.filter { $0.obligation.restated != true }
    let normalizedNew = allNew.filter { $0.obligation.restated != true }
    var sectionMap = SectionAligner.map(old: normalizedOld, new: normalizedNew)
    let aligned = ObligationAligner(old: normalizedOld, new: normalizedNew, anchors: sectionMap.counterparts)
      .align()
    let split = ObligationSplit(
      old: normalizedOld, new: normalizedNew, anchors: sectionMap.counterparts, successions: successions)
    let pairs = aligned + split.extraPairs(aligned)
    sectionMap.reordered = Set(
      SectionAligner.outOfOrder(pairs).map { normalizedOld[$0.0].obligation.location.offset })
    let anchors = sectionMap
    let shared = Self.sharedSides(pairs, oldCount: normalizedOld.count, newCount: normalizedNew.count)
    let imperatives = ImperativeForce(old: normalizedOld, new: normalizedNew)
    // Classifying a pair and diffing its words depend on that pair alone: spread over the cores.
    let successions = self.successions
    let includesUnchanged = self.includesUnchanged
    let unchanged = UnchangedPair(successions: successions, old: normalizedOld, new: normalizedNew)
    var changes = Parallel.map(pairs.count, chunkSize: 256) { index -> ObligationChange? in
      let (oldIndex, newIndex) = pairs[index]
      let (oldSide, newSide, splitNotes) = Self.shares(
        normalizedOld[oldIndex], normalizedNew[newIndex], split: split,
        counts: (shared.old[oldIndex], shared.new[newIndex]))
      var (aspects, notes, wordDiff) = ChangeClassifier.classify(
        old: oldSide, new: newSide, anchors: anchors, successions: successions, imperatives: imperatives)
      let splitFrom =
        shared.old[oldIndex] > 1 && shared.new[newIndex] == 1 ? normalizedOld[oldIndex].obligation : nil
      if unchanged.isUnchanged(aspects, old: oldSide, new: newSide, wordDiff: wordDiff, splitFrom: splitFrom)
      {
        aspects = []
      }
      notes += aspects.isEmpty ? [] : splitNotes
      if aspects.isEmpty, !includesUnchanged { return nil }
      // The share of a split or merged obligation is what changed: its bearers are those that went this way.
      let (old, new) = (oldSide.obligation, newSide.obligation)
      return ObligationChange(
        change: aspects.first ?? .unchanged, aspects: aspects, old: old, new: new,
        wordDiff: wordDiff ?? WordDiff.diff(old.sentence, new.sentence), section: new.section, notes: notes)
    }
    .compactMap { $0 }
    var positions = changes.map {
      ChangePosition(newOffset: $0.new!.location.offset, isRemoved: false, oldOffset: 0)
    }
    var oldMatched = [Bool](repeating: false, count: normalizedOld.count)
    var newMatched = [Bool](repeating: false, count: normalizedNew.count)
    // Where each old obligation's counterpart stands in the new document, for placing removals.
    var counterpartOffset = [Int?](repeating: nil, count: normalizedOld.count)
    for (oldIndex, newIndex) in pairs {
      oldMatched[oldIndex] = true
      newMatched[newIndex] = true
      counterpartOffset[oldIndex] = normalizedNew[newIndex].obligation.location.offset
    }
    for (index, item) in normalizedNew.enumerated() where !newMatched[index] {
      let obligation = item.obligation
      changes.append(
        ObligationChange(
          change: .added, aspects: [.added], old: nil, new: obligation,
          wordDiff: [WordDiff.Segment(op: .insert, text: obligation.sentence)], section: obligation.section))
      positions.append(ChangePosition(newOffset: obligation.location.offset, isRemoved: false, oldOffset: 0))
    }
    var precedingOffset = -1
    for (index, item) in normalizedOld.enumerated() {
      guard !oldMatched[index] else {
        precedingOffset = counterpartOffset[index] ?? precedingOffset
        continue
      }
      let obligation = item.obligation
      changes.append(
        ObligationChange(
          change: .removed, aspects: [.removed], old: obligation, new: nil,
          wordDiff: [WordDiff.Segment(op: .delete, text: obligation.sentence)], section: obligation.section))
      positions.append(
        ChangePosition(newOffset: precedingOffset, isRemoved: true, oldOffset: obligation.location.offset))
    }
    return order.ordered(changes, positions: positions)
  }
}
