extension DocumentComparison {
  /// The comparison with each change's review (``ObligationChange/review``) taken from `file` as it
  /// stands on `day` (`YYYY-MM-DD`; a waiver holds through its expiry date), and the
  /// ``review`` summary.
  public func reviewed(with file: ReviewFile, on day: String = ReviewFile.today()) -> DocumentComparison {
    var byChange: [String: ReviewDecision] = [:]
    for decision in file.decisions { byChange[decision.change] = decision }
    var reviewed = self
    var counts = Dictionary(uniqueKeysWithValues: ChangeReview.Status.allCases.map { ($0.rawValue, 0) })
    var matched = Set<String>()
    for index in reviewed.changes.indices where reviewed.changes[index].change != .unchanged {
      let id = reviewed.changes[index].id
      let review = ChangeReview(decision: byChange[id], on: day)
      if byChange[id] != nil { matched.insert(id) }
      reviewed.changes[index].review = review
      counts[review.status.rawValue, default: 0] += 1
    }
    reviewed.review = ReviewSummary(
      counts: counts, unmatchedDecisions: byChange.count - matched.count, day: day)
    return reviewed
  }

  /// Several comparisons reviewed against one file (the documents of `diff --git`): each as
  /// ``reviewed(with:on:)``, the decisions that match no change counted over all of them.
  public static func reviewed(_ comparisons: [DocumentComparison], with file: ReviewFile, on day: String)
    -> [DocumentComparison]
  {
    let ids = Set(comparisons.flatMap { $0.changes.map(\.id) })
    let unmatched = Set(file.decisions.map(\.change)).subtracting(ids).count
    return comparisons.map { comparison in
      var reviewed = comparison.reviewed(with: file, on: day)
      reviewed.review?.unmatchedDecisions = unmatched
      return reviewed
    }
  }

  /// Whether a change still wants a decision: with a review applied, one not reviewed or past its
  /// waiver; without one, any change (definitions and commencements included).
  public var hasOpenChanges: Bool {
    guard review != nil else { return hasChanges }
    return changes.contains { $0.review?.status.isOpen == true }
  }

  /// The comparison with only the changes that still want a decision (``hasOpenChanges``), its
  /// headline counted over them; the review summary still counts every change.
  public func onlyOpen() -> DocumentComparison {
    var open = self
    open.changes = changes.filter { $0.change != .unchanged && ($0.review?.status.isOpen ?? true) }
    open.summary = Summary(open.changes)
    return open
  }
}
