/// Where one change stands in a review: its status on the day of the comparison and the decision
/// that gives it, if any.
public struct ChangeReview: Hashable, Sendable, Codable, CustomStringConvertible {
  /// A change's review status.
  public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
    /// No decision (or a decision still `pending`).
    case unreviewed
    /// Accepted.
    case accepted
    /// Waived, and the waiver holds.
    case waived
    /// Waived, but the waiver's expiry date has passed: open again.
    case waiverExpired = "waiver-expired"
    /// Decided to need action.
    case needsAction = "needs-action"

    /// Whether a change with this status still wants a decision: what `--exit-code` fails on.
    public var isOpen: Bool { self == .unreviewed || self == .waiverExpired }
  }

  /// The status.
  public var status: Status
  /// The decision, when there is one (a pending one included).
  public var decision: ReviewDecision?

  /// The review of a change given its decision (or none) on `day` (`YYYY-MM-DD`).
  public init(decision: ReviewDecision?, on day: String) {
    self.decision = decision
    switch decision?.decision {
    case nil, .pending: status = .unreviewed
    case .accepted: status = .accepted
    case .needsAction: status = .needsAction
    case .waived: status = decision!.hasExpired(on: day) ? .waiverExpired : .waived
    }
  }

  /// The review in words for a report: "accepted by Ann", "waived by Ann until 2027-03-31: reason",
  /// "waiver expired 2026-01-31 (Ann): reason", "needs action (owner Bo): note", "not reviewed".
  public var description: String {
    let decision = self.decision
    let by = decision?.by.map { " by \($0)" } ?? ""
    let note = decision?.note.map { ": \($0)" } ?? ""
    switch status {
    case .unreviewed: return "not reviewed"
    case .accepted: return "accepted\(by)\(note)"
    case .waived:
      let until = decision?.expires.map { " until \($0)" } ?? ""
      return "waived\(by)\(until): \(decision?.reason ?? "")"
    case .waiverExpired:
      return "waiver expired \(decision?.expires ?? "")\(decision?.by.map { " (\($0))" } ?? ""): "
        + (decision?.reason ?? "")
    case .needsAction:
      return "needs action\(decision?.owner.map { " (owner \($0))" } ?? "")\(note)"
    }
  }
}
