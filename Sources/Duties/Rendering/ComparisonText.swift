/// A comparison as a briefing for the terminal and as Markdown.
public enum ComparisonText {
  /// The terminal briefing, coloured when asked.
  public static func terminal(_ comparison: DocumentComparison, color: Bool) -> String {
    let style = TerminalStyle(enabled: color)
    var output = style.bold("Obligation changes") + "\n"
    output += style.dim("old: \(describe(comparison.old))\nnew: \(describe(comparison.new))") + "\n\n"
    for line in ComparisonBriefing.headline(comparison) { output += line + "\n" }
    var section: String?
    var shownPair: (old: String, new: String)?
    for change in comparison.changes {
      if change.section != section {
        section = change.section
        output += "\n" + style.bold(change.section.isEmpty ? "(no section)" : change.section) + "\n"
      }
      let obligation = change.new ?? change.old!
      let tag = change.change.rawValue.uppercased()
      let coloured: String =
        switch change.change {
        case .added, .strengthened: style.green(tag)
        case .removed, .weakened: style.red(tag)
        case .reworded, .moved, .unchanged: style.dim(tag)
        default: style.yellow(tag)
        }
      output +=
        "  \(coloured) \(obligation.kind.rawValue) — \(ComparisonBriefing.partyList(obligation)): \(obligation.action)\n"
      for detail in ComparisonBriefing.details(change) { output += "      \(detail)\n" }
      if change.change != .unchanged, change.old != nil, change.new != nil {
        if let diff = ComparisonBriefing.shownDiff(change, previous: &shownPair) {
          output +=
            "      "
            + diff.map { segment in
              switch segment.op {
              case .equal: segment.text
              case .insert: style.green("{+\(segment.text)+}")
              case .delete: style.red("[-\(segment.text)-]")
              }
            }.joined(separator: " ") + "\n"
        } else {
          output += "      " + style.dim("(the same sentence as above)") + "\n"
        }
      }
      output += "      " + style.dim(locations(change)) + "\n"
    }
    return output
  }

  /// Markdown for a pull request or an email. Every piece of document text is escaped
  /// (``MarkdownText``): a source's links, images and HTML stay text.
  public static func markdown(_ comparison: DocumentComparison) -> String {
    let text = MarkdownText.escaped
    var output = "# Obligation changes\n\n"
    for (name, side) in [("Old", comparison.old), ("New", comparison.new)] {
      output +=
        "- \(name): \(MarkdownText.code(side.path))" + (side.version.map { " (\(text($0)))" } ?? "") + "\n"
    }
    output += "\n"
    for line in ComparisonBriefing.headline(comparison) { output += "**\(text(line))**\n\n" }
    var section: String?
    var shownPair: (old: String, new: String)?
    for change in comparison.changes {
      if change.section != section {
        section = change.section
        output += "## \(change.section.isEmpty ? "(no section)" : text(change.section))\n\n"
      }
      let obligation = change.new ?? change.old!
      output +=
        "- **\(change.change.rawValue)** · \(obligation.kind.rawValue) · "
        + "\(text(ComparisonBriefing.partyList(obligation))): \(text(obligation.action))\n"
      for detail in ComparisonBriefing.details(change) { output += "  - \(text(detail))\n" }
      if change.old != nil, change.new != nil, change.change != .unchanged {
        output += "  - \(markdownDiff(change, previous: &shownPair))\n"
      } else {
        output += "  - > \(text(obligation.sentence))\n"
      }
      output += "  - \(MarkdownText.code(locations(change)))\n"
    }
    return output
  }

  /// A changed pair's word diff in Markdown (inserted words bold, deleted struck through), or a
  /// note that it is the sentence shown just before.
  private static func markdownDiff(_ change: ObligationChange, previous: inout (old: String, new: String)?)
    -> String
  {
    guard let shown = ComparisonBriefing.shownDiff(change, previous: &previous) else {
      return "(the same sentence as above)"
    }
    return shown.map { segment in
      let words = MarkdownText.escaped(segment.text)
      return switch segment.op {
      case .equal: words
      case .insert: "**\(words)**"
      case .delete: "~~\(words)~~"
      }
    }.joined(separator: " ")
  }

  /// The path, with the version when both sides are one file (a Word document's tracked changes).
  static func describe(_ source: SourceInfo) -> String {
    guard let version = source.version, version.hasSuffix("tracked changes") else { return source.path }
    return "\(source.path) (\(version))"
  }

