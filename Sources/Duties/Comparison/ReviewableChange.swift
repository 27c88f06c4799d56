/// A change a review decides: an obligation's, a definition's or a commencement's. Each has an
/// identity for the review file and, once a review file is applied, where it stands.
public protocol ReviewableChange {
  /// The change's identity (`ch-` and 12 hexadecimal digits).
  var id: String { get }
  /// Where the change stands in a review, when a review file was applied.
  var review: ChangeReview? { get set }
}

extension ReviewableChange {
  /// Whether the change still wants a decision: not reviewed, waived past its expiry, or not
  /// reviewed at all because no review file was applied.
  public var isOpenForReview: Bool { review?.status.isOpen ?? true }
}

extension ObligationChange: ReviewableChange {}
extension DefinitionChange: ReviewableChange {}
extension CommencementChange: ReviewableChange {}
