import OrderedCollections

/// Pairs the obligations of two versions: identical ones first, then the most similar by sentence,
/// action and bearer among candidates that share rare words, never comparing every pair.
struct ObligationAligner {
  let old: [NormalizedObligation]
  let new: [NormalizedObligation]
  let anchors: [String: String]

  private struct Profile: Sendable {
    var words: Set<String>
    var action: Set<String>
    /// The bearers, by `BearerSuccession.key(_:)` ("PCT" is "primary care trust").
    var parties: Set<String>
    /// The content words of the thing a requirement is on, when no party bears it ("the certificate").
    var thing: Set<String>
    var anchor: String
    /// Whether the obligation forbids or advises against ("must not", "should not").
    var forbids: Bool
  }

  /// Pairs of indices (old, new).
  func align() -> [(Int, Int)] {
    let anchors = self.anchors
    var pairs: [(Int, Int)] = []
    var oldUsed = [Bool](repeating: false, count: old.count)
    var newUsed = [Bool](repeating: false, count: new.count)

    // 1. Identical sentences, preferring the aligned section.
    var byKey = Multimap<String, Int>(minimumCapacity: old.count)
    for index in old.indices { byKey.append(index, for: old[index].key) }
    for pass in 0..<2 {
      for newIndex in new.indices where !newUsed[newIndex] {
        let pick = byKey.first(of: new[newIndex].key) { oldIndex in
          !oldUsed[oldIndex] && (pass == 1 || anchors[old[oldIndex].anchor] == new[newIndex].anchor)
        }
        if let oldIndex = pick {
          pairs.append((oldIndex, newIndex))
          oldUsed[oldIndex] = true
          newUsed[newIndex] = true
        }
      }
    }

    // 2. Similar obligations among candidates sharing rare words. Only what step 1 left needs word
    // sets (in a revision most sentences are identical); each side's are built on its own core.
    let oldLeft = old.indices.filter { !oldUsed[$0] }
    let newLeft = new.indices.filter { !newUsed[$0] }
    let (oldProfiles, newProfiles) = Parallel.pair(
      { [old] in Self.profiles(old, oldLeft) }, { [new] in Self.profiles(new, newLeft) })
    var documentFrequency: [String: Int] = [:]
    var postings: [String: [Int]] = [:]
    for (oldIndex, profile) in oldProfiles {
      for word in profile.words {
        documentFrequency[word, default: 0] += 1
        postings[word, default: []].append(oldIndex)
      }
    }
    // Scoring a new obligation against its candidates depends on it alone: spread over the cores.
    let scoredByNew = Parallel.map(newLeft.count, chunkSize: 64) {
      [documentFrequency, postings, oldProfiles, newLeft, newProfiles] position -> [(Double, Int, Int)] in
      let newIndex = newLeft[position]
      let profile = newProfiles[newIndex]!
      let rare = profile.words.filter { documentFrequency[$0] != nil }
        .sorted { (documentFrequency[$0]!, $0) < (documentFrequency[$1]!, $1) }.prefix(6)
      var candidates: Set<Int> = []
      for word in rare {
        for oldIndex in postings[word]!.prefix(64) { candidates.insert(oldIndex) }
      }
      var scored: [(Double, Int, Int)] = []
      for oldIndex in candidates {
        let score = Self.similarity(oldProfiles[oldIndex]!, profile, anchors: anchors)
        if score >= 0.45 { scored.append((score, oldIndex, newIndex)) }
      }
      return scored
    }
    pairs += Self.bestFirst(Array(scoredByNew.joined()), oldUsed: &oldUsed, newUsed: &newUsed)
    pairs += progressions(oldUsed: &oldUsed, newUsed: &newUsed)
    pairs += rewrites(oldUsed: &oldUsed, newUsed: &newUsed)
    pairs += restatements(oldUsed: &oldUsed, newUsed: &newUsed)
    pairs += sharedHeads(oldUsed: &oldUsed, newUsed: &newUsed)
    pairs += replacements(pairs, oldUsed: &oldUsed, newUsed: &newUsed)
    return pairs
  }

