extension DocumentComparison {
  /// The comparison with each change's review taken from `file` as it stands on `day` (`YYYY-MM-DD`;
  /// a waiver holds through its expiry date): obligation changes (``ObligationChange/review``),
  /// definition and commencement changes alike; and the ``review`` summary.
  public func reviewed(with file: ReviewFile, on day: String = ReviewFile.today()) -> DocumentComparison {
    var byChange: [String: ReviewDecision] = [:]
    for decision in file.decisions { byChange[decision.change] = decision }
    var reviewed = self
    var counts = Dictionary(uniqueKeysWithValues: ChangeReview.Status.allCases.map { ($0.rawValue, 0) })
    func review(_ id: String) -> ChangeReview {
      let review = ChangeReview(decision: byChange[id], on: day)
      counts[review.status.rawValue, default: 0] += 1
      return review
    }
    for index in reviewed.changes.indices where reviewed.changes[index].change != .unchanged {
      reviewed.changes[index].review = review(reviewed.changes[index].id)
    }
    for index in reviewed.definitionChanges.indices {
      reviewed.definitionChanges[index].review = review(reviewed.definitionChanges[index].id)
    }
    for index in (reviewed.commencementChanges ?? []).indices {
      reviewed.commencementChanges![index].review = review(reviewed.commencementChanges![index].id)
    }
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

  /// The identities of the changes a review decides, in the report's order: obligation changes
  /// (not unchanged obligations), then definition and commencement changes.
  public var reviewedIDs: [String] {
    changes.filter { $0.change != .unchanged }.map(\.id) + definitionChanges.map(\.id)
      + (commencementChanges ?? []).map(\.id)
  }

  /// Whether a change still wants a decision: with a review applied, one not reviewed or past its
  /// waiver; without one, any change (definitions and commencements included).
  public var hasOpenChanges: Bool {
    guard review != nil else { return hasChanges }
    return changes.contains { $0.review?.status.isOpen == true }
      || definitionChanges.contains { $0.review?.status.isOpen == true }
      || (commencementChanges ?? []).contains { $0.review?.status.isOpen == true }
  }

  /// The comparison with only the changes that still want a decision (``hasOpenChanges``), its
  /// headline counted over them; the review summary still counts every change.
  public func onlyOpen() -> DocumentComparison {
    var open = self
    open.changes = changes.filter { $0.change != .unchanged && ($0.review?.status.isOpen ?? true) }
    open.definitionChanges = definitionChanges.filter { $0.review?.status.isOpen ?? true }
    let commencements = (commencementChanges ?? []).filter { $0.review?.status.isOpen ?? true }
    open.commencementChanges = commencements.isEmpty ? nil : commencements
    open.summary = Summary(open.changes)
    return open
  }
}
