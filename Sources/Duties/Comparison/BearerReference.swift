/// An action that refers to its own bearer by a stand-in on one side and by name on the other: "the
/// discharge of any function conferred on that person" → "… conferred on the Secretary of State", once
/// a power of each of several bodies is split by bearer. The action is the same for that bearer.
enum BearerReference {
  /// Whether two actions' normalised words are the same, or differ only where one has a stand-in for
  /// a bearer (``ComparisonLexicon/bearerStandIns``) and the other the name of `bearer` as written.
  static func sameAction(_ old: [String], _ new: [String], bearer: Party?) -> Bool {
    if old == new { return true }
    guard let bearer else { return false }
    var name = EditorialNormalizer.words(bearer.text)
    if name.first == "the" { name.removeFirst() }
    guard !name.isEmpty else { return false }
    return marked(old, name: name) == marked(new, name: name)
  }

  /// Whether a bearer names several parties as alternatives, each bound alone: "the Secretary of State,
  /// the Board or a clinical commissioning group", not "the council and the trust".
  static func isDisjunctive(_ bearer: Party?) -> Bool {
    guard let bearer, bearer.parties.count > 1 else { return false }
    let words = EditorialNormalizer.words(bearer.text)
    return words.contains("or") && !words.contains("and")
  }

  /// The words with each stand-in, and each naming of the bearer (with or without "the"), as one mark.
  private static func marked(_ words: [String], name: [String]) -> [String] {
    var result: [String] = []
    var index = 0
    while index < words.count {
      var start = index
      if words[index] == "the", words.count - index > name.count { start = index + 1 }
      if words.count - start >= name.count, Array(words[start..<start + name.count]) == name {
        result.append("\u{1}")
        index = start + name.count
        continue
      }
      if let standIn = ComparisonLexicon.bearerStandIns.first(where: { phrase in
        words.count - index >= phrase.count && Array(words[index..<index + phrase.count]) == phrase
      }) {
        result.append("\u{1}")
        index += standIn.count
        continue
      }
      result.append(words[index])
      index += 1
    }
    return result
  }
}
