/// Bearers named by pointing at a list: "Each of the bodies listed in subsection (2) must…", where
/// subsection (2) reads "The bodies are— (a) … (b) …". The bearer's parties are the bodies the list
/// names, so that a body added to or taken out of the list changes the duty's bearers.
enum ListedBearers {
  /// The lists of a document by section path ("2 › (2)" → ["NHS trust", "Monitor", …]): every lead-in
  /// that ends in a dash or colon and whose items name parties. Items repealed (". . . .") name none.
  static func lists(in document: Document) -> [String: [String]] {
    var lists: [String: [String]] = [:]
    document.walk { visit in
      guard let text = visit.node.text?.string, !visit.node.children.isEmpty,
        text.hasSuffix("—") || text.hasSuffix(":") || text.hasSuffix("–")
      else { return }
      let members = visit.node.children.compactMap {
        TermDefinitionExtractor.member(in: $0.text?.string ?? "")
      }
      guard !members.isEmpty else { return }
      let path = visit.sectionPath.sectionPathDescription
      if lists[path] == nil { lists[path] = members }
    }
    return lists
  }

  /// The obligations with each bearer that points at a list of the same section given the list's
  /// parties.
  static func apply(to obligations: [Obligation], lists: [String: [String]]) -> [Obligation] {
    guard !lists.isEmpty else { return obligations }
    return obligations.map { obligation in
      guard let bearer = obligation.bearer, let label = pointedLabel(bearer.text),
        let members = lists[sibling(of: obligation.section, label: label)]
      else { return obligation }
      var resolved = obligation
      resolved.bearer?.listed = members
      return resolved
    }
  }

  /// The label of the subsection or paragraph a bearer points at: "(2)" of "Each of the bodies
  /// listed in subsection (2)"; `nil` when it points at none.
  static func pointedLabel(_ text: String) -> String? {
    let lower = text.lowercased()
    for participle in ReferenceLexicon.listPointers {
      for unit in ReferenceLexicon.listUnits {
        let phrase = " \(participle) in \(unit) ("
        guard let range = lower.firstRange(ofBytes: phrase),
          let close = lower[range.upperBound...].firstIndex(of: ")")
        else { continue }
        return "(" + lower[range.upperBound..<close] + ")"
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
