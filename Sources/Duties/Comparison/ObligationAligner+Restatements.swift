extension ObligationAligner {
  /// The fewest content words the shorter action must have to be paired by containment.
  static let restatementMinimumStems = 3
  /// The share of the shorter action's content words the longer one must hold.
  static let restatementContainment = 0.8

  /// 5. An obligation restated shorter or longer in the same part of the document ("match the DNS
  /// domain name portion of a reference identifier according to the following rules" → "match the DNS
  /// name"): the same main verb, bearers that agree, the same sense (forbidding or not), and the
  /// shorter action's content words nearly all in the longer one's.
  func restatements(oldUsed: inout [Bool], newUsed: inout [Bool]) -> [(Int, Int)] {
    let oldLeft = old.indices.filter { !oldUsed[$0] && old[$0].core.first != nil }
    guard !oldLeft.isEmpty else { return [] }
    var byVerb: [String: [Int]] = [:]
    for oldIndex in oldLeft { byVerb[old[oldIndex].core[0], default: []].append(oldIndex) }
    let oldStems = Dictionary(uniqueKeysWithValues: oldLeft.map { ($0, Self.stems(old[$0].core)) })
    var scored: [(Double, Int, Int)] = []
    for newIndex in new.indices where !newUsed[newIndex] {
      let newItem = new[newIndex]
      guard let verb = newItem.core.first, let candidates = byVerb[verb] else { continue }
      let newStems = Self.stems(newItem.core)
      for oldIndex in candidates.prefix(64) where samePart(old[oldIndex].anchor, newItem.anchor) {
        let oldItem = old[oldIndex]
        guard Self.bearersAgree(oldItem.obligation, newItem.obligation),
          Self.forbiddingKinds.contains(oldItem.obligation.kind)
            == Self.forbiddingKinds.contains(newItem.obligation.kind),
          let score = Self.containment(oldStems[oldIndex]!, newStems)
        else { continue }
        scored.append((score, oldIndex, newIndex))
      }
    }
    return Self.bestFirst(scored, oldUsed: &oldUsed, newUsed: &newUsed)
  }

  /// How much of the smaller set the larger holds, with the Jaccard similarity to break ties; nil
  /// below ``restatementContainment`` or when the smaller has too few words.
  static func containment(_ a: Set<String>, _ b: Set<String>) -> Double? {
    let (smaller, larger) = a.count <= b.count ? (a, b) : (b, a)
    guard smaller.count >= restatementMinimumStems else { return nil }
    let share = Double(smaller.filter(larger.contains).count) / Double(smaller.count)
    return share >= restatementContainment ? share + 0.01 * jaccard(a, b) : nil
  }

  /// Whether an old section and a new one lie in the same top-level part of the document (after the
  /// old one is mapped to its counterpart), or either has no sections.
  func samePart(_ old: String, _ new: String) -> Bool {
    let expected = anchors[old] ?? old
    guard !expected.isEmpty, !new.isEmpty else { return true }
    return Self.sameRegion(old, new, anchors) || Self.top(expected) == Self.top(new)
  }

  /// The first part of a section path ("Verifying Service Identity" of "Verifying Service Identity › 3").
  private static func top(_ anchor: String) -> Substring {
    anchor.firstRange(ofBytes: " › ").map { anchor[..<$0.lowerBound] } ?? anchor[...]
  }
}

extension ObligationAligner {
  /// The fewest words two actions must begin with alike, from their verb, to be paired by their head.
  static let sharedHeadWords = 5
  /// The fewest content words among them.
  static let sharedHeadStems = 3

  /// 6. An obligation whose action keeps its head and changes its tail ("The certificate MAY include
  /// other application-specific identifiers for types defined before…" → "…for compatibility with a
  /// deployed base"): the same kind, bearers that agree (or the same thing), in the same part of the
  /// document, at least ``sharedHeadWords`` words alike from the verb of the action on and at least
  /// half the words of the shorter action, up to a preposition where the tails part; the most alike
  /// first. A common opening ("include a statement of how the council will…") with different ends is
  /// not enough.
  func sharedHeads(oldUsed: inout [Bool], newUsed: inout [Bool]) -> [(Int, Int)] {
    let oldHeads = old.indices.map { oldUsed[$0] ? [] : Self.predicate(old[$0]) }
    var byHead: [ArraySlice<String>: [Int]] = [:]
    for oldIndex in old.indices where oldHeads[oldIndex].count >= Self.sharedHeadWords {
      byHead[oldHeads[oldIndex].prefix(Self.sharedHeadWords), default: []].append(oldIndex)
    }
    guard !byHead.isEmpty else { return [] }
    var scored: [(Double, Int, Int)] = []
    for newIndex in new.indices where !newUsed[newIndex] {
      let newItem = new[newIndex]
      let head = Self.predicate(newItem)
      guard head.count >= Self.sharedHeadWords, let candidates = byHead[head.prefix(Self.sharedHeadWords)],
        Self.stems(Array(head.prefix(Self.sharedHeadWords))).count >= Self.sharedHeadStems
      else { continue }
      for oldIndex in candidates.prefix(64) {
        let oldItem = old[oldIndex]
        let alike = zip(oldHeads[oldIndex], head).prefix { $0 == $1 }.count
        guard 2 * alike >= min(oldHeads[oldIndex].count, head.count),
          ComparisonLexicon.tailPrepositions.contains(head[head.startIndex + alike - 1]),
          oldItem.obligation.kind == newItem.obligation.kind, samePart(oldItem.anchor, newItem.anchor),
          Self.bearersAgree(oldItem.obligation, newItem.obligation),
          oldItem.obligation.subject?.lowercased() == newItem.obligation.subject?.lowercased()
        else { continue }
        scored.append((Double(alike), oldIndex, newIndex))
      }
    }
    return Self.bestFirst(scored, oldUsed: &oldUsed, newUsed: &newUsed)
  }

  /// An action's core words from its verb on: "the certificate to include…" is "include…".
  static func predicate(_ item: NormalizedObligation) -> ArraySlice<String> {
    let core = item.core[...]
    guard let subject = item.obligation.subject else { return core }
    let words = EditorialNormalizer.words(subject)
    guard core.starts(with: words), core.dropFirst(words.count).first == "to" else { return core }
    return core.dropFirst(words.count + 1)
  }
}
