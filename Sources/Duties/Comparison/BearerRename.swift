/// Decides whether a change of bearer is a reorganisation (the old body's successor bears the
/// duty) and says so, or notes that the old bearer was abolished.
enum BearerRename {
  /// Notes when every party that went has a successor among the parties that came (and every party
  /// that came succeeds one that went); nil when the bearer changed in substance.
  static func notes(old: Obligation, new: Obligation, successions: BearerSuccession) -> [String]? {
    // The names as written, by key: a short name counts only capitalised, as an Act defines it.
    let written = Dictionary(
      (old.bearer?.bound ?? []).map { (BearerSuccession.key($0), $0) },
      uniquingKeysWith: { first, _ in first })
    let before = Set(written.keys)
    let after = Set((new.bearer?.bound ?? []).map(BearerSuccession.key))
    let gone = before.subtracting(after).sorted()
    let came = after.subtracting(before).sorted()
    guard !gone.isEmpty, !came.isEmpty else { return nil }
    var notes: [String] = []
    var succeeded: Set<String> = []
    for party in gone {
      var found = false
      for candidate in came {
        guard let path = Self.path(from: written[party] ?? party, to: candidate, successions) else {
          continue
        }
        found = true
        succeeded.insert(candidate)
        let steps = Self.steps(path)
        // "board (NHS Commissioning Board) → NHS England": the body a short or qualified name stands for.
        let named = path.first.map {
          party.contains(" ") || BearerSuccession.key($0.predecessor) == party ? "" : " (\($0.predecessor))"
        }
        notes.append("bearer renamed by reorganisation: \(party)\(named ?? "") → \(steps)")
      }
      if !found { return nil }
    }
    return succeeded.count == came.count ? notes : nil
  }

  /// How `old` became `new` by reorganisation: by the table, with a shared qualifier, or from a short
  /// name; nil when the table does not say so.
  static func path(from old: String, to new: String, _ successions: BearerSuccession) -> [BearerSuccession
    .Entry]?
  {
    successions.path(from: old, to: new) ?? qualifiedPath(old, new, successions)
      ?? shortNamePath(old, new, successions)
  }

  /// The succession between two bodies written with the same qualifier, which the table names
  /// without it: "relevant clinical commissioning group" → "relevant integrated care board".
  private static func qualifiedPath(_ old: String, _ new: String, _ successions: BearerSuccession)
    -> [BearerSuccession.Entry]?
  {
    let oldWords = old.split(separator: " ")
    let newWords = new.split(separator: " ")
    var shared = 0
    while shared < min(oldWords.count, newWords.count) - 1, oldWords[shared] == newWords[shared] {
      shared += 1
    }
    guard shared > 0 else { return nil }
    return successions.path(
      from: oldWords[shared...].joined(separator: " "), to: newWords[shared...].joined(separator: " "))
  }

  /// The succession of a body an Act calls by its head noun alone, capitalised ("the Board" for the
  /// NHS Commissioning Board): the one predecessor in the table named with that last word whose line
  /// of successors reaches `new`. A lower-case "trust" is any trust, not a defined name.
  private static func shortNamePath(_ old: String, _ new: String, _ successions: BearerSuccession)
    -> [BearerSuccession.Entry]?
  {
    let short = BearerSuccession.key(old)
    guard !short.contains(" "), old.first?.isUppercase == true else { return nil }
    let named = Set(
      successions.entries.map { BearerSuccession.key($0.predecessor) }.filter {
        $0.hasSuffix(" " + short)
      })
    let paths = named.sorted().compactMap { successions.path(from: $0, to: new) }
    return paths.count == 1 ? paths[0] : nil
  }

  /// For a bearer that changed in substance, what the table says of the old parties that went:
  /// "strategic health authority: abolished (2013) …", or, for one whose successor came, "bearer
  /// renamed by reorganisation: Independent Regulator of NHS Foundation Trusts → Monitor (2012)".
  static func abolitions(old: Obligation, new: Obligation, successions: BearerSuccession) -> [String] {
    let before = old.bearer?.bound ?? []
    let after = new.bearer?.bound ?? []
    let came = after.filter { !before.contains($0) }
    return before.filter { !after.contains($0) }.compactMap { party in
      if let abolished = successions.abolition(of: party) {
        return "\(party): \(abolished.note) (\(abolished.year))"
      }
      let path = came.lazy.compactMap { successions.path(from: party, to: $0) }.first
      return path.map { "bearer renamed by reorganisation: \(party) → \(Self.steps($0))" }
    }
  }

  /// The steps of a succession: "clinical commissioning group (2013) → integrated care board (2022)".
  private static func steps(_ path: [BearerSuccession.Entry]) -> String {
    path.map { "\($0.successor ?? "abolished") (\($0.year))" }.joined(separator: " → ")
  }
}
