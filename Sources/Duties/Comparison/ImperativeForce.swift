/// How strong an instruction in the imperative is against "should": in guidance that keeps "must"
/// for what is mandatory ("You must pin third-party actions"), "Pinned versions should include the
/// version" → "Include the version" says the same thing another way; in guidance that never says
/// "must", the imperative is its strongest word and the change strengthens.
struct ImperativeForce: Sendable {
  /// Whether each version states duties with "must", "shall" or "required" as well as in the imperative.
  let oldUsesMust: Bool
  let newUsesMust: Bool

  init(old: [NormalizedObligation], new: [NormalizedObligation]) {
    oldUsesMust = Self.usesMust(old)
    newUsesMust = Self.usesMust(new)
  }

  /// No version uses "must": the imperative ranks as a duty.
  static let none = ImperativeForce(oldUsesMust: false, newUsesMust: false)

  private init(oldUsesMust: Bool, newUsesMust: Bool) {
    self.oldUsesMust = oldUsesMust
    self.newUsesMust = newUsesMust
  }

  private static func usesMust(_ items: [NormalizedObligation]) -> Bool {
    items.contains { item in
      let obligation = item.obligation
      return obligation.kind == .duty && obligation.form != .imperative
        && ComparisonLexicon.mandatoryWords.contains(where: obligation.trigger.text.lowercased().contains)
    }
  }

  /// The note for a pair between "should" and an imperative in a version that keeps "must" for what is
  /// mandatory, where the change of kind is no change of force; nil for any other pair.
  func sameForceNote(old: Obligation, new: Obligation) -> String? {
    if old.kind == .recommendation, Self.isImperativeDuty(new), newUsesMust {
      return "“\(old.trigger.text)” → an instruction: \(Self.sameForce)"
    }
    if new.kind == .recommendation, Self.isImperativeDuty(old), oldUsesMust {
      return "an instruction → “\(new.trigger.text)”: \(Self.sameForce)"
    }
    return nil
  }

  /// How a note of ``sameForceNote(old:new:)`` ends.
  static let sameForce = "the document keeps “must” for what is mandatory"

  private static func isImperativeDuty(_ obligation: Obligation) -> Bool {
    obligation.kind == .duty && obligation.form == .imperative
  }
}
