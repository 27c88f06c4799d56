/// Words that differ only by a pronoun standing for what the other side names: "enable the behaviour
/// by default" → "enable it by default", "if the client is an interactive client that…" → "if the
/// client is one that…". Neither the action nor the condition changed.
enum PronounSubstitution {
  /// The longest phrase a pronoun may stand for, in words.
  static let longestPhrase = 5

  /// Whether `old` and `new` (normalised words) differ, and only where one side has a pronoun and the
  /// other a short phrase with no number or negation in it.
  static func isOnly(_ old: [String], _ new: [String]) -> Bool {
    guard old != new else { return false }
    let segments = WordDiff.diff(old.joined(separator: " "), new.joined(separator: " "))
    var index = 0
    while index < segments.count {
      guard segments[index].op != .equal else {
        index += 1
        continue
      }
      // A change is a deletion, an insertion, or one of each side by side.
      var deleted: [Substring] = []
      var inserted: [Substring] = []
      while index < segments.count, segments[index].op != .equal {
        let words = segments[index].text.split(separator: " ")
        if segments[index].op == .delete { deleted += words } else { inserted += words }
        index += 1
      }
      guard stands(for: deleted, by: inserted) || stands(for: inserted, by: deleted) else { return false }
    }
    return true
  }

  /// Whether `pronoun` is one pronoun and `phrase` a noun phrase it can stand for: opening with a
  /// determiner ("the behaviour", "an interactive client"), with no number, negation, preposition or
  /// qualifier in it ("the records for six years", "the report on its website", "the rent late" are more
  /// than a thing named).
  private static func stands(for phrase: [Substring], by pronoun: [Substring]) -> Bool {
    guard pronoun.count == 1, ComparisonLexicon.standInPronouns.contains(String(pronoun[0])),
      let first = phrase.first, PartyLexicon.determiners.contains(String(first)),
      phrase.count <= longestPhrase
    else { return false }
    return !phrase.dropFirst().contains { word in
      let word = String(word)
      return word.contains(where: \.isNumber) || ClauseParts.isNumberWord(word)
        || ComparisonLexicon.negatingWords.contains(word) || ComparisonLexicon.standInPronouns.contains(word)
        || PartyLexicon.prepositions.contains(word) || ComparisonLexicon.qualifyingWords.contains(word)
        || word.hasSuffix("ly")
    }
  }
}
