extension RegisterBuilder {
  /// The other names each party of a register is written by: the names merged into it across
  /// documents ("PCT" into "primary care trust"), and a bearer's own words where they are the party's
  /// acronym or short name ("the Commission" for the Consumer Product Safety Commission).
  struct WrittenNames {
    private(set) var names: [String: Set<String>] = [:]
    /// The short form of each bearer's words already read, by its words.
    private var read: [String: String?] = [:]

    /// Notes the names of a bearer whose parties are merged by `canonical`.
    mutating func note(_ bearer: Party?, canonical: (String) -> String) {
      guard let bearer else { return }
      for party in bearer.bound where canonical(party) != party {
        names[canonical(party), default: []].insert(party)
      }
      guard bearer.listed == nil, bearer.parties.count == 1 else { return }
      let party = canonical(bearer.parties[0])
      if read[bearer.text] == nil { read[bearer.text] = Party.normalizedName(bearer.text) }
      if let short = read[bearer.text] ?? nil, Self.isShortForm(short, of: party) {
        names[party, default: []].insert(short)
      }
    }

    /// Whether a one-word name is a party's short name (one of the words of a longer name) or its
    /// acronym (the initials of its words but "of", "and", "for" and "the").
    static func isShortForm(_ short: String, of party: String) -> Bool {
      let words = party.split(separator: " ")
      guard !short.contains(" "), words.count > 1, short != party else { return false }
      if words.contains(where: { $0.lowercased() == short.lowercased() }) { return true }
      return short.lettersAreUppercase
        && PartyLexicon.singularize(short).lowercased() == RegisterBuilder.initials(of: party)
    }
  }
}
