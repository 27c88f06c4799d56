/// Bearers named by pointing at a list: "Each of the bodies listed in subsection (2) must…", where
/// subsection (2) reads "The bodies are— (a) … (b) …". The bearer keeps its words and parties
/// ("body"); ``Party/listed`` holds the bodies the list names, so that a body added to or taken out of
/// the list changes the duty's bearers.
enum ListedBearers {
  /// The lists of a document by section path ("2 › (2)" → ("The bodies are—", ["NHS trust", …])):
  /// every lead-in that ends in a dash or colon, with the parties its items name. Items repealed
  /// (". . . .") name none.
  static func lists(in document: Document) -> [String: (leadIn: String, members: [String])] {
    var lists: [String: (leadIn: String, members: [String])] = [:]
    document.walk { visit in
      guard let text = visit.node.text?.string, !visit.node.children.isEmpty,
        let last = text.last, ListLexicon.leadInEnds.contains(last)
      else { return }
      let members = visit.node.children.compactMap {
        TermDefinitionExtractor.member(in: $0.text?.string ?? "")
      }
      guard !members.isEmpty else { return }
      let path = visit.sectionPath.sectionPathDescription
      if lists[path] == nil { lists[path] = (text, members) }
    }
    return lists
  }

  /// ``apply(to:lists:)`` with the lists of `document`, which are gathered only when a bearer points
  /// at a list: most documents have none, and gathering reads every item of every list.
  static func apply(to obligations: [Obligation], listsIn document: Document) -> [Obligation] {
    guard obligations.contains(where: { $0.bearer.map { pointer(in: $0.text) != nil } ?? false }) else {
      return obligations
    }
    return apply(to: obligations, lists: lists(in: document))
  }

  /// The obligations with each bearer that points at a list of the same section given the list's
  /// parties: only when the pointer follows the bearer's head noun ("the bodies listed in subsection
  /// (2)", not "a person who carries on any of the activities listed in…") and the list's lead-in
  /// names that noun ("The bodies are—").
  static func apply(to obligations: [Obligation], lists: [String: (leadIn: String, members: [String])])
    -> [Obligation]
  {
    guard !lists.isEmpty else { return obligations }
    return obligations.map { obligation in
      guard let bearer = obligation.bearer, let (label, head) = pointer(in: bearer.text),
        let list = lists[sibling(of: obligation.section, label: label)],
        list.leadIn.lowercased().split(separator: " ").contains(where: {
          PartyLexicon.singularize(String($0)) == PartyLexicon.singularize(head)
        })
      else { return obligation }
      var resolved = obligation
      resolved.bearer?.listed = list.members
      return resolved
    }
  }

  /// The label of the subsection or paragraph a bearer points at and the noun that points ("(2)" and
  /// "bodies" of "Each of the bodies listed in subsection (2)"); `nil` when it points at none, at a
  /// provision of another section ("subsection (4) of section 7"), or from inside a clause.
  static func pointer(in text: String) -> (label: String, head: String)? {
    let lower = text.lowercased()
    for participle in ReferenceLexicon.listPointers {
      for unit in ReferenceLexicon.listUnits {
        let phrase = " \(participle) in \(unit) ("
        guard let range = lower.firstRange(ofBytes: phrase),
          let close = lower[range.upperBound...].firstIndex(of: ")"),
          String(lower[lower.index(after: close)...]).trimming(" ,.").isEmpty
        else { continue }
        let before = lower[..<range.lowerBound].split(separator: " ")
        guard let head = before.last,
          !before.contains(where: { ClauseLexicon.relativeWords.contains(String($0)) })
        else { return nil }
        return ("(" + lower[range.upperBound..<close] + ")", String(head))
      }
    }
    return nil
  }

  /// The path of the subsection `label` beside the one at `section`: "2 › (1)" → "2 › (2)".
  static func sibling(of section: String, label: String) -> String {
    var parts = section.components(separatedByBytes: " › ")
    // A paragraph inside the subsection ("2 › (1) › (a)") points from its subsection.
    while let last = parts.last, last.hasPrefix("("), parts.count > 1,
      parts[parts.count - 2].hasPrefix("(")
    {
      parts.removeLast()
    }
    if let last = parts.last, last.hasPrefix("(") { parts.removeLast() }
    return (parts + [label]).joined(separator: " › ")
  }
}