  /// 4. An obligation rewritten in place ("Third-party actions should only be used if" → "Make use
  /// of a third-party action only if"): in the counterpart section, the one left on each side whose
  /// action shares most of its stemmed content words, by bearers that do not contradict each other.
  private func rewrites(oldUsed: inout [Bool], newUsed: inout [Bool]) -> [(Int, Int)] {
    let oldLeft = old.indices.filter { !oldUsed[$0] }
    guard !oldLeft.isEmpty else { return [] }
    let oldStems = Dictionary(
      uniqueKeysWithValues: oldLeft.map { ($0, Self.stems(old[$0].core)) })
    // Candidates share a stem: the old obligations holding each, at most 64 a stem, so that two
    // unrelated documents of thousands of obligations are not compared pair by pair.
    var postings: [String: [Int]] = [:]
    for oldIndex in oldLeft {
      for stem in oldStems[oldIndex]! where postings[stem, default: []].count < 64 {
        postings[stem, default: []].append(oldIndex)
      }
    }
    var scored: [(Double, Int, Int)] = []
    for newIndex in new.indices where !newUsed[newIndex] {
      let newItem = new[newIndex]
      let newStems = Self.stems(newItem.core)
      guard newStems.count >= 2 else { continue }
      let candidates = Set(newStems.flatMap { postings[$0] ?? [] })
      for oldIndex in candidates.sorted() where Self.sameRegion(old[oldIndex].anchor, newItem.anchor, anchors)
      {
        guard Self.bearersAgree(old[oldIndex].obligation, newItem.obligation), let stems = oldStems[oldIndex],
          stems.count >= 2
        else { continue }
        let score = jaccard(stems, newStems)
        if score >= 0.6 { scored.append((score, oldIndex, newIndex)) }
      }
    }
    return Self.bestFirst(scored, oldUsed: &oldUsed, newUsed: &newUsed)
  }

  /// Pairs from scored candidates (score, old, new), the highest first (ties by position), each
  /// obligation at most once.
  static func bestFirst(_ scored: [(Double, Int, Int)], oldUsed: inout [Bool], newUsed: inout [Bool])
    -> [(Int, Int)]
  {
    var pairs: [(Int, Int)] = []
    for (_, oldIndex, newIndex) in scored.sorted(by: { ($0.0, $1.1, $1.2) > ($1.0, $0.1, $0.2) })
    where !oldUsed[oldIndex] && !newUsed[newIndex] {
      pairs.append((oldIndex, newIndex))
      oldUsed[oldIndex] = true
      newUsed[newIndex] = true
    }
    return pairs
  }

  /// Whether an old section and a new one are the same part of the document: counterparts, one
  /// inside the other, or either side without sections there.
  static func sameRegion(_ old: String, _ new: String, _ anchors: [String: String]) -> Bool {
    let expected = anchors[old] ?? old
    return expected == new || old.isEmpty || new.isEmpty || SectionAligner.isNested(expected, new)
  }

  /// Whether two obligations' bearers can be one: the same parties, or either left unnamed (an
  /// imperative's reader, a passive).
  static func bearersAgree(_ a: Obligation, _ b: Obligation) -> Bool {
    let first = Set((a.bearer?.parties ?? []).map(BearerSuccession.key))
    let second = Set((b.bearer?.parties ?? []).map(BearerSuccession.key))
    return first.isEmpty || second.isEmpty || first == ["reader"] || second == ["reader"]
      || !first.isDisjoint(with: second)
  }

  /// The content words of an action, crudely stemmed ("actions" → "action", "publishing" → "publish").
  static func stems(_ words: [String]) -> Set<String> {
    Set(
      words.compactMap { word in
        guard !ComparisonLexicon.functionWords.contains(word), word.count > 2 else { return nil }
        for suffix in ComparisonLexicon.stemSuffixes
        where word.count - suffix.count >= 3 && word.hasSuffix(suffix) {
          return String(word.dropLast(suffix.count))
        }
        return word
      })
  }

