/// A definition of a term: a list that defines who it covers ("Each of the following is a relevant
/// partner…—", "The reference to an NHS body … is a reference to—", "“public body” means—"), or an
/// inline definition ("“Member” means an employee of the council", "“premises” includes land"). A
/// change in it changes who bears every duty stated with the term.
public struct TermDefinition: Hashable, Sendable, Codable {
  /// The term, normalised like a party ("relevant partner", "NHS body").
  public var term: String
  /// The parties the list names, normalised, in order (none for an inline definition).
  public var members: [String]
  /// An inline definition's words from its relation on: "means an employee of the council",
  /// "includes a volunteer"; `nil` for a list.
  public var meaning: String?
  /// Where the definition starts.
  public var location: SourceLocation
  /// The section path of the definition.
  public var section: String

  /// Creates a definition.
  public init(
    term: String, members: [String], meaning: String? = nil, location: SourceLocation, section: String
  ) {
    self.term = term
    self.members = members
    self.meaning = meaning
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
      if let text = visit.node.text?.string {
        result += inlineDefinitions(in: text).map { term, meaning in
          TermDefinition(
            term: term, members: [], meaning: meaning, location: visit.node.location,
            section: visit.sectionPath.sectionPathDescription)
        }
      }
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

  /// The terms a text defines inline, with what it says of each: "“Member” means an employee of
  /// the council; “officer” includes…" → [("member", "means an employee of the council"), …]. A
  /// definition by a list ("“public body” means—") is not inline.
  static func inlineDefinitions(in text: String) -> [(term: String, meaning: String)] {
    // Most texts define nothing: a byte search for the relations passes over them.
    guard DefinitionLexicon.inlineRelations.contains(where: { text.containsBytes(" " + $0 + " ") }) else {
      return []
    }
    var result: [(String, String)] = []
    var rest = text[...]
    while let open = rest.firstIndex(where: { "“\"‘".contains($0) }) {
      let closing: Set<Character> = rest[open] == "‘" ? ["’"] : ["”", "\""]
      let inside = rest[rest.index(after: open)...]
      guard let close = inside.firstIndex(where: { closing.contains($0) }) else { break }
      let term = inside[..<close]
      rest = inside[inside.index(after: close)...]
      let after = rest.drop { $0 == " " }
      guard !term.isEmpty, term.count <= 60,
        let relation = DefinitionLexicon.inlineRelations.first(where: { after.hasPrefix($0 + " ") })
      else { continue }
      var meaning = after.dropFirst(relation.count + 1)
      // The meaning runs to the end of its sentence or clause: "…council; “officer” means…".
      if let end = meaning.firstIndex(where: { $0 == ";" }) { meaning = meaning[..<end] }
      if let stop = meaning.range(of: ". ") { meaning = meaning[..<stop.lowerBound] }
      var words = String(meaning).trimming(" .,—–:")
      for tail in DefinitionLexicon.meaningTrailers where words.hasSuffix(tail) {
        words = String(words.dropLast(tail.count))
      }
      guard !words.isEmpty else { continue }
      // The term as written, but for a capital that only starts it: "Member" → "member", "NHS body" kept.
      let second = term.dropFirst().first
      let name = second?.isLowercase == true ? term.prefix(1).lowercased() + term.dropFirst() : String(term)
      result.append((name, relation + " " + words))
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
    var words = phrase.trimming(" .").split(separator: " ").map(String.init)
    // A determiner after the head starts a qualifier: "a clinical commissioning group the whole or part…".
    if let cut = words.indices.dropFirst(2).first(where: {
      DefinitionLexicon.memberQualifierStarts.contains(words[$0].lowercased())
    }) {
      words = Array(words[..<cut])
    }
    // A name in title case is kept whole: "the National Institute for Health and Care Excellence", "Monitor".
    let name = words.drop { PartyLexicon.determiners.contains($0.lowercased()) }
    if let first = name.first, let last = name.last, first.startsUppercase,
      name.allSatisfy(PartyLexicon.isNameWord)
    {
      // The head is the last word, unless a phrase follows it ("Regulator of NHS Foundation Trusts").
      let headIsLast = !name.contains(where: DefinitionLexicon.namePhraseStarts.contains)
      return (name.dropLast() + [headIsLast ? PartyLexicon.singularize(last) : last]).joined(separator: " ")
    }
    return PartyLexicon.normalize(words.joined(separator: " "), acronyms: [:])
  }
}
