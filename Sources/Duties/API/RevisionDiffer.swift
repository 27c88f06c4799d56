import Foundation

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

  /// Compares two documents. Their obligations are extracted at the same time, each on its own core
  /// when there are two.
  public func compare(old: Document, new: Document) -> DocumentComparison {
    let extracted = ExtractedPair()
    DispatchQueue.concurrentPerform(iterations: 2) { index in
      extracted.set(index, ObligationExtractor().extract(from: index == 0 ? old : new))
    }
    return compare(
      old: old, oldObligations: extracted.obligations(0), new: new, newObligations: extracted.obligations(1))
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

/// The obligations of the two sides of a comparison, filled in from two threads.
private final class ExtractedPair: @unchecked Sendable {
  private let lock = NSLock()
  private var sides: [[Obligation]] = [[], []]

  func set(_ index: Int, _ obligations: [Obligation]) {
    lock.withLock { sides[index] = obligations }
  }

  func obligations(_ index: Int) -> [Obligation] {
    lock.withLock { sides[index] }
  }
}