  /// 3. Across a green paper, white paper and guidance the same duty is reworded at each step: a
  /// proposal or commitment and a later statement with the same bearers and the same main verb
  /// ("co-operate") are one obligation moving on.
  private func progressions(oldUsed: inout [Bool], newUsed: inout [Bool]) -> [(Int, Int)] {
    func bearers(_ item: NormalizedObligation) -> Set<String> {
      Set((item.obligation.bearer?.parties ?? []).map(BearerSuccession.key))
    }
    var pairs: [(Int, Int)] = []
    for (newIndex, newItem) in new.enumerated() where !newUsed[newIndex] {
      let newBearers = bearers(newItem)
      guard let verb = newItem.action.first, !newBearers.isEmpty else { continue }
      var best: (Double, Int)?
      for (oldIndex, oldItem) in old.enumerated() where !oldUsed[oldIndex] {
        guard oldItem.obligation.kind.isPolicy || newItem.obligation.kind.isPolicy,
          oldItem.obligation.kind.stage != newItem.obligation.kind.stage,
          oldItem.action.first == verb
        else { continue }
        let oldBearers = bearers(oldItem)
        // "could require the two bodies to agree a joint assessment" → "PCTs must agree with each
        // local authority a joint assessment": one of the bearers, with most of the content words.
        guard
          oldBearers == newBearers
            || newBearers.isSubset(of: oldBearers)
              && jaccard(Self.stems(oldItem.core), Self.stems(newItem.core)) >= Self.narrowedProgression
        else { continue }
        let score = jaccard(Set(oldItem.action), Set(newItem.action))
        if best == nil || score > best!.0 { best = (score, oldIndex) }
      }
      if let (_, oldIndex) = best {
        pairs.append((oldIndex, newIndex))
        oldUsed[oldIndex] = true
        newUsed[newIndex] = true
      }
    }
    return pairs
  }

  /// The share of stemmed content words a proposal and a later statement by fewer of its bearers must
  /// have to be one obligation moving on.
  static let narrowedProgression = 0.3

  /// The word sets of the obligations at `indices`, by index, in the order of `indices`.
  private static func profiles(_ items: [NormalizedObligation], _ indices: [Int]) -> OrderedDictionary<
    Int, Profile
  > {
    var profiles: OrderedDictionary<Int, Profile> = [:]
    profiles.reserveCapacity(indices.count)
    for index in indices {
      let item = items[index]
      profiles[index] = Profile(
        words: Set(item.words), action: Set(item.core),
        parties: Set((item.obligation.bearer?.parties ?? []).map(BearerSuccession.key)),
        thing: Set(EditorialNormalizer.words(item.obligation.subject ?? "")).subtracting(
          ComparisonLexicon.functionWords),
        anchor: item.anchor,
        forbids: Self.forbiddingKinds.contains(item.obligation.kind))
    }
    return profiles
  }

  private static func similarity(_ a: Profile, _ b: Profile, anchors: [String: String]) -> Double {
    var score = 0.6 * jaccard(a.words, b.words) + 0.25 * jaccard(a.action, b.action)
    // Requirements on things compare their things: "The certificate MAY include…" is not "The list MAY include…".
    let borne = a.parties.isEmpty && b.parties.isEmpty
    let things = borne && !a.thing.isEmpty && !b.thing.isEmpty
    score += 0.15 * (things ? jaccard(a.thing, b.thing) : borne ? 1 : jaccard(a.parties, b.parties))
    if anchors[a.anchor] == b.anchor { score += 0.1 }
    // The halves of "MAY contain X but SHOULD NOT contain Y" share their sentence: each keeps its sense.
    if a.forbids != b.forbids { score -= 0.1 }
    return score
  }

  /// Kinds that forbid or advise against an act.
  static let forbiddingKinds: Set<ObligationKind> = [.prohibition, .adviceAgainst, .noEntitlement]
}

/// The Jaccard similarity of two sets, 1 for two empty sets; counted without making the intersection or the union.
func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
  guard !a.isEmpty || !b.isEmpty else { return 1 }
  let (smaller, larger) = a.count <= b.count ? (a, b) : (b, a)
  var shared = 0
  for element in smaller where larger.contains(element) { shared += 1 }
  return Double(shared) / Double(a.count + b.count - shared)
}
