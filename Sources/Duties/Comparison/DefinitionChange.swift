/// A change in what a defined term covers (who a list names, or what an inline definition says),
/// which changes the bearers of every duty stated with it.
public struct DefinitionChange: Hashable, Sendable, Codable {
  /// The term ("NHS body", "relevant partner", "member").
  public var term: String
  /// Parties the new version adds to the term's list.
  public var added: [String]
  /// Parties the new version's list no longer names.
  public var removed: [String]
  /// The definition in the old version.
  public var old: TermDefinition
  /// The definition in the new version.
  public var new: TermDefinition
  /// How many of the new version's obligations name the term as (part of) their bearer: the
  /// duties whose reach the change moves.
  public var boundObligations: Int
  /// Where the change stands in a review, when a review file was applied.
  public var review: ChangeReview?

  /// The change's identity, for a review file: a hash of the term and of the old and new definitions'
  /// members and words.
  public var id: String {
    ObligationKey.change(
      of: "definition",
      [
        term, old.members.joined(separator: ","), old.meaning ?? "", new.members.joined(separator: ","),
        new.meaning ?? "",
      ])
  }

  private enum EncodedKeys: String, CodingKey {
    case id, term, added, removed, old, new, boundObligations, review
  }

  /// Encodes the stored values and the ``id``.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: EncodedKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(term, forKey: .term)
    try container.encode(added, forKey: .added)
    try container.encode(removed, forKey: .removed)
    try container.encode(old, forKey: .old)
    try container.encode(new, forKey: .new)
    try container.encode(boundObligations, forKey: .boundObligations)
    try container.encodeIfPresent(review, forKey: .review)
  }

  /// Whether the change is of an inline definition's words rather than of a list's members.
  public var isInline: Bool { old.meaning != nil }

  /// The changes in the definitions two versions share; `obligations` are the new version's.
  static func changes(old: [TermDefinition], new: [TermDefinition], obligations: [Obligation] = [])
    -> [DefinitionChange]
  {
    let oldByTerm = merged(old)
    var result: [DefinitionChange] = []
    for definition in merged(new) {
      guard let previous = oldByTerm.first(where: { $0.key == definition.key })?.definition else { continue }
      let current = definition.definition
      let added = current.members.filter { !previous.members.contains($0) }
      let removed = previous.members.filter { !current.members.contains($0) }
      let reworded = current.meaning.map(comparable) != previous.meaning.map(comparable)
      guard !added.isEmpty || !removed.isEmpty || reworded else { continue }
      let bound = obligations.filter { $0.bearer?.parties.contains { Self.names($0, current.term) } == true }
      result.append(
        DefinitionChange(
          term: current.term, added: added, removed: removed, old: previous, new: current,
          boundObligations: bound.count))
    }
    return result
  }

  /// One definition per term and form, in document order: a list's first definition, and a term's
  /// inline definitions joined ("means X; includes Y").
  private static func merged(_ definitions: [TermDefinition]) -> [(key: String, definition: TermDefinition)] {
    var result: [(key: String, definition: TermDefinition)] = []
    for definition in definitions {
      let key = (definition.meaning == nil ? "list:" : "inline:") + definition.term
      guard let index = result.firstIndex(where: { $0.key == key }) else {
        result.append((key, definition))
        continue
      }
      if let meaning = definition.meaning, let earlier = result[index].definition.meaning,
        !earlier.contains(meaning)
      {
        result[index].definition.meaning = earlier + "; " + meaning
      }
    }
    return result
  }

  /// Words compared without case, quotes or spacing.
  private static func comparable(_ text: String) -> String {
    let straight = text.lowercased().map { character -> Character in
      switch character {
      case "“", "”", "„": "\""
      case "‘", "’": "'"
      default: character
      }
    }
    return String(straight).split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// Whether a bearer's party is the term, singular or plural ("members" for "member").
  private static func names(_ party: String, _ term: String) -> Bool {
    let party = party.lowercased()
    let term = term.lowercased()
    return party == term || party == term + "s" || party.hasSuffix(" " + term)
      || party.hasSuffix(" " + term + "s")
  }
}
