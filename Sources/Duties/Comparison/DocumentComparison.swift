/// The result of comparing two versions: what changed in what is required, as a briefing.
public struct DocumentComparison: Sendable, Encodable {
  /// The version of the JSON schema (`docs/diff-schema.md`).
  public let schemaVersion = 1
  /// The old version.
  public let old: SourceInfo
  /// The new version.
  public let new: SourceInfo
  /// The headline figures.
  public internal(set) var summary: Summary
  /// Every change, grouped by section, the most consequential first (unchanged obligations included).
  public internal(set) var changes: [ObligationChange]
  /// Changes in the definitions of terms: the lists that define who a term covers ("Each of the following
  /// is a relevant partner—") and inline definitions ("“Member” means…").
  public internal(set) var definitionChanges: [DefinitionChange]
  /// Changes in when the document, or parts of it, start to apply; absent when there are none.
  public internal(set) var commencementChanges: [CommencementChange]?
  /// What the comparison itself warns of: two versions given the wrong way round (the old one dated
  /// after the new one). Absent when there is nothing to warn of.
  public let warnings: [String]?
  /// How the changes stand in a review, when a review file was applied
  /// (``reviewed(with:on:)``); absent otherwise.
  public internal(set) var review: ReviewSummary?

  /// Creates a comparison.
  public init(
    old: SourceInfo, new: SourceInfo, changes: [ObligationChange], definitionChanges: [DefinitionChange] = []
  ) {
    self.old = old
    self.new = new
    self.changes = changes
    self.definitionChanges = definitionChanges
    let commencements = CommencementChange.changes(old: old.commencements ?? [], new: new.commencements ?? [])
    self.commencementChanges = commencements.isEmpty ? nil : commencements
    self.summary = Summary(changes)
    let order = Self.orderWarning(old: old, new: new)
    self.warnings = order.map { [$0] }
  }

  /// A warning when both versions are dated (ISO dates, as legislation and front matter give them)
  /// and the old one is the later.
  static func orderWarning(old: SourceInfo, new: SourceInfo) -> String? {
    func date(_ version: String?) -> String? {
      guard let version, version.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil else { return nil }
      return version
    }
    guard let before = date(old.version), let after = date(new.version), before > after else { return nil }
    return "the old version (\(before)) is dated after the new one (\(after)): are they the wrong way round?"
  }

  /// The changes without the unchanged obligations.
  public var realChanges: [ObligationChange] { changes.filter { $0.change != .unchanged } }

  /// Whether any obligation, the definition of a party term, or a commencement changed.
  public var hasChanges: Bool {
    !realChanges.isEmpty || !definitionChanges.isEmpty || commencementChanges != nil
  }

  /// The comparison with only the real changes (what is shown without `--all`).
  public func withoutUnchanged() -> DocumentComparison {
    // Everything else kept as it is: reviews, filtered definition and commencement changes.
    var result = self
    result.changes = realChanges
    result.summary = Summary(realChanges)
    return result
  }

  /// Headline figures: counts by kind of change, new duties, and the parties that gained or lost duties.
  public struct Summary: Sendable, Encodable {
    /// Changes by their main kind.
    public var counts: [String: Int]
    /// New duties and prohibitions.
    public var newBindingObligations: Int
    /// Parties that gained duties or prohibitions (new ones, or given to them), with how many.
    public var partiesGaining: [String: Int]
    /// Parties that lost duties or prohibitions (removed, or taken from them), with how many.
    public var partiesLosing: [String: Int]

    init(_ changes: [ObligationChange]) {
      var counts: [String: Int] = [:]
      // Counted by key, so that a body written two ways across the changes ("PCT", "primary care
      // trust") is one line, under its longest written name.
      var gaining: [String: Int] = [:]
      var losing: [String: Int] = [:]
      var names: [String: String] = [:]
      var newBinding = 0
      for change in changes where change.change != .unchanged {
        counts[change.change.rawValue, default: 0] += 1
        let oldParties = Set(change.old?.kind.isBinding == true ? change.old?.bearer?.bound ?? [] : [])
        let newParties = Set(change.new?.kind.isBinding == true ? change.new?.bearer?.bound ?? [] : [])
        if change.change == .added, change.new?.kind.isBinding == true { newBinding += 1 }
        // A duty that passed to a successor body went with the body: no party gained or lost it. Nor
        // is a paper's duty that the instrument after it does not hold lost.
        if change.aspects.contains(.bearerRenamed) || change.change == .notCarried { continue }
        // One party written two ways ("PCT", "primary care trust"; "you", the reader) neither gains nor loses.
        let oldKeys = Set(oldParties.map(BearerSuccession.key))
        let newKeys = Set(newParties.map(BearerSuccession.key))
        for party in newParties.union(oldParties) {
          let key = BearerSuccession.key(party)
          if let name = names[key], (name.count, party) >= (party.count, name) { continue }
          names[key] = party
        }
        for key in newKeys.subtracting(oldKeys) { gaining[key, default: 0] += 1 }
        for key in oldKeys.subtracting(newKeys) { losing[key, default: 0] += 1 }
      }
      self.counts = counts
      self.newBindingObligations = newBinding
      self.partiesGaining = Dictionary(
        uniqueKeysWithValues: gaining.map { (names[$0.key] ?? $0.key, $0.value) })
      self.partiesLosing = Dictionary(
        uniqueKeysWithValues: losing.map { (names[$0.key] ?? $0.key, $0.value) })
    }
  }

  /// Orders changes by section (sections with the most consequential changes first), then by kind.
  static func ordered(_ changes: [ObligationChange]) -> [ObligationChange] {
    // Indices are sorted rather than the changes themselves, which are large to move.
    var sectionOf: [String: Int] = [:]
    var sections: [[Int]] = []
    for (index, change) in changes.enumerated() {
      if let section = sectionOf[change.section] {
        sections[section].append(index)
      } else {
        sectionOf[change.section] = sections.count
        sections.append([index])
      }
    }
    let kinds = changes.map(\.change)
    let positions = changes.map { ($0.new ?? $0.old)?.location.offset ?? 0 }
    for section in sections.indices {
      sections[section].sort { (kinds[$0], positions[$0]) < (kinds[$1], positions[$1]) }
    }
    // Each section's sort key is taken once, from its first change.
    let keys = sections.map { members in
      let first = changes[members[0]]
      return (
        change: first.change, binding: first.isBinding ? 0 : 1, section: first.section, members: members
      )
    }
    let sorted = keys.sorted { a, b in (a.change, a.binding, a.section) < (b.change, b.binding, b.section) }
    var result: [ObligationChange] = []
    result.reserveCapacity(changes.count)
    for key in sorted {
      for index in key.members { result.append(changes[index]) }
    }
    return result
  }
}
