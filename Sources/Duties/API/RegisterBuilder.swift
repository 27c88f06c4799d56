/// Builds an obligation register from extracted documents: parties normalised and merged across the
/// documents ("PCTs", "primary care trusts" and "a primary care trust" are one party), joint duties listed
/// under each party and marked joint.
public struct RegisterBuilder: Sendable {
  /// Only parties whose name contains this text (case-insensitive), if set.
  public var bearer: String?
  /// Only these kinds, if set.
  public var kinds: Set<ObligationKind>?
  /// The bodies that changed their name: a body named by both of its names in the documents is one
  /// party under its later name.
  public var successions: BearerSuccession

  /// Creates a builder.
  public init(
    bearer: String? = nil, kinds: Set<ObligationKind>? = nil, successions: BearerSuccession = .england
  ) {
    self.bearer = bearer
    self.kinds = kinds
    self.successions = successions
  }

  /// The register of documents and their obligations.
  public func build(_ documents: [(document: Document, obligations: [Obligation])]) -> ObligationRegister {
    let all = documents.flatMap { pair in pair.obligations.map { (pair.document, $0) } }
      .filter { kinds?.contains($0.1.kind) ?? true }
    let aliases = Self.aliases(all.flatMap { $0.1.bearer?.bound ?? [] }, renames: successions.renames)
    // An acronym of a former name goes to the later name in two steps.
    func canonical(_ party: String) -> String {
      var name = party
      for _ in 0..<4 {
        guard let next = aliases[name], next != name else { break }
        name = next
      }
      return name
    }

    var byParty: [String: [ObligationRegister.Entry]] = [:]
    var written = WrittenNames()
    var unassigned: [ObligationRegister.Entry] = []
    var byThing: [String: [ObligationRegister.Entry]] = [:]
    for (document, obligation) in all {
      let parties = (obligation.bearer?.bound ?? []).map(canonical).uniqued()
      let named = obligation.bearer?.implicit == true ? ["the reader"] : parties
      // Each body of a list bears the duty alone.
      let joint = obligation.bearer?.listed == nil
      if named.isEmpty {
        guard bearer == nil else { continue }
        let made = entry(obligation, document: document, jointWith: [])
        if let thing = obligation.subject.map(Self.thing) {
          byThing[thing, default: []].append(made)
        } else {
          unassigned.append(made)
        }
        continue
      }
      if obligation.bearer?.implicit != true { written.note(obligation.bearer, canonical: canonical) }
      for party in named where matches(party) {
        byParty[party, default: []].append(
          entry(obligation, document: document, jointWith: joint ? named.filter { $0 != party } : []))
      }
    }
    var sections = byParty.map { party, entries in
      ObligationRegister.PartySection(
        party: party, writtenAs: written.names[party].map { $0.sorted() },
        binding: entries.filter { $0.kind.isBinding }.count,
        entries: entries.sorted {
          ($0.kind.strengthOrder, $0.document, $0.location.offset) < (
            $1.kind.strengthOrder, $1.document, $1.location.offset
          )
        })
    }
    sections.sort { ($1.binding, $1.entries.count, $0.party) < ($0.binding, $0.entries.count, $1.party) }
    let kept = all.filter { pair in
      bearer == nil || (pair.1.bearer?.bound ?? []).map(canonical).contains(where: matches)
    }.map(\.1)
    return ObligationRegister(
      documents: documents.map { SourceInfo($0.document) }, headline: headline(kept, sections: sections),
      parties: sections,
      things: byThing.sorted { $0.key < $1.key }.map { .init(thing: $0.key, entries: $0.value) },
      noStatedBearer: unassigned)
  }

  /// A thing's name for grouping: lower-cased, without its determiner, its last word singular ("The
  /// annual plans" → "annual plan").
  static func thing(_ subject: String) -> String {
    var words = subject.lowercased().split(separator: " ").map(String.init)
    if let first = words.first, PartyLexicon.determiners.contains(first), words.count > 1 {
      words.removeFirst()
    }
    if let last = words.popLast() { words.append(PartyLexicon.singularize(last)) }
    return words.joined(separator: " ")
  }

  private func matches(_ party: String) -> Bool {
    guard let bearer, !bearer.isEmpty else { return true }
    return Obligation.party(party, matches: bearer)
  }

  private func entry(_ obligation: Obligation, document: Document, jointWith: [String])
    -> ObligationRegister.Entry
  {
    ObligationRegister.Entry(
      kind: obligation.kind, action: obligation.action,
      conditions: obligation.conditions.map(\.text), timing: obligation.timing.map(\.text),
      jointWith: jointWith,
      document: document.path, documentTitle: document.metadata.title, section: obligation.section,
      location: obligation.location, sentence: obligation.sentence, key: obligation.key)
  }

  private func headline(_ obligations: [Obligation], sections: [ObligationRegister.PartySection])
    -> ObligationRegister.Headline
  {
    var byKind: [String: Int] = [:]
    for obligation in obligations { byKind[obligation.kind.rawValue, default: 0] += 1 }
    let binding = obligations.filter(\.kind.isBinding)
    let share = { (count: Int) in binding.isEmpty ? 0 : Double(count) / Double(binding.count) }
    let top = sections.prefix(10).map { section in
      ObligationRegister.PartyCount(
        party: section.party, binding: section.binding,
        recommended: section.entries.filter { $0.kind.strength == 1 }.count,
        permissive: section.entries.filter { $0.kind.strength == 0 }.count,
        policy: section.entries.filter(\.kind.isPolicy).count)
    }
    return ObligationRegister.Headline(
      total: obligations.count, byKind: byKind, topParties: top,
      bindingWithConditions: share(binding.filter { !$0.conditions.isEmpty }.count),
      bindingWithTiming: share(binding.filter { !$0.timing.isEmpty }.count))
  }

  /// Acronyms merged into the names they stand for across documents ("PCT" → "primary care trust"), and
  /// a body's former name into its later one where the documents use both ("NHS Commissioning Board" →
  /// "NHS England").
  static func aliases(_ parties: [String], renames: [BearerSuccession.Entry] = []) -> [String: String] {
    let names = Set(parties)
    var result: [String: String] = [:]
    let byKey = Dictionary(names.map { (BearerSuccession.key($0), $0) }, uniquingKeysWith: min)
    for rename in renames {
      guard let successor = rename.successor, let later = byKey[BearerSuccession.key(successor)] else {
        continue
      }
      for name in names where BearerSuccession.key(name) == BearerSuccession.key(rename.predecessor) {
        result[name] = later
      }
    }
    for acronym in names where acronym.count >= 2 && acronym.allSatisfy({ $0.isUppercase || $0.isNumber }) {
      let initials = acronym.lowercased()
      let expansions = names.filter { Self.initials(of: $0) == initials }
      if expansions.count == 1, let expansion = expansions.first { result[acronym] = expansion }
    }
    return result
  }
}

extension RegisterBuilder {
  /// The initials of a name's words but "of", "and", "for" and "the", lower-cased: "Care Quality
  /// Commission" → "cqc".
  static func initials(of name: String) -> String {
    String(
      name.split(separator: " ").filter { !DefinitionLexicon.acronymSmallWords.contains($0.lowercased()) }
        .compactMap { $0.first?.lowercased().first })
  }
}

extension ObligationKind {
  /// Duties and prohibitions first, then recommendations and advice against, then permissions, exemptions and rights withheld.
  var strengthOrder: Int { 2 - strength }
}
