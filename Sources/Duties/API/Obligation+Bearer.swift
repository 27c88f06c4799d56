extension Obligation {
  /// Whether a party whose name holds `name` bears the obligation: the normalised parties it binds
  /// ("integrated care boards" finds "integrated care board"), the reader of imperative guidance
  /// ("reader"), or the bearer as written; in any case. An empty name matches every obligation.
  public func isBorne(by name: String) -> Bool {
    guard !name.isEmpty else { return true }
    guard let bearer else { return false }
    let parties = bearer.implicit ? ["the reader"] : bearer.bound
    return parties.contains { Self.party($0, matches: name) } || Self.party(bearer.text, matches: name)
  }

  /// Whether a party's name holds `name`, singular or as written, in any case.
  static func party(_ party: String, matches name: String) -> Bool {
    let party = party.lowercased()
    let wanted = name.lowercased()
    return party.contains(PartyLexicon.singularize(wanted)) || party.contains(wanted)
  }
}