  static func locations(_ change: ObligationChange) -> String {
    [change.old.map { "old \($0.location)" }, change.new.map { "new \($0.location)" }].compactMap { $0 }
      .joined(
        separator: " · ")
  }

  /// The CSV columns, stable across versions (new ones are added at the end).
  public static let csvHeader = [
    "change", "aspects", "section", "kind_old", "kind_new", "bearer_old", "bearer_new", "action_old",
    "action_new", "line_old", "line_new", "sentence_old", "sentence_new",
    // Added later, so at the end.
    "notes", "section_old", "section_new", "path_old", "path_new", "column_old", "column_new",
    "conditions_old", "conditions_new", "timing_old", "timing_new", "id", "review", "review_detail",
  ]

  /// CSV, one row per change.
  public static func csv(_ comparison: DocumentComparison) -> String { csv([comparison]) }

  /// CSV of several comparisons (the files of `diff --git`, a corpus's series) under one header.
  public static func csv(_ comparisons: [DocumentComparison]) -> String {
    var writer = CSVWriter(header: csvHeader)
    for comparison in comparisons { appendRows(comparison, to: &writer) }
    return writer.text
  }

  /// A comparison's rows: its changes, then its commencement and definition changes.
  private static func appendRows(_ comparison: DocumentComparison, to writer: inout CSVWriter) {
    for change in comparison.changes {
      writer.append(
        [
          change.change.rawValue, change.aspects.map(\.rawValue).joined(separator: "; "), change.section,
          change.old?.kind.rawValue ?? "", change.new?.kind.rawValue ?? "",
          change.old.map(ComparisonBriefing.boundList) ?? "",
          change.new.map(ComparisonBriefing.boundList) ?? "",
          change.old?.action ?? "", change.new?.action ?? "",
          change.old.map { String($0.location.line) } ?? "",
          change.new.map { String($0.location.line) } ?? "",
          change.old?.sentence ?? "", change.new?.sentence ?? "",
          change.notes.joined(separator: " | "), change.old?.section ?? "", change.new?.section ?? "",
          change.old?.location.path ?? "", change.new?.location.path ?? "",
          change.old.map { String($0.location.column) } ?? "",
          change.new.map { String($0.location.column) } ?? "",
          conditions(change.old), conditions(change.new), timing(change.old), timing(change.new),
        ] + reviewCells(change))
    }
    for change in comparison.commencementChanges ?? [] {
      let (old, new) = (change.old, change.new)
      writer.append(
        [
          "commencement-changed", "", new?.section ?? old?.section ?? "", "", "", old?.scope ?? "",
          new?.scope ?? "",
          old.map { "\($0.phrase) \($0.when)" } ?? "", new.map { "\($0.phrase) \($0.when)" } ?? "",
          old.map { String($0.location.line) } ?? "", new.map { String($0.location.line) } ?? "", "", "",
          change.description, old?.section ?? "", new?.section ?? "", old?.location.path ?? "",
          new?.location.path ?? "", old.map { String($0.location.column) } ?? "",
          new.map { String($0.location.column) } ?? "", "", "", old?.when ?? "", new?.when ?? "",
        ] + reviewCells(change))
    }
    for change in comparison.definitionChanges {
      writer.append(
        [
          "definition-changed", "", change.new.section, "", "", change.removed.joined(separator: "; "),
          change.added.joined(separator: "; "), change.term, change.term, String(change.old.location.line),
          String(change.new.location.line), change.old.meaning ?? "", change.new.meaning ?? "",
          change.boundObligations > 0
            ? "names the bearer of \(Plural.count(change.boundObligations, "obligation"))" : "",
          change.old.section, change.new.section,
          change.old.location.path, change.new.location.path, String(change.old.location.column),
          String(change.new.location.column), "", "", "", "",
        ] + reviewCells(change))
    }
  }

  /// A change's last three CSV cells: its identity, review status and review in words.
  private static func reviewCells(_ change: some ReviewableChange) -> [String] {
    [change.id, change.review?.status.rawValue ?? "", change.review?.description ?? ""]
  }

  /// An obligation's conditions for a CSV cell: "kind: text", joined by " | ".
  private static func conditions(_ obligation: Obligation?) -> String {
    (obligation?.conditions ?? []).map { "\($0.kind.rawValue): \($0.text)" }.joined(separator: " | ")
  }

  /// An obligation's timing for a CSV cell: "kind: text", joined by " | ".
  private static func timing(_ obligation: Obligation?) -> String {
    (obligation?.timing ?? []).map { "\($0.kind.rawValue): \($0.text)" }.joined(separator: " | ")
  }
}
