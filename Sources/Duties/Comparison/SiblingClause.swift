/// The other obligations of a sentence that holds several ("The certificate MAY contain more than one
/// DNS-ID but SHOULD NOT contain more than one CN-ID"): when only a sibling's words changed (the "but
/// SHOULD NOT…" clause dropped), the obligation beside it is the same. The sibling's own change is
/// reported on its own line.
struct SiblingClause: Sendable {
  /// The normalised words of each obligation's trigger and action, by the offset of its sentence, for
  /// sentences that hold more than one; the trigger's offset tells them apart.
  private let old: [Int: [(trigger: Int, words: Set<String>)]]
  private let new: [Int: [(trigger: Int, words: Set<String>)]]

  init(old: [NormalizedObligation], new: [NormalizedObligation]) {
    self.old = Self.groups(old)
    self.new = Self.groups(new)
  }

  private static func groups(_ obligations: [NormalizedObligation]) -> [Int: [(
    trigger: Int, words: Set<String>
  )]] {
    var counts: [Int: Int] = [:]
    for item in obligations { counts[item.obligation.location.offset, default: 0] += 1 }
    var groups: [Int: [(trigger: Int, words: Set<String>)]] = [:]
    for item in obligations where counts[item.obligation.location.offset, default: 0] > 1 {
      let obligation = item.obligation
      groups[obligation.location.offset, default: []].append(
        (
          obligation.trigger.location.offset,
          Set(EditorialNormalizer.words(obligation.trigger.text + " " + obligation.action))
        ))
    }
    return groups
  }

  /// Whether every run of words that a diff of the normalised sentences deletes from `old`'s, and every
  /// run it inserts into `new`'s, is words of one other obligation of that sentence (a joining "and",
  /// "but" or "or" aside).
  func changesOnlySiblings(old oldSide: NormalizedObligation, new newSide: NormalizedObligation) -> Bool {
    let oldSiblings = siblings(of: oldSide.obligation, in: old)
    let newSiblings = siblings(of: newSide.obligation, in: new)
    guard !oldSiblings.isEmpty || !newSiblings.isEmpty else { return false }
    var changed = false
    for segment in WordDiff.diff(oldSide.key, newSide.key) where segment.op != .equal {
      let words = Set(EditorialNormalizer.words(segment.text)).subtracting(ComparisonLexicon.clauseJoiners)
      guard !words.isEmpty else { continue }
      let holders = segment.op == .delete ? oldSiblings : newSiblings
      guard holders.contains(where: { words.isSubset(of: $0) }) else { return false }
      changed = true
    }
    return changed
  }

  private func siblings(of obligation: Obligation, in groups: [Int: [(trigger: Int, words: Set<String>)]])
    -> [Set<String>]
  {
    (groups[obligation.location.offset] ?? []).filter { $0.trigger != obligation.trigger.location.offset }
      .map(\.words)
  }
}
