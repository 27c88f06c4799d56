/// A comparison as one self-contained HTML file: old and new side by side, changed words highlighted,
/// changes filterable by kind, printable.
public enum ComparisonHTML {
  /// Renders the report, with a reviewer: filters, a decision per change, and an export of the
  /// review file that keeps `decisions` (those on changes of other comparisons too) and adds the
  /// reviewer's.
  public static func render(_ comparison: DocumentComparison, decisions: ReviewFile = ReviewFile()) -> String
  {
    var body = "<h1>Obligation changes</h1>\n" + overview(comparison)
    body += controls([comparison], decisions: decisions)
    body += sections(comparison, heading: "h2")
    return HTML.page(
      title: "Obligation changes: \(comparison.new.title ?? comparison.new.path)",
      style: ComparisonReviewer.style,
      body: body, script: ComparisonReviewer.script)
  }

  /// Several comparisons (the files changed since a git revision, the steps of revision series) as one
  /// page: one reviewer and one set of filters over all their changes, then each comparison under a
  /// heading of its own. One comparison is rendered as ``render(_:decisions:)`` renders it.
  public static func render(_ comparisons: [DocumentComparison], decisions: ReviewFile = ReviewFile())
    -> String
  {
    if comparisons.count == 1 { return render(comparisons[0], decisions: decisions) }
    var body = "<h1>Obligation changes</h1>\n"
    body +=
      "<p class=\"meta\">"
      + (comparisons.isEmpty ? "No document changed." : "\(Plural.count(comparisons.count, "comparison")).")
      + "</p>\n"
    body += controls(comparisons, decisions: decisions)
    for comparison in comparisons {
      let name = (comparison.new.title.map { "\($0) — " } ?? "") + comparison.new.path
      body += "<article class=\"comparison\">\n<h2>\(HTML.escape(name))</h2>\n"
      body += overview(comparison) + sections(comparison, heading: "h3") + "</article>\n"
    }
    return HTML.page(
      title: "Obligation changes: \(Plural.count(comparisons.count, "comparison"))",
      style: ComparisonReviewer.style,
      body: body, script: ComparisonReviewer.script)
  }

  /// The two versions compared and the headline of what changed.
  private static func overview(_ comparison: DocumentComparison) -> String {
    "<p class=\"meta\">Old: \(HTML.escape(describe(comparison.old)))<br>New: \(HTML.escape(describe(comparison.new)))</p>\n"
      + "<div class=\"headline\">"
      + ComparisonBriefing.headline(comparison).map { "<p>\(HTML.escape($0))</p>" }.joined() + "</div>\n"
  }

  /// The reviewer's bar and the filters, over the changes of every comparison on the page.
  private static func controls(_ comparisons: [DocumentComparison], decisions: ReviewFile) -> String {
    let changes = comparisons.flatMap(\.changes)
    var html = ComparisonReviewer.bar(
      decisions: decisions, day: comparisons.lazy.compactMap(\.review?.day).first)
    let kinds = ObligationChange.Kind.allCases.filter { kind in changes.contains { $0.change == kind } }
    if !kinds.isEmpty {
      html += "<div class=\"filters\" aria-label=\"Filter by kind of change\">"
      for kind in kinds {
        let count = changes.filter { $0.change == kind }.count
        html +=
          "<label><input type=\"checkbox\" checked data-kind=\"\(kind.rawValue)\"> \(kind.rawValue) (\(count))</label>"
      }
      html += "</div>\n"
    }
    let obligationKinds = ObligationKind.allCases.map(\.rawValue).filter { kind in
      changes.contains { ($0.new ?? $0.old)?.kind.rawValue == kind }
    }
    // Each section once, in the order the changes first reach it.
    var seen: Set<String> = []
    let sections = changes.map(\.section).filter { seen.insert($0).inserted }
    return html + ComparisonReviewer.filters(obligationKinds: obligationKinds, sections: sections)
  }

  /// The changes, under a heading (`heading`, "h2" or "h3") for each section they are in.
  private static func sections(_ comparison: DocumentComparison, heading: String) -> String {
    var html = ""
    var section: String?
    for change in comparison.changes {
      if change.section != section {
        if section != nil { html += "</section>\n" }
        section = change.section
        html +=
          "<section><\(heading)>\(HTML.escape(change.section.isEmpty ? "(no section)" : change.section))</\(heading)>\n"
      }
      html += render(change)
    }
    if section != nil { html += "</section>\n" }
    return html
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
