/// A condition turned round is a change of what is required, not a rewording: "with the approval of
/// the board" → "without the approval of the board", "unless it contains personal data" → "if it
/// contains personal data", a "not" added to or taken from a condition.
enum ConditionReversal {
  /// Notes naming each reversal in a matched pair's word diff; empty when there is none. A "not"
  /// that comes or goes with the modal ("must" → "must not") changes the kind and is not counted.
  static func notes(old: Obligation, new: Obligation, diff: [WordDiff.Segment]) -> [String] {
    var notes: [String] = []
    var index = 0
    while index < diff.count {
      defer { index += 1 }
      guard diff[index].op != .equal else { continue }
      // A replacement is a deletion followed by an insertion; either may stand alone.
      let isReplacement = diff[index].op == .delete && index + 1 < diff.count && diff[index + 1].op == .insert
      let removed = diff[index].op == .delete ? diff[index].comparedWords : []
      let inserted =
        isReplacement
        ? diff[index + 1].comparedWords : diff[index].op == .insert ? diff[index].comparedWords : []
      let last = isReplacement ? index + 1 : index
      let before = index > 0 && diff[index - 1].op == .equal ? lastWords(diff[index - 1].text, 2) : ""
      let after = phrase(after: last, in: diff)
      if removed.count == 1, inserted.count == 1, ComparisonLexicon.oppositeWords[removed[0]] == inserted[0] {
        notes.append("condition reversed: \(removed[0]) \(after) → \(inserted[0]) \(after)")
      } else if old.kind == new.kind, removed.count <= 3, inserted.count <= 3 {
        // "not only … but also" adds, it does not negate.
        let added = Set(inserted).intersection(ComparisonLexicon.negatingWords).subtracting(removed)
          .filter { !Self.isNotOnly($0, in: inserted) }
        let dropped = Set(removed).intersection(ComparisonLexicon.negatingWords).subtracting(inserted)
          .filter { !Self.isNotOnly($0, in: removed) }
        if let word = added.sorted().first {
          notes.append(
            "condition negated: “\(word)” added: " + join(before, diff[last].text, after))
        } else if let word = dropped.sorted().first {
          notes.append(
            "condition no longer negated: “\(word)” taken out: " + join(before, diff[index].text, after))
        }
      }
      if isReplacement { index += 1 }
    }
    return notes
  }

  /// Whether `word` is the "not" of "not only" among `words`.
  private static func isNotOnly(_ word: String, in words: [String]) -> Bool {
    guard word == "not", let index = words.firstIndex(of: "not") else { return false }
    return index + 1 < words.count && words[index + 1] == "only"
  }

  private static func join(_ parts: String...) -> String {
    parts.filter { !$0.isEmpty }.joined(separator: " ").trimming(".;:,")
  }

  /// Up to five words of the equal segment after `index`, to show what the condition is about.
  private static func phrase(after index: Int, in diff: [WordDiff.Segment]) -> String {
    guard index + 1 < diff.count, diff[index + 1].op == .equal else { return "" }
    return diff[index + 1].text.split(separator: " ").prefix(5).joined(separator: " ").trimming(".;:,")
  }

  private static func lastWords(_ text: String, _ count: Int) -> String {
    text.split(separator: " ").suffix(count).joined(separator: " ")
  }
}
