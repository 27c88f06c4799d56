/// A list that defines who a term covers: "Each of the following is a relevant partner…—", "The
/// reference to an NHS body … is a reference to—", "“public body” means—". A change in the list
/// changes who bears every duty stated with the term.
public struct TermDefinition: Hashable, Sendable, Codable {
  /// The term, normalised like a party ("relevant partner", "NHS body").
  public var term: String
  /// The parties the list names, normalised, in order.
  public var members: [String]
  /// Where the definition starts.
  public var location: SourceLocation
  /// The section path of the definition.
  public var section: String

  /// Creates a definition.
  public init(term: String, members: [String], location: SourceLocation, section: String) {
    self.term = term
    self.members = members
    self.location = location
    self.section = section
  }
}

/// Finds the lists that define which parties a term covers.
public enum TermDefinitionExtractor {
  /// The definitions in a document.
  public static func definitions(in document: Document) -> [TermDefinition] {
    var result: [TermDefinition] = []
    document.walk { visit in
      guard let text = visit.node.text?.string,
        text.hasSuffix("—") || text.hasSuffix(":") || text.hasSuffix("–"),
        !visit.node.children.isEmpty, let term = term(in: text)
      else { return }
      let members = visit.node.children.compactMap { member(in: $0.text?.string ?? "") }
      guard !members.isEmpty else { return }
      result.append(
        TermDefinition(
          term: term, members: members, location: visit.node.location,
          section: visit.sectionPath.sectionPathDescription))
    }
    return result
  }

  /// The term a lead-in defines.
  static func term(in text: String) -> String? {
    let lower = text.lowercased().trimming(" —–:")
    for (prefix, stops) in DefinitionLexicon.termLeadIns {
      guard let start = lower.range(of: prefix) else { continue }
      var rest = String(
        text[
          text.index(
            text.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: start.upperBound))...])
      for stop in stops {
        if let range = rest.range(of: stop) { rest = String(rest[..<range.lowerBound]) }
      }
      return PartyLexicon.normalize(rest.trimming(" —–:"), acronyms: [:])
    }
    for marker in DefinitionLexicon.termDefiningEndings {
      // "“public body” means—".
      if lower.hasSuffix(marker),
        let quoted = text.split(whereSeparator: { "“”\"".contains($0) }).dropFirst().first
      {
        return PartyLexicon.normalize(String(quoted), acronyms: [:])
      }
    }
    return nil
  }

  /// The party an item names: "an integrated care board the whole or part of whose area…" → "integrated care board".
  static func member(in text: String) -> String? {
    var phrase = text
    // "where the authority is a county council…, each district council": the party after the condition.
    if phrase.lowercased().hasPrefix("where "), let comma = phrase.firstIndex(of: ",") {
      phrase = String(phrase[phrase.index(after: comma)...])
    }
    if let comma = phrase.firstIndex(where: { ",;".contains($0) }) { phrase = String(phrase[..<comma]) }
    var words = phrase.split(separator: " ").map(String.init)
    // A determiner after the head starts a qualifier: "a clinical commissioning group the whole or part…".
    if let cut = words.indices.dropFirst(2).first(where: {
      DefinitionLexicon.memberQualifierStarts.contains(words[$0].lowercased())
    }) {
      words = Array(words[..<cut])
    }
    return PartyLexicon.normalize(words.joined(separator: " "), acronyms: [:])
  }
}
