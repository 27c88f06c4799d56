/// The other obligations of a sentence that holds several ("The certificate MAY contain more than one
/// DNS-ID but SHOULD NOT contain more than one CN-ID"): when only a sibling's words changed (the "but
/// SHOULD NOT…" clause dropped), the obligation beside it is the same. The sibling's own change is
/// reported on its own line.
///
/// Words are placed, not only looked up: each obligation holds the words from its trigger on that
/// match its trigger and action in order, and a changed word must stand among a sibling's and not
/// among the obligation's own ("must notify the regulator and the public… and should publish a report
/// to the public" losing "and the public" changes the duty to notify, whatever the other clause says).
struct SiblingClause: Sendable {
  /// The obligations of each sentence that holds more than one, by the offset of the sentence.
  private let old: [Int: [Obligation]]
  private let new: [Int: [Obligation]]

  init(old: [NormalizedObligation], new: [NormalizedObligation]) {
    self.old = Self.groups(old)
    self.new = Self.groups(new)
  }

  private static func groups(_ obligations: [NormalizedObligation]) -> [Int: [Obligation]] {
    var groups: [Int: [Obligation]] = [:]
    for item in obligations { groups[item.obligation.location.offset, default: []].append(item.obligation) }
    return groups.filter { $0.value.count > 1 }
  }

  /// Whether every word that a diff of the normalised sentences deletes from `old`'s, or inserts into
  /// `new`'s, stands among the words of another obligation of that sentence and not among its own (a
  /// joining "and", "but" or "or" aside), and some word changed.
  func changesOnlySiblings(old oldSide: NormalizedObligation, new newSide: NormalizedObligation) -> Bool {
    let oldSiblings = (old[oldSide.obligation.location.offset] ?? []).filter {
      $0.trigger.location != oldSide.obligation.trigger.location
    }
    let newSiblings = (new[newSide.obligation.location.offset] ?? []).filter {
      $0.trigger.location != newSide.obligation.trigger.location
    }
    guard !oldSiblings.isEmpty || !newSiblings.isEmpty else { return false }
    let oldPlaces = Places(oldSide, siblings: oldSiblings)
    let newPlaces = Places(newSide, siblings: newSiblings)
    var (oldIndex, newIndex) = (0, 0)
    var changed = false
    for segment in WordDiff.diff(oldSide.key, newSide.key) {
      let words = segment.text.split(separator: " ").map(String.init)
      // "and" made "or" joins the clauses otherwise: a change of both.
      if segment.op != .equal, words.allSatisfy(ComparisonLexicon.clauseJoiners.contains) { return false }
      switch segment.op {
      case .equal:
        oldIndex += words.count
        newIndex += words.count
      case .delete:
        guard oldPlaces.siblingsHold(words, from: oldIndex) else { return false }
        oldIndex += words.count
        changed = true
      case .insert:
        guard newPlaces.siblingsHold(words, from: newIndex) else { return false }
        newIndex += words.count
        changed = true
      }
    }
    return changed
  }

  /// Which words of a sentence belong to an obligation and which to its siblings.
  private struct Places {
    var own: Set<Int> = []
    var siblings: Set<Int> = []

    init(_ item: NormalizedObligation, siblings others: [Obligation]) {
      own = Self.places(of: item.obligation, in: item.words)
      for other in others { siblings.formUnion(Self.places(of: other, in: item.words)) }
    }

    /// Whether the words at `start` are all a sibling's and none the obligation's own, joiners aside.
    func siblingsHold(_ words: [String], from start: Int) -> Bool {
      for (offset, word) in words.enumerated() where !ComparisonLexicon.clauseJoiners.contains(word) {
        let place = start + offset
        guard siblings.contains(place), !own.contains(place) else { return false }
      }
      return true
    }

    /// The places in `words` (the sentence's) of an obligation's trigger and action, matched in order
    /// from the trigger on; a word of the action that is not found is passed over.
    static func places(of obligation: Obligation, in words: [String]) -> Set<Int> {
      let trigger = EditorialNormalizer.words(obligation.trigger.text)
      guard let first = trigger.first, let start = start(of: obligation, first: first, in: words) else {
        return []
      }
      var places: Set<Int> = []
      var position = start
      for word in trigger + EditorialNormalizer.words(obligation.action) {
        guard let found = words[position...].firstIndex(of: word) else { continue }
        places.insert(found)
        position = found + 1
        if position == words.count { break }
      }
      return places
    }

    /// Where an obligation's trigger stands among the sentence's words: found from its place in the
    /// sentence's text, or else the first word like it.
    private static func start(of obligation: Obligation, first: String, in words: [String]) -> Int? {
      let distance = obligation.trigger.location.offset - obligation.location.offset
      let sentence = obligation.sentence.utf8
      if distance >= 0, distance < sentence.count {
        let prefix = String(decoding: sentence.prefix(distance), as: UTF8.self)
        let index = EditorialNormalizer.words(prefix).count
        if index < words.count, words[index] == first { return index }
      }
      return words.firstIndex(of: first)
    }
  }
}
