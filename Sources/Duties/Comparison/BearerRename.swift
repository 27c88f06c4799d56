/// Decides whether a change of bearer is a reorganisation (the old body's successor bears the
/// duty) and says so, or notes that the old bearer was abolished.
enum BearerRename {
  /// Notes when every party that went has a successor among the parties that came (and every party
  /// that came succeeds one that went); nil when the bearer changed in substance.
  static func notes(old: Obligation, new: Obligation, successions: BearerSuccession) -> [String]? {
    let before = Set((old.bearer?.parties ?? []).map(BearerSuccession.key))
    let after = Set((new.bearer?.parties ?? []).map(BearerSuccession.key))
    let gone = before.subtracting(after).sorted()
    let came = after.subtracting(before).sorted()
    guard !gone.isEmpty, !came.isEmpty else { return nil }
    var notes: [String] = []
    var succeeded: Set<String> = []
    for party in gone {
      var found = false
      for candidate in came {
        guard
          let path = successions.path(from: party, to: candidate)
            ?? Self.qualifiedPath(party, candidate, successions)
        else { continue }
        found = true
        succeeded.insert(candidate)
        let steps = path.map { "\($0.successor ?? "abolished") (\($0.year))" }.joined(separator: " → ")
        notes.append("bearer renamed by reorganisation: \(party) → \(steps)")
      }
      if !found { return nil }
    }
    return succeeded.count == came.count ? notes : nil
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

  /// "strategic health authority: abolished (2013) …" for old bearers the table says were abolished.
  static func abolitions(old: Obligation, new: Obligation, successions: BearerSuccession) -> [String] {
    let after = Set(new.bearer?.parties ?? [])
    return (old.bearer?.parties ?? []).filter { !after.contains($0) }.compactMap { party in
      successions.abolition(of: party).map { "\(party): \($0.note) (\($0.year))" }
    }
  }
}
