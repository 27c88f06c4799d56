/// A cross-reference that points somewhere else in the new version: "under section 5" → "under
/// section 6". The words around it are the same, so the normaliser (which reads reference numbers as
/// editorial) sees no change; but the duty now depends on another provision, unless the revision
/// renumbered the old target to the new one (section 5 became section 6), which is editorial.
enum ReferenceRetarget {
  /// A reference read apart: its word in full ("section" for "s."), its number ("5", "4.2", "12(3)")
  /// and what follows ("of the Care Act 2014"), lower-cased.
  struct Parsed: Equatable {
    var word: String
    var number: String
    var rest: String

    /// The number's first part, the section itself: "12" of "12(3)", "4.2" of "4.2(a)".
    var main: Substring { number.prefix { $0 != "(" } }
  }

  /// Reads a reference such as "section 75 of the National Health Service Act 2006" or "s. 4(2)".
  static func parse(_ reference: String) -> Parsed? {
    let words = reference.lowercased().split(separator: " ").map { String($0).trimming(".,;:") }
    guard words.count >= 2, let first = words.first, !first.isEmpty,
      ReferenceLexicon.comparedReferenceWords.contains(first), words[1].first?.isNumber == true
    else { return nil }
    let word = ReferenceLexicon.referenceForms[first] ?? first
    return Parsed(word: word, number: words[1], rest: words.dropFirst(2).joined(separator: " "))
  }

  /// The references of `old` that point elsewhere in `new`, each with what it points to now, as
  /// notes ("reference retargeted: section 5 → section 6"); none when the targets were renumbered.
  static func notes(old: Obligation, new: Obligation, anchors: SectionAligner.SectionMap) -> [String] {
    guard old.references != new.references else { return [] }
    let before = old.references.compactMap { reference in parse(reference).map { (reference, $0) } }
    let after = new.references.compactMap { reference in parse(reference).map { (reference, $0) } }
    var unmatched = after.filter { item in !before.contains { $0.1 == item.1 } }
    var notes: [String] = []
    for (text, parsed) in before where !after.contains(where: { $0.1 == parsed }) {
      // The same kind of reference to the same place (the same Act, or this document), another number.
      guard let index = unmatched.firstIndex(where: { $0.1.word == parsed.word && $0.1.rest == parsed.rest })
      else { continue }
      let target = unmatched.remove(at: index)
      if parsed.rest.isEmpty, renumbered(parsed, to: target.1, anchors: anchors) { continue }
      notes.append("reference retargeted: \(text) → \(target.0)")
    }
    return notes
  }

  /// Whether this revision renumbered the section a reference pointed to as the one it points to
  /// now: an old section whose own number is the old reference's became one numbered as the new.
  private static func renumbered(_ old: Parsed, to new: Parsed, anchors: SectionAligner.SectionMap) -> Bool {
    if old.main == new.main { return old.number == new.number }
    return anchors.counterparts.contains { from, to in
      number(of: from) == old.main && number(of: to) == new.main
    }
  }

  /// The number a section path ends in: "5" of "Part 1 › 5", "4.2" of "4 › 4.2".
  private static func number(of anchor: String) -> Substring? {
    guard let last = anchor.components(separatedByBytes: " › ").last else { return nil }
    var number = last.prefix { !$0.isWhitespace }
    while number.hasSuffix(".") { number = number.dropLast() }
    return number.first?.isNumber == true ? number : nil
  }
}
