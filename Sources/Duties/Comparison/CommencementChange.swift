/// A change in when a document, or a part of it, starts to apply: "This policy takes effect on
/// 1 January 2026" → "…on 1 April 2026", a commencement added, or one taken out.
public struct CommencementChange: Hashable, Sendable, Codable {
  /// The commencement in the old version, if it had one for this scope.
  public var old: Commencement?
  /// The commencement in the new version, if it has one for this scope.
  public var new: Commencement?
  /// Where the change stands in a review, when a review file was applied.
  public var review: ChangeReview?

  /// The change's identity, for a review file: a hash of the old and new statements' scope, phrase
  /// and date.
  public var id: String {
    ObligationKey.change(
      of: "commencement",
      [
        old?.scope ?? "", old?.phrase ?? "", old?.when ?? "", new?.scope ?? "", new?.phrase ?? "",
        new?.when ?? "",
      ])
  }

  private enum EncodedKeys: String, CodingKey {
    case id, old, new, review
  }

  /// Encodes the stored values and the ``id``.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: EncodedKeys.self)
    try container.encode(id, forKey: .id)
    try container.encodeIfPresent(old, forKey: .old)
    try container.encodeIfPresent(new, forKey: .new)
    try container.encodeIfPresent(review, forKey: .review)
  }

  /// The changes between two versions' commencements: those of the same scope ("This policy",
  /// "Section 3") whose date or event differs, and those only one version states. Where each
  /// version states exactly one commencement left unpaired, they are paired whatever their scope
  /// ("This guidance" → "This policy").
  static func changes(old: [Commencement], new: [Commencement]) -> [CommencementChange] {
    var unpairedOld = old
    var result: [CommencementChange] = []
    var unpairedNew: [Commencement] = []
    for commencement in new {
      guard let index = unpairedOld.firstIndex(where: { $0.scopeKey == commencement.scopeKey }) else {
        unpairedNew.append(commencement)
        continue
      }
      let previous = unpairedOld.remove(at: index)
      if comparable(previous.when) != comparable(commencement.when) {
        result.append(CommencementChange(old: previous, new: commencement))
      }
    }
    if unpairedOld.count == 1, unpairedNew.count == 1 {
      if comparable(unpairedOld[0].when) != comparable(unpairedNew[0].when) {
        result.append(CommencementChange(old: unpairedOld[0], new: unpairedNew[0]))
      }
      return result
    }
    result += unpairedOld.map { CommencementChange(old: $0, new: nil) }
    result += unpairedNew.map { CommencementChange(old: nil, new: $0) }
    return result
  }

  /// A date or event compared without case, spacing or ordinal endings ("12th December" is "12 December").
  private static func comparable(_ when: String) -> String {
    when.lowercased().split(separator: " ").map { word in
      let digits = word.prefix { $0.isNumber }
      return !digits.isEmpty && TimingLexicon.ordinalSuffixes.contains(String(word.dropFirst(digits.count)))
        ? String(digits) : String(word)
    }.joined(separator: " ")
  }

  /// The change in words: "Commencement changed: This policy takes effect on 1 January 2026 → comes
  /// into force on 1 April 2026."
  public var description: String {
    switch (old, new) {
    case (let old?, let new?):
      let scope = old.scopeKey == new.scopeKey ? old.scope : "\(old.scope) → \(new.scope)"
      return "Commencement changed: \(scope) \(old.phrase) \(old.when) → \(new.phrase) \(new.when)."
    case (nil, let new?):
      return "Commencement added: \(new.scope) \(new.phrase) \(new.when)."
    case (let old?, nil):
      return "Commencement no longer stated: \(old.scope) \(old.phrase) \(old.when)."
    case (nil, nil):
      return ""
    }
  }
}
