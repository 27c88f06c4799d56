/// A comparison as one self-contained HTML file: old and new side by side, changed words highlighted,
/// changes filterable by kind, printable.
public enum ComparisonHTML {
  /// Renders the report, with a reviewer: filters, a decision per change, and an export of the
  /// review file that keeps `decisions` (those on changes of other comparisons too) and adds the
  /// reviewer's.
  public static func render(_ comparison: DocumentComparison, decisions: ReviewFile = ReviewFile()) -> String
  {
    var body = ""
    body += "<h1>Obligation changes</h1>\n"
    body +=
      "<p class=\"meta\">Old: \(HTML.escape(describe(comparison.old)))<br>New: \(HTML.escape(describe(comparison.new)))</p>\n"
    body +=
      "<div class=\"headline\">"
      + ComparisonBriefing.headline(comparison).map { "<p>\(HTML.escape($0))</p>" }.joined() + "</div>\n"
    let kinds = ObligationChange.Kind.allCases.filter { kind in
      comparison.changes.contains { $0.change == kind }
    }
    body += ComparisonReviewer.bar(decisions: decisions, day: comparison.review?.day)
    if !kinds.isEmpty {
      body += "<div class=\"filters\" aria-label=\"Filter by kind of change\">"
      for kind in kinds {
        let count = comparison.changes.filter { $0.change == kind }.count
        body +=
          "<label><input type=\"checkbox\" checked data-kind=\"\(kind.rawValue)\"> \(kind.rawValue) (\(count))</label>"
      }
      body += "</div>\n"
    }
    let obligationKinds = ObligationKind.allCases.map(\.rawValue).filter { kind in
      comparison.changes.contains { ($0.new ?? $0.old)?.kind.rawValue == kind }
    }
    var sections: [String] = []
    for change in comparison.changes where sections.last != change.section { sections.append(change.section) }
    body += ComparisonReviewer.filters(obligationKinds: obligationKinds, sections: sections)
    var section: String?
    for change in comparison.changes {
      if change.section != section {
        if section != nil { body += "</section>\n" }
        section = change.section
        body += "<section><h2>\(HTML.escape(change.section.isEmpty ? "(no section)" : change.section))</h2>\n"
      }
      body += render(change)
    }
    if section != nil { body += "</section>\n" }
    return HTML.page(
      title: "Obligation changes: \(comparison.new.title ?? comparison.new.path)",
      style: ComparisonReviewer.style,
      body: body, script: ComparisonReviewer.script)
  }

  private static func describe(_ source: SourceInfo) -> String {
    [source.title, source.version, source.path].compactMap { $0 }.joined(separator: " · ")
  }

  private static func render(_ change: ObligationChange) -> String {
    let obligation = change.new ?? change.old!
    var html =
      "<div class=\"change\" data-kind=\"\(change.change.rawValue)\"\(ComparisonReviewer.attributes(change))>\n"
    let tags = change.aspects.map { "<span class=\"tag \($0.rawValue)\">\($0.rawValue)</span>" }.joined()
    html +=
      "<p>\(tags)<strong>\(HTML.escape(obligation.kind.rawValue))</strong> — \(HTML.escape(ComparisonBriefing.partyList(obligation))): \(HTML.escape(obligation.action))</p>\n"
    html += ComparisonReviewer.controls(change)
    let details = ComparisonBriefing.details(change)
    if !details.isEmpty {
      html += "<ul class=\"details\">" + details.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>\n"
    }
    let oldText =
      change.old == nil ? "<em>(not in the old version)</em>" : side(change.wordDiff, keep: .delete)
    let newText =
      change.new == nil ? "<em>(not in the new version)</em>" : side(change.wordDiff, keep: .insert)
    html += "<table><tr><th>Old</th><th>New</th></tr><tr><td>\(oldText)</td><td>\(newText)</td></tr>"
    html +=
      "<tr><td class=\"where\">\(change.old.map { HTML.citation($0.location, text: "\($0.section) · \($0.location)") } ?? "")</td>"
    html +=
      "<td class=\"where\">\(change.new.map { HTML.citation($0.location, text: "\($0.section) · \($0.location)") } ?? "")</td></tr></table>\n"
    return html + "</div>\n"
  }

  /// One side of the word diff: equal words, and the side's own changes highlighted.
  private static func side(_ diff: [WordDiff.Segment], keep: WordDiff.Segment.Operation) -> String {
    diff.compactMap { segment -> String? in
      switch segment.op {
      case .equal: HTML.escape(segment.text)
      case .insert where keep == .insert: "<ins>\(HTML.escape(segment.text))</ins>"
      case .delete where keep == .delete: "<del>\(HTML.escape(segment.text))</del>"
      default: nil
      }
    }.joined(separator: " ")
  }
}
