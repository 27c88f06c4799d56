/// How the changes of a comparison stand in a review: the changes by status, and the decisions of
/// the review file that match no change of this comparison (kept for later ones).
public struct ReviewSummary: Hashable, Sendable, Encodable {
  /// The changes by status (``ChangeReview/Status``), every status listed.
  public var counts: [String: Int]
  /// Decisions in the review file on changes this comparison does not have.
  public var unmatchedDecisions: Int
  /// The day waivers were checked against, `YYYY-MM-DD`.
  public var day: String

  /// The changes that still want a decision: not reviewed, or waived past the waiver's expiry.
  public var open: Int {
    ChangeReview.Status.allCases.filter(\.isOpen).reduce(0) { $0 + (counts[$1.rawValue] ?? 0) }
  }
}
