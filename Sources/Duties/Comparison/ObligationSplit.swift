/// One obligation split by bearer into several ("The Secretary of State, the Board or a clinical
/// commissioning group may…" → "(1) The Secretary of State may…", "(2) NHS England or an integrated
/// care board may…"), or several merged into one: the part left over is paired with the whole it came
/// from, and each pair is compared on the bearers that went that way.
struct ObligationSplit {
  let old: [NormalizedObligation]
  let new: [NormalizedObligation]
  let anchors: [String: String]
  let successions: BearerSuccession

  /// The pairs to add to `pairs` (old, new): for a pair whose new side kept only some of the old
  /// bearers, the unpaired new obligation with the same kind and action that the others went to
  /// (themselves or their successors); and the same for two old obligations merged into one new.
  func extraPairs(_ pairs: [(Int, Int)]) -> [(Int, Int)] {
    var oldUsed = [Bool](repeating: false, count: old.count)
    var newUsed = [Bool](repeating: false, count: new.count)
    for (oldIndex, newIndex) in pairs {
      oldUsed[oldIndex] = true
      newUsed[newIndex] = true
    }
    var extra: [(Int, Int)] = []
    // The obligations left unpaired on each side, found by the stems of their actions: each pair that
    // lost or gained bearers looks only at those sharing a stem, not at every obligation.
    let newPool = Pool(new, unused: newUsed)
    let oldPool = Pool(old, unused: oldUsed)
    for (oldIndex, newIndex) in pairs {
      let (whole, part) = (Self.parties(old[oldIndex]), Self.parties(new[newIndex]))
      let (wholeKeys, partKeys) = (Set(whole.keys), Set(part.keys))
      if partKeys.count < wholeKeys.count, partKeys.isSubset(of: wholeKeys),
        let other = rest(
          of: old[oldIndex], wholeKeys.subtracting(partKeys).compactMap { whole[$0] }, among: new,
          in: newPool,
          unused: newUsed)
      {
        newUsed[other] = true
        extra.append((oldIndex, other))
      } else if wholeKeys.count < partKeys.count, wholeKeys.isSubset(of: partKeys),
        let other = rest(
          of: new[newIndex], partKeys.subtracting(wholeKeys).compactMap { part[$0] }, among: old, in: oldPool,
          unused: oldUsed,
          merging: true)
      {
        oldUsed[other] = true
        extra.append((other, newIndex))
      }
    }
    return extra
  }

  /// The unused obligation of `candidates` in the same part of the document, of the same kind and
  /// nearly the same action, whose bearers are exactly `missing` or their successors (or, merging,
  /// their predecessors).
  private func rest(
    of item: NormalizedObligation, _ missing: [String], among candidates: [NormalizedObligation],
    in pool: Pool,
    unused used: [Bool], merging: Bool = false
  ) -> Int? {
    let stems = ObligationAligner.stems(item.action)
    let sharing = Set(stems.flatMap { pool.postings[$0] ?? [] }).sorted()
    return sharing.first { index in
      let candidate = candidates[index]
      guard !used[index], candidate.obligation.kind == item.obligation.kind,
        ObligationAligner.sameRegion(
          merging ? candidate.anchor : item.anchor, merging ? item.anchor : candidate.anchor, anchors),
        jaccard(stems, pool.stems[index] ?? []) >= 0.6
      else { return false }
      let parties = Self.parties(candidate).values
      return !parties.isEmpty
        && parties.allSatisfy { party in
          missing.contains { merging ? succeeds(party, by: $0) : succeeds($0, by: party) }
        }
        && missing.allSatisfy { gone in
          parties.contains { merging ? succeeds($0, by: gone) : succeeds(gone, by: $0) }
        }
    }
  }

  /// The unpaired obligations of one side: their action stems, and which of them hold each stem (at most
  /// 64 a stem, so that a stem every action shares does not make the search quadratic).
  struct Pool {
    var stems: [Int: Set<String>] = [:]
    var postings: [String: [Int]] = [:]

    init(_ items: [NormalizedObligation], unused used: [Bool]) {
      for index in items.indices where !used[index] {
        let itemStems = ObligationAligner.stems(items[index].action)
        stems[index] = itemStems
        for stem in itemStems where postings[stem, default: []].count < 64 {
          postings[stem, default: []].append(index)
        }
      }
    }
  }

  /// Whether the body named `new` is the body named `old` or its successor (names as written).
  private func succeeds(_ old: String, by new: String) -> Bool {
    BearerSuccession.key(old) == BearerSuccession.key(new)
      || BearerRename.path(from: old, to: new, successions) != nil
  }

  /// The bearers of an obligation as written, by ``BearerSuccession/key(_:)``.
  static func parties(_ item: NormalizedObligation) -> [String: String] {
    Dictionary(
      (item.obligation.bearer?.parties ?? []).map { (BearerSuccession.key($0), $0) },
      uniquingKeysWith: { first, _ in first })
  }

  /// `obligation` with only the bearers that `other` names or that precede or succeed them: the share of
  /// a split or merged obligation that went to (or came from) `other`.
  func share(of obligation: Obligation, towards other: Obligation) -> Obligation {
    guard let bearer = obligation.bearer else { return obligation }
    let others = other.bearer?.parties ?? []
    let kept = bearer.parties.filter { party in
      others.contains { succeeds(party, by: $0) || succeeds($0, by: party) }
    }
    guard !kept.isEmpty, kept.count < bearer.parties.count else { return obligation }
    var share = obligation
    share.bearer = Party(text: kept.joined(separator: ", "), parties: kept, implicit: bearer.implicit)
    return share
  }
}
