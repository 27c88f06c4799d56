/// A reviewer's decision on one change of a comparison, as a review file records it
/// (`docs/review-schema.md`).
public struct ReviewDecision: Hashable, Sendable, Codable {
  /// What was decided.
  public enum Verdict: String, Hashable, Sendable, Codable, CaseIterable {
    /// The change is understood and needs nothing more.
    case accepted
    /// The change is let pass for a reason, by someone, until an optional date.
    case waived
    /// The change needs something done, by an owner.
    case needsAction = "needs-action"
    /// Not decided yet: what `duties diff --update-review` writes for a change without a decision.
    case pending
  }

  /// The identity of the change decided (``ObligationChange/id``): "ch-" and 12 hexadecimal digits.
  public var change: String
  /// What was decided.
  public var decision: Verdict
  /// Who decided (required for a waiver).
  public var by: String?
  /// Why a change is waived (required for a waiver).
  public var reason: String?
  /// The last day a waiver holds, `YYYY-MM-DD`; after it the change is open again.
  public var expires: String?
  /// What needs doing (required for `needs-action`), or any remark.
  public var note: String?
  /// Who is to do it (required for `needs-action`).
  public var owner: String?
  /// What the change was, in words, as the review file was written: for the people who read the file;
  /// not compared.
  public var summary: String?

  /// Creates a decision.
  public init(
    change: String, decision: Verdict, by: String? = nil, reason: String? = nil, expires: String? = nil,
    note: String? = nil, owner: String? = nil, summary: String? = nil
  ) {
    self.change = change
    self.decision = decision
    self.by = by
    self.reason = reason
    self.expires = expires
    self.note = note
    self.owner = owner
    self.summary = summary
  }

  /// Whether a waiver has run out on `day` (`YYYY-MM-DD`): it holds through its expiry date.
  public func hasExpired(on day: String) -> Bool {
    guard decision == .waived, let expires else { return false }
    return expires < day
  }
}
