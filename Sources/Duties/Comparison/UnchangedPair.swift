/// A pair that the classifier found reworded, or changed in its action, in ways that change nothing
/// required: only editorial words changed (``EditorialRewording``), or only another obligation of the
/// sentence (``SiblingClause``), a body is named by its new name
/// (``RenamedReference``), or a power of each of several lost the others to a split (``BearerReference``). Such a pair is reported as unchanged.
struct UnchangedPair: Sendable {
  let renamed: RenamedReference
  let siblings: SiblingClause

  init(successions: BearerSuccession, old: [NormalizedObligation], new: [NormalizedObligation]) {
    siblings = SiblingClause(old: old, new: new)
    // The capitalised one-word names the old version gives bearers ("the Board"), which may be a short
    // name of a body the successions table renames.
    let shortNames = Set(
      old.flatMap { $0.obligation.bearer?.parties ?? [] }.filter {
        !$0.contains(" ") && $0.first?.isUppercase == true
      })
    renamed = RenamedReference(successions: successions, shortNames: shortNames)
  }

  /// Whether `aspects` of the pair `old` → `new` change nothing required. `splitFrom` is the old
  /// obligation as written when `old` is its share of a split (and `new` no merge).
  func isUnchanged(
    _ aspects: [ObligationChange.Kind], old: NormalizedObligation, new: NormalizedObligation,
    wordDiff: [WordDiff.Segment]?, splitFrom original: Obligation?
  ) -> Bool {
    // Only pointers, bracketed examples, "shall" → "must" or an acronym for its words: nothing required changed.
    if aspects == [.reworded], EditorialRewording.isOnly(old: old, new: new) { return true }
    // "…MAY contain more than one DNS-ID but SHOULD NOT contain more than one CN-ID": only the other
    // clause went, and is reported on its own.
    if aspects == [.reworded], siblings.changesOnlySiblings(old: old, new: new) {
      return true
    }
    // "directions to the Board" → "directions to NHS England", nothing else changed: the same body by
    // its new name.
    if !aspects.isEmpty, aspects.allSatisfy({ $0 == .reworded || $0 == .actionChanged }),
      old.obligation.bearer?.bound == new.obligation.bearer?.bound,
      renamed.isOnly(old: old.obligation.sentence, new: new.obligation.sentence)
    {
      return true
    }
    // The share of a power of each of several ("A, B or C may…") whose own action is the same
    // ("conferred on that person" → "conferred on the Secretary of State") changed only by the others
    // leaving it. A joint duty ("A and B must…"), or a duty of either ("A or B must…"), made separate
    // is a change.
    if let original, aspects == [.reworded], old.obligation.kind == .permission,
      BearerReference.isDisjunctive(original.bearer),
      BearerReference.sameAction(old.core, new.core, bearer: new.obligation.bearer)
    {
      return true
    }
    return false
  }
}
