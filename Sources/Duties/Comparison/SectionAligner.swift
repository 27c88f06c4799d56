/// Aligns the sections of two versions by their content, so that a renumbered section is still the
/// same section and an obligation that really changed section can be told apart.
enum SectionAligner {
  /// The section an obligation belongs to: its path without the subsection, paragraph and item labels
  /// ("Part 1 › 6 › (1)" → "Part 1 › 6", "3 › 3.2 › (a)" → "3").
  static func anchor(of section: String) -> String {
    var parts = section.components(separatedByBytes: " › ")
    while parts.count > 1, let last = parts.last,
      last.hasPrefix("(") || last.first?.isNumber == true && last.contains(".")
    {
      parts.removeLast()
    }
    return parts.joined(separator: " › ")
  }

  /// Where the sections of the old version went: each old anchor's counterpart (one to one), and
  /// every new anchor that holds more than half of an old anchor's sentences word for word (where a
  /// section merged into another, or was split, went).
  struct SectionMap: Sendable {
    var counterparts: [String: String]
    var destinations: [String: Set<String>]
    /// The new anchors that are some old anchor's counterpart; the others are headings the new version
    /// added.
    var matched: Set<String> = []
    /// The old offsets of the obligations whose counterparts left the order that the others kept (see
    /// `outOfOrder(_:)`); set once the obligations are paired.
    var reordered: Set<Int> = []

    /// Whether an obligation under `old` (at `offset` in the old version) that is now under `new` moved:
    /// its section's content did not go there, and neither section holds the other (headings flattened
    /// or added are no move).
    func isMove(from old: String, to new: String, offset: Int) -> Bool {
      let expected = counterparts[old] ?? old
      if expected == new || destinations[old]?.contains(new) == true { return false }
      // Text that stood before the first heading, now under a heading the new version added: the
      // headings were put over it, and only what left its place among the rest moved.
      if old.isEmpty, !matched.contains(new) { return reordered.contains(offset) }
      // An item renumbered in its list, unless its old number went elsewhere.
      if counterparts[old] == nil, SectionAligner.areSiblingItems(old, new) { return false }
      return !SectionAligner.isNested(expected, new) && !SectionAligner.isNested(old, new)
    }
  }

  /// The pairs (old index, new index) that left the order the others kept: those outside a longest
  /// run of pairs in the same order in both versions.
  static func outOfOrder(_ pairs: [(Int, Int)]) -> [(Int, Int)] {
    let sorted = pairs.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
    // Patience sorting: tails[k] is the position in `sorted` ending the best run of length k + 1.
    var tails: [Int] = []
    var previous = [Int](repeating: -1, count: sorted.count)
    for (position, pair) in sorted.enumerated() {
      var low = 0
      var high = tails.count
      while low < high {
        let middle = (low + high) / 2
        if sorted[tails[middle]].0 <= pair.0 { low = middle + 1 } else { high = middle }
      }
      if low > 0 { previous[position] = tails[low - 1] }
      if low == tails.count { tails.append(position) } else { tails[low] = position }
    }
    var kept = [Bool](repeating: false, count: sorted.count)
    var position = tails.last ?? -1
    while position >= 0 {
      kept[position] = true
      position = previous[position]
    }
    return sorted.indices.filter { !kept[$0] }.map { sorted[$0] }
  }

  /// Whether two section paths are numbered items of one list under a heading ("Rules › 6" and "Rules
  /// › 4"): an item renumbered because others were taken out or put in has not moved. Top-level numbers
  /// (chapters, sections of an Act) are not list items.
  static func areSiblingItems(_ a: String, _ b: String) -> Bool {
    let first = a.components(separatedByBytes: " › ")
    let second = b.components(separatedByBytes: " › ")
    guard first.count > 1, first.count == second.count, first.dropLast() == second.dropLast(),
      let aLabel = first.last, let bLabel = second.last, let parent = first.dropLast().last,
      // Sections of an Act under a Part or Chapter, or numbered headings, are not items of a list.
      !parent.isEmpty, !parent.allSatisfy({ $0.isNumber || $0 == "." }),
      !ReferenceLexicon.divisionWords.contains(parent.split(separator: " ").first.map(String.init) ?? "")
    else { return false }
    return !aLabel.isEmpty && !bLabel.isEmpty && aLabel.allSatisfy(\.isNumber)
      && bLabel.allSatisfy(\.isNumber)
  }

  /// Whether one section path is the other or lies inside it ("3" and "3 › Before you start").
  static func isNested(_ a: String, _ b: String) -> Bool {
    let first = a.components(separatedByBytes: " › ")
    let second = b.components(separatedByBytes: " › ")
    let shared = min(first.count, second.count)
    return shared > 0 && first.prefix(shared) == second.prefix(shared)
  }

  /// The new anchors the old ones became (one to one), and where each old anchor's sentences went.
  static func map(old: [NormalizedObligation], new: [NormalizedObligation]) -> SectionMap {
    // Each side's maps are built on its own core; indexing (rather than iterating) the obligations
    // reads their keys without copying each one.
    let (oldKeys, (newCounts, holders)) = Parallel.pair(
      {
        var oldKeys: [String: [String]] = [:]
        for position in old.indices { oldKeys[old[position].anchor, default: []].append(old[position].key) }
        return oldKeys
      },
      {
        var newCounts: [String: Int] = [:]
        var holders = Multimap<String, String>(minimumCapacity: new.count)  // key -> new anchors holding it
        for position in new.indices {
          newCounts[new[position].anchor, default: 0] += 1
          holders.insert(new[position].anchor, for: new[position].key)
        }
        return (newCounts, holders)
      })
    var candidates: [(score: Double, old: String, new: String)] = []
    var destinations: [String: Set<String>] = [:]
    for (oldAnchor, keys) in oldKeys {
      var shared: [String: Int] = [:]
      for key in keys { holders.forEach(of: key) { shared[$0, default: 0] += 1 } }
      // Where more than half of the section's sentences went word for word.
      let went = shared.filter { 2 * $0.value > keys.count }.keys
      if !went.isEmpty { destinations[oldAnchor] = Set(went) }
      if newCounts[oldAnchor] != nil, shared[oldAnchor] == nil { shared[oldAnchor] = 0 }
      // Text before the first heading is no section: headings added over it are no counterpart of it.
      for (newAnchor, count) in shared where oldAnchor.isEmpty == newAnchor.isEmpty {
        let size = max(keys.count, newCounts[newAnchor] ?? 0)
        var score = Double(count) / Double(max(1, size))
        if newAnchor == oldAnchor { score += 0.3 }
        candidates.append((score, oldAnchor, newAnchor))
      }
    }
    candidates.sort { ($0.score, $1.old, $1.new) > ($1.score, $0.old, $0.new) }
    var map: [String: String] = [:]
    var taken: Set<String> = []
    for candidate in candidates
    where map[candidate.old] == nil && !taken.contains(candidate.new) && candidate.score > 0 {
      map[candidate.old] = candidate.new
      taken.insert(candidate.new)
    }
    return SectionMap(counterparts: map, destinations: destinations, matched: taken)
  }
}
