/// What happened to one obligation between two versions of a document.
public struct ObligationChange: Hashable, Sendable, Codable {
  /// The aspects of a change, from the most consequential to the least.
  public enum Kind: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// A new obligation.
    case added
    /// Moved on from proposal to commitment, or from proposal or commitment to an obligation in force.
    case advanced
    /// Moved up the scale permission/exemption/no-entitlement < recommendation/advice-against < duty/prohibition.
    case strengthened
    /// Given to, taken from or shared with other parties.
    case bearerChanged = "bearer-changed"
    /// Borne by the successor of the old bearer after a reorganisation (a primary care trust's duty
    /// now a clinical commissioning group's), not moved to a different kind of body.
    case bearerRenamed = "bearer-renamed"
    /// A condition or exception added, removed or altered.
    case conditionsChanged = "conditions-changed"
    /// A deadline or frequency added, removed or altered.
    case timingChanged = "timing-changed"
    /// What must be done differs in substance.
    case actionChanged = "action-changed"
    /// A cross-reference points to another provision ("under section 5" → "under section 6"), the
    /// old target not renumbered as the new one.
    case referenceChanged = "reference-changed"
    /// An obligation that is gone.
    case removed
    /// Moved down the scale.
    case weakened
    /// A green or white paper's proposal or commitment that the instrument taking the paper forward
    /// (statutory guidance, regulations, an Act) does not hold: not removed, since the paper still
    /// says it.
    case notCarried = "not-carried"
    /// Moved to another section.
    case moved
    /// Same meaning in new words.
    case reworded
    /// No change (listed with `--all`).
    case unchanged

    public static func < (lhs: Kind, rhs: Kind) -> Bool {
      allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
  }

  /// The most consequential aspect, which names the change.
  public var change: Kind
  /// Every aspect that changed, most consequential first.
  public var aspects: [Kind]
  /// The obligation in the old version, if it was there.
  public var old: Obligation?
  /// The obligation in the new version, if it is there.
  public var new: Obligation?
  /// A word-level diff from the old sentence to the new.
  public var wordDiff: [WordDiff.Segment]
  /// The section the change is reported under (the new section, or the old one for a removal).
  public var section: String
  /// What the change means in words: "deadline moved later: by April 2005 → by April 2006",
  /// "primary care trust → clinical commissioning group: succeeded in 2013".
  public var notes: [String]
  /// Where the change stands in a review, when a review file was applied
  /// (``DocumentComparison/reviewed(with:on:)``).
  public var review: ChangeReview?

  /// The change's identity, the same whenever the same change is found again (in a later comparison,
  /// or after edits elsewhere in either version): made from the keys of its old and new obligations
  /// and its class (``ObligationKey/change(old:new:kind:)``).
  public var id: String {
    ObligationKey.change(
      old: old.map { $0.key ?? ObligationKey.base(of: $0) },
      new: new.map { $0.key ?? ObligationKey.base(of: $0) },
      kind: change)
  }

  /// Creates a change.
  public init(
    change: Kind, aspects: [Kind], old: Obligation?, new: Obligation?, wordDiff: [WordDiff.Segment],
    section: String, notes: [String] = []
  ) {
    self.change = change
    self.aspects = aspects
    self.old = old
    self.new = new
    self.wordDiff = wordDiff
    self.section = section
    self.notes = notes
  }

  private enum EncodedKeys: String, CodingKey {
    case id, change, aspects, old, new, wordDiff, section, notes, review
  }

  /// Encodes the stored values and the ``id``.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: EncodedKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(change, forKey: .change)
    try container.encode(aspects, forKey: .aspects)
    try container.encodeIfPresent(old, forKey: .old)
    try container.encodeIfPresent(new, forKey: .new)
    try container.encode(wordDiff, forKey: .wordDiff)
    try container.encode(section, forKey: .section)
    try container.encode(notes, forKey: .notes)
    try container.encodeIfPresent(review, forKey: .review)
  }

  /// Whether the change touches a binding obligation (a duty or prohibition, before or after).
  public var isBinding: Bool { (new ?? old).map(\.kind.isBinding) ?? false }
}
