/// A sentence whose only change is a modal word of another clause in it: "You must save passkeys in
/// one of these places: 1. a browser profile; 2. a Yubikey — this must be a separate one" → "… this
/// should be a separate one". The lead-in's own obligation is the same; the item's is compared on its
/// own and reported there.
enum ModalOnlyChange {
  /// Whether every word `diff` deletes or inserts is a modal word (``ComparisonLexicon/modalWords``).
  static func isOnly(_ diff: [WordDiff.Segment]) -> Bool {
    var changed = false
    for segment in diff where segment.op != .equal {
      for word in segment.text.split(separator: " ") {
        let bare = word.lowercased().trimming(".,;:()[]\"'‘’“”")
        guard ComparisonLexicon.modalWords.contains(bare) else { return false }
        changed = true
      }
    }
    return changed
  }
}
