extension DocumentComparison {
  /// The comparison with each change's review taken from `file` as it stands on `day` (`YYYY-MM-DD`;
  /// a waiver holds through its expiry date): obligation changes (``ObligationChange/review``),
  /// definition and commencement changes alike; and the ``review`` summary.
  public func reviewed(with file: ReviewFile, on day: String = ReviewFile.today()) -> DocumentComparison {
    var byChange: [String: ReviewDecision] = [:]
    for decision in file.decisions { byChange[decision.change] = decision }
    var reviewed = self
    var counts = Dictionary(uniqueKeysWithValues: ChangeReview.Status.allCases.map { ($0.rawValue, 0) })
    func review<Change: ReviewableChange>(
      _ changes: inout [Change], where decided: (Change) -> Bool = { _ in true }
    ) {
      for index in changes.indices where decided(changes[index]) {
        let review = ChangeReview(decision: byChange[changes[index].id], on: day)
        counts[review.status.rawValue, default: 0] += 1
        changes[index].review = review
      }
    }
    review(&reviewed.changes) { $0.change != .unchanged }
    review(&reviewed.definitionChanges)
    if reviewed.commencementChanges != nil { review(&reviewed.commencementChanges!) }
    let matched = Set(reviewed.reviewedIDs).intersection(byChange.keys)
    reviewed.review = ReviewSummary(
      counts: counts, unmatchedDecisions: byChange.count - matched.count, day: day)
    return reviewed
  }

  /// Several comparisons reviewed against one file (the documents of `diff --git`): each as
  /// ``reviewed(with:on:)``, the decisions that match no change counted over all of them.
  public static func reviewed(_ comparisons: [DocumentComparison], with file: ReviewFile, on day: String)
    -> [DocumentComparison]
  {
    let ids = Set(comparisons.flatMap(\.reviewedIDs))
    let unmatched = Set(file.decisions.map(\.change)).subtracting(ids).count
    return comparisons.map { comparison in
      var reviewed = comparison.reviewed(with: file, on: day)
      reviewed.review?.unmatchedDecisions = unmatched
      return reviewed
    }
  }

  /// The changes a review decides, in the report's order: obligation changes (not unchanged
  /// obligations), then definition and commencement changes.
  public var reviewableChanges: [any ReviewableChange] {
    changes.filter { $0.change != .unchanged } + definitionChanges + (commencementChanges ?? [])
  }

  /// The identities of ``reviewableChanges``.
  public var reviewedIDs: [String] { reviewableChanges.map(\.id) }

  /// Whether a change still wants a decision: with a review applied, one not reviewed or past its
  /// waiver; without one, any change (definitions and commencements included).
  public var hasOpenChanges: Bool {
    guard review != nil else { return hasChanges }
    return reviewableChanges.contains { $0.isOpenForReview }
  }

  /// The comparison with only the changes that still want a decision (``hasOpenChanges``), its
  /// headline counted over them; the review summary still counts every change.
  public func onlyOpen() -> DocumentComparison {
    var open = self
    open.changes = changes.filter { $0.change != .unchanged && $0.isOpenForReview }
    open.definitionChanges = definitionChanges.filter(\.isOpenForReview)
    let commencements = (commencementChanges ?? []).filter(\.isOpenForReview)
    open.commencementChanges = commencements.isEmpty ? nil : commencements
    open.summary = Summary(open.changes)
    return open
  }
}
