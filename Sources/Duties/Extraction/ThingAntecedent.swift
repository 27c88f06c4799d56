/// The party responsible for a thing a requirement is on, where the sentence just before has said
/// that the party makes it: "The authority must prepare a plan. The plan must include…" (the
/// authority), also from one subsection to the next. The thing's last word must be in the object of a
/// making verb (``BearerLexicon/makingVerbs``) that starts the action of an obligation with a bearer
/// in that sentence or the one before, in the same section or a sibling; a state of the thing ("The
/// plan shall be in writing") is not the maker's act.
struct ThingAntecedent {
  /// How many obligations are remembered at most (a long list's items are many in one sentence).
  static let capacity = 16
  /// How many words after the making verb its object may take.
  static let objectWords = 6

  private struct Made {
    var sentence: Int
    var path: [String]
    var words: Set<String>
    var bearer: Party
  }

  private var recent: [Made] = []

  /// Remembers an obligation with a bearer of sentence number `sentence`, if its action makes
  /// something; what is older than the sentence before is forgotten.
  mutating func remember(action: String, bearer: Party, path: [String], sentence: Int) {
    recent.removeAll { $0.sentence < sentence - 1 }
    // Most actions make nothing: the verb is looked at before the object is split into words.
    let verb = action.prefix { $0.isLetter || $0 == "-" }.lowercased()
    guard BearerLexicon.makingVerbs.contains(verb) else { return }
    if recent.count == Self.capacity { recent.removeFirst() }
    let object = action.dropFirst(verb.count).split(separator: " ", maxSplits: Self.objectWords).prefix(
      Self.objectWords)
    recent.append(
      Made(
        sentence: sentence, path: path, words: Set(object.flatMap { Self.words(of: String($0)) }),
        bearer: bearer))
  }

  /// The bearer of the latest remembered obligation that makes the thing, in sentence `sentence` or
  /// the one before, unless the requirement's action (`thing to …`) is a state ("to be").
  func bearer(of thing: String, action: String, path: [String], sentence: Int) -> Party? {
    guard let head = Self.words(of: thing).last, !action.hasPrefix(thing + " to be ") else { return nil }
    return recent.last { made in
      made.sentence >= sentence - 1 && made.words.contains(head)
        && (made.path == path || !path.isEmpty && made.path.dropLast() == path.dropLast())
    }?.bearer
  }

  /// The words of a text, lower-cased and singular ("annual plans" → ["annual", "plan"]).
  private static func words<Text: StringProtocol>(of text: Text) -> [String] {
    text.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map {
      PartyLexicon.singularize($0.lowercased())
    }
  }
}
