/// A sentence that differs only where it names a body by its old name and now by its new one, the same
/// body renamed: "give directions to the Board" → "give directions to NHS England" (the NHS
/// Commissioning Board, renamed NHS England in 2013). Nothing required changed. Only the table's
/// renames count (``BearerSuccession/renames``): a successor body ("a primary care trust" → "a clinical
/// commissioning group") is another body, and the change is reported.
///
/// The names are worked out once for a comparison, not for every pair.
struct RenamedReference: Sendable {
  /// A renamed body: the names it was written by before, and its new name.
  private struct Rename: Sendable {
    let predecessor: String
    let successor: String
    let oldNames: [String]
  }

  private let renames: [Rename]

  /// `shortNames` are the capitalised one-word names the old version gives bearers ("Board"): a short
  /// name ("the Board") counts only where the old version names a bearer by it and one body of the table
  /// ends in that word.
  init(successions: BearerSuccession, shortNames: Set<String>) {
    let lastWord = { (name: String) in name.split(separator: " ").last.map(String.init) }
    let endings = Dictionary(grouping: successions.entries.compactMap { lastWord($0.predecessor) }) { $0 }
    renames = successions.renames.compactMap { entry in
      guard let successor = entry.successor else { return nil }
      var names = ["the " + entry.predecessor, entry.predecessor]
      if let short = lastWord(entry.predecessor), shortNames.contains(short), endings[short]?.count == 1 {
        names.append("the " + short)
      }
      return Rename(predecessor: entry.predecessor, successor: successor, oldNames: names)
    }
  }

  /// Whether `old`, with each renamed body that `new` names by its new name written so, is `new` word
  /// for word (case aside; numbers, references and brackets as written).
  func isOnly(old: String, new: String) -> Bool {
    let renamed = renaming(old, toward: new)
    return renamed != old && Self.words(renamed) == Self.words(new)
  }

  /// `old` with each renamed body's old name, full ("the NHS Commissioning Board") or short, written by
  /// its new name, where `new` names the body by its new name and no longer by the old.
  func renaming(_ old: String, toward new: String) -> String {
    var text = old
    for rename in renames where new.containsBytes(rename.successor) && !new.containsBytes(rename.predecessor)
    {
      for name in rename.oldNames where text.containsBytes(name) && !new.containsBytes(name) {
        text = text.components(separatedByBytes: name).joined(separator: rename.successor)
      }
    }
    return text
  }

  /// The words of a sentence as written, lower-cased.
  private static func words(_ text: String) -> [Substring] {
    text.lowercased().split { $0 == " " || $0 == "\n" || $0 == "\t" }.map { $0[...] }
  }
}
