extension ObligationKind: NamedByRawValue {}
extension ObligationForm: NamedByRawValue {}
extension Condition.Kind: NamedByRawValue {}
extension Timing.Kind: NamedByRawValue {}
extension ChangeReview.Status: NamedByRawValue {}
extension ReviewDecision.Verdict: NamedByRawValue {}

extension Obligation {
  /// Whether it binds: a duty, a prohibition or a duty to have regard (``ObligationKind/isBinding``).
  public var isBinding: Bool { kind.isBinding }
}
