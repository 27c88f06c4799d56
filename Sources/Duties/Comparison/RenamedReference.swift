/// A sentence that differs only where it names a body by its old name and now by its new one, the same
/// body renamed: "give directions to the Board" → "give directions to NHS England" (the NHS
/// Commissioning Board, renamed NHS England in 2013). Nothing required changed. Only the table's
/// renames count (``BearerSuccession/renames``): a successor body ("a primary care trust" → "a clinical
/// commissioning group") is another body, and the change is reported.
enum RenamedReference {
  /// Whether `old`, with each renamed body that `new` names by its new name written so, is `new` word
  /// for word (case aside; numbers, references and brackets as written). A short name ("the Board")
  /// counts only where the old version names a bearer by it (`shortNames`, capitalised) and one body of
  /// the table ends in that word.
  static func isOnly(old: String, new: String, successions: BearerSuccession, shortNames: Set<String>) -> Bool
  {
    let renamed = renaming(old, toward: new, successions: successions, shortNames: shortNames)
    return renamed != old && words(renamed) == words(new)
  }

  /// `old` with each renamed body's old name, full ("the NHS Commissioning Board") or short, written by
  /// its new name, where `new` names the body by its new name and no longer by the old.
  static func renaming(
    _ old: String, toward new: String, successions: BearerSuccession, shortNames: Set<String>
  ) -> String {
    var text = old
    for entry in successions.renames {
      guard let successor = entry.successor, new.containsBytes(successor),
        !new.containsBytes(entry.predecessor)
      else { continue }
      var names = ["the " + entry.predecessor, entry.predecessor]
      if let short = entry.predecessor.split(separator: " ").last.map(String.init),
        shortNames.contains(short),
        successions.entries.filter({ $0.predecessor.split(separator: " ").last.map(String.init) == short })
          .count == 1
      {
        names.append("the " + short)
      }
      for name in names where text.containsBytes(name) && !new.containsBytes(name) {
        text = text.components(separatedByBytes: name).joined(separator: successor)
      }
    }
    return text
  }

  /// The words of a sentence as written, lower-cased.
  private static func words(_ text: String) -> [Substring] {
    text.lowercased().split { $0 == " " || $0 == "\n" || $0 == "\t" }.map { $0[...] }
  }
}
