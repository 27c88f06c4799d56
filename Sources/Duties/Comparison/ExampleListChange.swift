/// A list that stops being examples and becomes what is required ("…, for example: A, B" → "…,
/// including: A, B") has strengthened the obligation; the other way round it has weakened it.
enum ExampleListChange {
  /// The direction and a note for a matched pair's word diff, or `nil` when no list lead changed so.
  static func assess(_ diff: [WordDiff.Segment]) -> (aspect: ObligationChange.Kind, note: String)? {
    for index in diff.indices.dropLast()
    where diff[index].op == .delete && diff[index + 1].op == .insert {
      let removed = diff[index].comparedWords.filter { !$0.isEmpty }
      let inserted = diff[index + 1].comparedWords.filter { !$0.isEmpty }
      guard removed.count <= 3, inserted.count <= 3 else { continue }
      let was = lead(in: removed)
      let now = lead(in: inserted)
      let shown = "“\(diff[index].text.trimming(" .;:,"))” → “\(diff[index + 1].text.trimming(" .;:,"))”"
      if was == .illustrative, now == .inclusive {
        return (.strengthened, "examples became required content: \(shown)")
      }
      if was == .inclusive, now == .illustrative {
        return (.weakened, "required content became examples: \(shown)")
      }
    }
    return nil
  }

  private enum Lead { case illustrative, inclusive }

  private static func lead(in words: [String]) -> Lead? {
    let text = words.joined(separator: " ")
    if ComparisonLexicon.illustrativeLeads.contains(text) { return .illustrative }
    if ComparisonLexicon.inclusiveLeads.contains(text) { return .inclusive }
    return nil
  }
}
