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

  /// Creates a differ; `successions` defaults to the built-in English table.
  public init(successions: BearerSuccession = .england) {
    self.successions = successions
  }

  /// Compares two documents.
  public func compare(old: Document, new: Document) -> DocumentComparison {
    let extractor = ObligationExtractor()
    return compare(
      old: old, oldObligations: extractor.extract(from: old), new: new,
      newObligations: extractor.extract(from: new))
  }

  /// Compares two documents whose obligations are already extracted.
  public func compare(
    old: Document, oldObligations: [Obligation], new: Document, newObligations: [Obligation]
  )
    -> DocumentComparison
  {
    let changes = compare(oldObligations, newObligations)
    let definitions = DefinitionChange.changes(
      old: TermDefinitionExtractor.definitions(in: old), new: TermDefinitionExtractor.definitions(in: new))
    return DocumentComparison(
      old: SourceInfo(old), new: SourceInfo(new), changes: changes, definitionChanges: definitions)
  }

  /// Compares two lists of obligations; unchanged pairs are included with kind `unchanged`.
  public func compare(_ old: [Obligation], _ new: [Obligation]) -> [ObligationChange] {
    let normalizedOld = old.map(NormalizedObligation.init)
    let normalizedNew = new.map(NormalizedObligation.init)
    let anchors = SectionAligner.align(old: normalizedOld, new: normalizedNew)
    let pairs = ObligationAligner(old: normalizedOld, new: normalizedNew, anchors: anchors).align()
    var changes: [ObligationChange] = []
    var oldMatched = Set<Int>()
    var newMatched = Set<Int>()
    for (oldIndex, newIndex) in pairs {
      oldMatched.insert(oldIndex)
      newMatched.insert(newIndex)
      let (aspects, notes) = ChangeClassifier.classify(
        old: normalizedOld[oldIndex], new: normalizedNew[newIndex], anchors: anchors, successions: successions
      )
      changes.append(
        ObligationChange(
          change: aspects.first ?? .unchanged, aspects: aspects, old: old[oldIndex], new: new[newIndex],
          wordDiff: WordDiff.diff(old[oldIndex].sentence, new[newIndex].sentence),
          section: new[newIndex].section, notes: notes))
    }
    for (index, obligation) in new.enumerated() where !newMatched.contains(index) {
      changes.append(
        ObligationChange(
          change: .added, aspects: [.added], old: nil, new: obligation,
          wordDiff: [WordDiff.Segment(op: .insert, text: obligation.sentence)], section: obligation.section))
    }
    for (index, obligation) in old.enumerated() where !oldMatched.contains(index) {
      changes.append(
        ObligationChange(
          change: .removed, aspects: [.removed], old: obligation, new: nil,
          wordDiff: [WordDiff.Segment(op: .delete, text: obligation.sentence)], section: obligation.section))
    }
    return DocumentComparison.ordered(changes)
  }
}
