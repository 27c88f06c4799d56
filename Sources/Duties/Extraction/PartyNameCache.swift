/// The party names of phrases already read in one document, and which parties are actors.
///
/// A document names the same bearers again and again ("the Secretary", "the council", "Tenant"), and tidying
/// a phrase into party names is the costliest step of finding a bearer. The cache belongs to one extraction
/// (one document and its acronyms); it is not shared between threads.
final class PartyNameCache {
  /// The document's acronyms and short names, which the names depend on.
  let acronyms: [String: String]
  private var names: [String: [String]] = [:]
  private var actors: [Party: Bool] = [:]

  /// At most this many phrases are kept; past it the cache starts again, so memory stays bounded on any text.
  static let capacity = 8192

  /// The bodies the document calls by a short name ("the Secretary" for the Secretary of Energy): bodies,
  /// whatever their last word.
  let shortNamedBodies: Set<String>

  init(acronyms: [String: String]) {
    self.acronyms = acronyms
    shortNamedBodies = Set(acronyms.filter { !$0.key.lettersAreUppercase }.values)
  }

  /// How many phrases are kept now.
  var count: Int { names.count }

  /// ``PartyLexicon/parties(of:acronyms:)`` of a phrase, with this document's acronyms.
  func parties(of phrase: String) -> [String] {
    if let known = names[phrase] { return known }
    let found = PartyLexicon.parties(of: phrase, acronyms: acronyms)
    if names.count >= Self.capacity { names.removeAll(keepingCapacity: true) }
    names[phrase] = found
    return found
  }

  /// Whether a party is an actor, as `decide` says the first time it is asked of this party.
  func isActor(_ party: Party, decide: () -> Bool) -> Bool {
    if let known = actors[party] { return known }
    let found = decide()
    if actors.count >= Self.capacity { actors.removeAll(keepingCapacity: true) }
    actors[party] = found
    return found
  }
}
