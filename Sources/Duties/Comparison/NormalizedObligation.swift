/// An obligation with its editorially normalised words, computed once for the whole comparison.
struct NormalizedObligation: Sendable {
  let obligation: Obligation
  /// The normalised words of the sentence.
  let words: [String]
  /// The words joined: equal keys mean the same sentence.
  let key: String
  /// The normalised words of the action, without pointers to other parts of the text.
  let action: [String]
  /// The action's words without bracketed examples or a trailing list of them ("…, including joint directors"), which
  /// pairing and classification leave aside.
  let core: [String]
  /// The section the obligation belongs to (see `SectionAligner.anchor(of:)`).
  let anchor: String

  init(_ obligation: Obligation) {
    self.obligation = obligation
    self.words = EditorialNormalizer.words(obligation.sentence)
    self.key = words.joined(separator: " ")
    self.action = EditorialNormalizer.withoutPointers(EditorialNormalizer.words(obligation.action))
    self.core = EditorialNormalizer.withoutExamples(EditorialNormalizer.withoutExampleBrackets(action))
    self.anchor = SectionAligner.anchor(of: obligation.section)
  }
}
