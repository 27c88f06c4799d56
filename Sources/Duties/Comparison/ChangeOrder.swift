/// The order a comparison lists its changes in.
public enum ChangeOrder: String, Hashable, Sendable, Codable, CaseIterable {
  /// In the order of the new document, section by section: a reader goes through the revision as
  /// it is written. A removed obligation stands where it stood, after the obligation that came
  /// before it in the old version.
  case document
  /// Sections with the most consequential changes first, and within a section by kind of change.
  case kind

  /// Orders `changes`, whose places in the new document are `positions`.
  func ordered(_ changes: [ObligationChange], positions: [ChangePosition]) -> [ObligationChange] {
    switch self {
    case .kind: return DocumentComparison.ordered(changes)
    case .document: return Self.inDocumentOrder(changes, positions: positions)
    }
  }

  /// Sections in the order of their first change, changes within each in document order.
  private static func inDocumentOrder(_ changes: [ObligationChange], positions: [ChangePosition])
    -> [ObligationChange]
  {
    var sectionOf: [String: Int] = [:]
    var sections: [(first: ChangePosition, members: [Int])] = []
    for index in changes.indices {
      let section = changes[index].section
      if let existing = sectionOf[section] {
        sections[existing].members.append(index)
        sections[existing].first = min(sections[existing].first, positions[index])
      } else {
        sectionOf[section] = sections.count
        sections.append((positions[index], [index]))
      }
    }
    sections.sort { $0.first < $1.first }
    return sections.flatMap { section in
      section.members.sorted { positions[$0] < positions[$1] }.map { changes[$0] }
    }
  }
}

/// Where a change stands in the new document: the new obligation's offset, or for a removed one
/// the offset of the new counterpart of the obligation before it in the old version, then its own
/// old offset.
struct ChangePosition: Comparable, Sendable {
  var newOffset: Int
  var isRemoved: Bool
  var oldOffset: Int

  static func < (a: ChangePosition, b: ChangePosition) -> Bool {
    (a.newOffset, a.isRemoved ? 1 : 0, a.oldOffset) < (b.newOffset, b.isRemoved ? 1 : 0, b.oldOffset)
  }
}
