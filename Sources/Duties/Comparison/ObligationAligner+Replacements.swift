extension ObligationAligner {
  /// The fewest content words the two actions of a replacement must share.
  static let replacementSharedStems = 2
  /// The share of content words (Jaccard) the two actions of a replacement must have in common.
  static let replacementSimilarity = 0.2
  /// The most obligations left on one side of a gap for it to be read as a replacement in place.
  static let replacementGapSize = 12

  /// 7. Obligations replaced in place, as a reader of the two versions side by side sees them: those
  /// left unpaired between the same two obligations paired already (in the new version's order; in the
  /// old, between where those two stood), or before the first or after the last of them (all of each
  /// document when none are paired), in the same part of the document, paired the most alike
  /// first when their actions share some content words (not only their bearer's or modal's), their bearers agree and their sense
  /// (forbidding or not) is the same ("Create your own local actions wherever possible" → "Prefer
  /// actions owned by your team").
  func replacements(_ pairs: [(Int, Int)], oldUsed: inout [Bool], newUsed: inout [Bool]) -> [(Int, Int)] {
    let byNew = pairs.sorted { $0.1 < $1.1 }
    var scored: [(Double, Int, Int)] = []
    var start = 0
    for bound in 0...byNew.count {
      let end = bound < byNew.count ? byNew[bound].1 : new.count
      let oldStart = bound > 0 ? byNew[bound - 1].0 + 1 : 0
      let oldEnd = bound < byNew.count ? byNew[bound].0 : old.count
      let newRange = start..<end
      if bound < byNew.count { start = byNew[bound].1 + 1 }
      guard oldStart < oldEnd, let newGap = Self.unused(in: newRange, newUsed),
        let oldGap = Self.unused(in: oldStart..<oldEnd, oldUsed)
      else { continue }
      // Each side's content words once a gap, not once a pair.
      let oldStems = oldGap.map { Self.stems(old[$0].core) }
      for newIndex in newGap {
        let newStems = Self.stems(new[newIndex].core)
        for (position, oldIndex) in oldGap.enumerated() {
          if let score = replacementScore(old[oldIndex], new[newIndex], oldStems[position], newStems) {
            scored.append((score, oldIndex, newIndex))
          }
        }
      }
    }
    return Self.bestFirst(scored, oldUsed: &oldUsed, newUsed: &newUsed)
  }

  /// The unused indices of `range`, or nil when there are none or more than ``replacementGapSize`` (the
  /// scan stops there, so that a long range across a move costs no more than a short one).
  private static func unused(in range: Range<Int>, _ used: [Bool]) -> [Int]? {
    var found: [Int] = []
    for index in range where !used[index] {
      guard found.count < replacementGapSize else { return nil }
      found.append(index)
    }
    return found.isEmpty ? nil : found
  }

  /// How alike two obligations left in one gap are (the Jaccard similarity of their actions' content
  /// words), or nil when they cannot be one replaced by the other.
  private func replacementScore(
    _ oldItem: NormalizedObligation, _ newItem: NormalizedObligation, _ oldStems: Set<String>,
    _ newStems: Set<String>
  ) -> Double? {
    guard Self.sameRegion(oldItem.anchor, newItem.anchor, anchors),
      Self.bearersAgree(oldItem.obligation, newItem.obligation),
      Self.forbiddingKinds.contains(oldItem.obligation.kind)
        == Self.forbiddingKinds.contains(newItem.obligation.kind)
    else { return nil }
    let score = jaccard(oldStems, newStems)
    guard oldStems.intersection(newStems).count >= Self.replacementSharedStems,
      score >= Self.replacementSimilarity
    else { return nil }
    return score
  }
}
