/// A change in who a defined term covers, which changes the bearers of every duty stated with it.
public struct DefinitionChange: Hashable, Sendable, Codable {
  /// The term ("NHS body", "relevant partner").
  public var term: String
  /// Parties the new version adds to the term.
  public var added: [String]
  /// Parties the new version no longer names.
  public var removed: [String]
  /// The definition in the old version.
  public var old: TermDefinition
  /// The definition in the new version.
  public var new: TermDefinition

  /// The changes in the definitions two versions share.
  static func changes(old: [TermDefinition], new: [TermDefinition]) -> [DefinitionChange] {
    var oldByTerm: [String: TermDefinition] = [:]
    for definition in old where oldByTerm[definition.term] == nil { oldByTerm[definition.term] = definition }
    var result: [DefinitionChange] = []
    var seen: Set<String> = []
    for definition in new where !seen.contains(definition.term) {
      seen.insert(definition.term)
      guard let previous = oldByTerm[definition.term] else { continue }
      let added = definition.members.filter { !previous.members.contains($0) }
      let removed = previous.members.filter { !definition.members.contains($0) }
      if !added.isEmpty || !removed.isEmpty {
        result.append(
          DefinitionChange(
            term: definition.term, added: added, removed: removed, old: previous, new: definition))
      }
    }
    return result
  }
}
