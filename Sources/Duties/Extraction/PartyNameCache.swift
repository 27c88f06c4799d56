/// The party names of phrases already read in one document.
///
/// A document names the same bearers again and again ("the Secretary", "the council", "Tenant"), and tidying
/// a phrase into party names is the costliest step of finding a bearer. The cache belongs to one extraction
/// (one document and its acronyms); it is not shared between threads.
final class PartyNameCache {
  /// The document's acronyms, which the names depend on.
  let acronyms: [String: String]
  private var names: [String: [String]] = [:]

  /// At most this many phrases are kept; past it the cache starts again, so memory stays bounded on any text.
  static let capacity = 8192

  init(acronyms: [String: String]) {
    self.acronyms = acronyms
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
}
