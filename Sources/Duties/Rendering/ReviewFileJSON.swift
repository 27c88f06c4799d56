/// A review file as JSON (`docs/review-schema.md`): decisions in the file's order, each with its
/// keys in a fixed order that reads well (the change, its summary, the decision, then who and why).
public enum ReviewFileJSON {
  /// The file's text.
  public static func render(_ file: ReviewFile) -> String {
    var writer = PrettyJSONWriter()
    writer.beginObject()
    writer.key("version")
    writer.int(ReviewFile.version)
    writer.key("decisions")
    writer.beginArray()
    for decision in file.decisions {
      writer.element()
      writer.beginObject()
      let fields: [(String, String?)] = [
        ("change", decision.change), ("summary", decision.summary), ("decision", decision.decision.rawValue),
        ("by", decision.by), ("reason", decision.reason), ("expires", decision.expires),
        ("owner", decision.owner), ("note", decision.note),
      ]
      for case (let key, let value?) in fields {
        writer.key(key)
        writer.string(value)
      }
      writer.endObject()
    }
    writer.endArray()
    writer.endObject()
    return String(decoding: writer.bytes, as: UTF8.self) + "\n"
  }

  /// The review file for comparisons: `file`'s decisions kept, each other change `pending`, in the
  /// comparisons' order.
  public static func render(_ comparisons: [DocumentComparison], keeping file: ReviewFile = ReviewFile())
    -> String
  {
    render(self.file(for: comparisons, keeping: file))
  }

  /// The review file for comparisons, as ``render(_:keeping:)`` writes it.
  public static func file(for comparisons: [DocumentComparison], keeping file: ReviewFile = ReviewFile())
    -> ReviewFile
  {
    comparisons.reduce(file) { $0.adding(items($1)) }
  }

  /// Every change a review decides, with its summary: obligation changes, then definition and
  /// commencement changes.
  static func items(_ comparison: DocumentComparison) -> [(change: String, summary: String)] {
    comparison.changes.filter { $0.change != .unchanged }.map { ($0.id, summary($0)) }
      + comparison.definitionChanges.map { ($0.id, "definition · " + ComparisonBriefing.definition($0)) }
      + (comparison.commencementChanges ?? []).map { ($0.id, "commencement · " + $0.description) }
  }

  /// A change in words for the people reading the file: "strengthened · duty · the council: publish
  /// a plan (Part 1 › 6)".
  static func summary(_ change: ObligationChange) -> String {
    let obligation = change.new ?? change.old!
    let section = change.section.isEmpty ? "" : " (\(change.section))"
    return "\(change.change.rawValue) · \(obligation.kind.rawValue) · "
      + "\(ComparisonBriefing.partyList(obligation)): \(obligation.action)\(section)"
  }
}
