/// A sentence that differs only where it names a body by its old name and now by its new one, the same
/// body renamed: "give directions to the Board" → "give directions to NHS England" (the NHS
/// Commissioning Board, renamed NHS England in 2013). Nothing required changed. Only the table's
/// renames count (``BearerSuccession/renames``): a successor body ("a primary care trust" → "a clinical
/// commissioning group") is another body, and the change is reported.
enum RenamedReference {
  /// Whether `old`, with each renamed body the new sentence names by its new name written so, has the
  /// same normalised words as `new`.
  static func isOnly(old: String, new: String, successions: BearerSuccession) -> Bool {
    let renamed = renaming(old, toward: new, successions: successions)
    return renamed != old && EditorialNormalizer.words(renamed) == EditorialNormalizer.words(new)
  }

  /// `old` with each renamed body's old name, full ("the NHS Commissioning Board") or short and
  /// capitalised as an Act defines it ("the Board"), written by its new name, where `new` names the
  /// body by its new name and no longer by the old.
  static func renaming(_ old: String, toward new: String, successions: BearerSuccession) -> String {
    var text = old
    for entry in successions.renames {
      guard let successor = entry.successor, new.containsBytes(successor),
        !new.containsBytes(entry.predecessor)
      else { continue }
      let short = entry.predecessor.split(separator: " ").last.map { "the " + $0 }
      for name in ["the " + entry.predecessor, entry.predecessor] + (short.map { [$0] } ?? [])
      where text.containsBytes(name) && !new.containsBytes(name) {
        text = text.components(separatedByBytes: name).joined(separator: successor)
      }
    }
    return text
  }
}
