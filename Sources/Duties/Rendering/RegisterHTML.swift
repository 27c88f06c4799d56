import Foundation

/// A register as one self-contained HTML file: a table of contents, a chart of counts by party and kind
/// drawn as inline SVG, a search by party and a filter by kind, and citations that link back to the
/// source. It stays usable over hundreds of documents and thousands of parties: the list of documents
/// and a long table of contents start folded, the parties come most bound first, and each party's
/// entries are grouped by document, named once.
public enum RegisterHTML {
  /// The most documents listed open; more start folded under their count.
  static let openDocuments = 10
  /// The most parties whose table of contents starts open.
  static let openParties = 100

  /// Renders the register.
  public static func render(_ register: ObligationRegister) -> String {
    var body = "<h1>Obligation register</h1>\n"
    let documents = register.documents.map {
      "<li>" + HTML.escape(($0.title.map { "\($0) — " } ?? "") + $0.path) + "</li>"
    }
    body +=
      register.documents.count > openDocuments
      ? "<details class=\"meta\"><summary>\(Plural.count(register.documents.count, "document"))</summary><ul>"
        + documents.joined() + "</ul></details>\n"
      : "<ul class=\"meta\">" + documents.joined() + "</ul>\n"
    body += "<div class=\"headline\">"
    // The lines the filters count again have ids: the totals, the top parties, the shares.
    for line in RegisterText.headlineLines(register) {
      let id =
        line.hasPrefix("Most binding duties")
        ? "h-top"
        : line.hasPrefix("Of the duties")
          ? "h-share"
          : line.hasPrefix(Plural.count(register.headline.total, "obligation") + ":") ? "h-total" : nil
      body += "<p\(id.map { " id=\"\($0)\"" } ?? "")>\(HTML.escape(line))</p>"
    }
    body += "</div>\n<div id=\"chart\">" + chart(register.headline.topParties) + "</div>\n"
    body += filters(register)
    body +=
      "<details class=\"toc\"\(register.parties.count <= openParties ? " open" : "")><summary><h2>Parties "
      + "(\(register.parties.count))</h2></summary><ol>"
    for (index, section) in register.parties.enumerated() {
      body +=
        "<li data-target=\"party-\(index)\"><a href=\"#party-\(index)\">\(HTML.escape(section.party))</a> "
        + "<span class=\"count\">(\(section.binding) binding of \(section.entries.count))</span></li>"
    }
    for (index, section) in register.things.enumerated() {
      body +=
        "<li data-target=\"thing-\(index)\"><a href=\"#thing-\(index)\">\(HTML.escape(section.thing))</a> (requirements on a thing)</li>"
    }
    if !register.noStatedBearer.isEmpty {
      body += "<li data-target=\"no-bearer\"><a href=\"#no-bearer\">No stated bearer</a></li>"
    }
    body += "</ol></details>\n"
    let numbers = Dictionary(
      register.documents.enumerated().map { ($1.path, $0 + 1) }, uniquingKeysWith: { first, _ in first })
    for (index, section) in register.parties.enumerated() {
      let names = section.writtenAs.map { " data-names=\"\(HTML.escape($0.joined(separator: "\n")))\"" } ?? ""
      body +=
        "<section class=\"party\" id=\"party-\(index)\" data-party=\"\(HTML.escape(section.party))\"\(names)>"
      body += "<h2>\(HTML.escape(section.party))</h2>\n"
      if let names = section.writtenAs {
        body += "<p class=\"also\">Also written: \(HTML.escape(names.joined(separator: ", ")))</p>\n"
      }
      body += entries(section.entries, numbers) + "</section>\n"
    }
    for (index, section) in register.things.enumerated() {
      body += "<section class=\"party\" id=\"thing-\(index)\" data-party=\"\">"
      body +=
        "<h2>\(HTML.escape(section.thing))</h2>\n<p class=\"meta\">Requirements on a thing: the text does not say who is responsible.</p>"
        + entries(section.entries, numbers) + "</section>\n"
    }
    if !register.noStatedBearer.isEmpty {
      body += "<section class=\"party\" id=\"no-bearer\" data-party=\"\"><h2>No stated bearer</h2>"
      body += "<p class=\"meta\">Passives without an agent: the text does not say who.</p>"
      body += entries(register.noStatedBearer, numbers) + "</section>\n"
    }
    return HTML.page(
      title: "Obligation register",
      style: """
        .toc ol { columns: 2; font-size: 0.92em; }
        .toc summary h2 { display: inline; }
        .party ul { list-style: none; padding-left: 0; }
        .party h3 { font-size: 0.95em; margin: 12px 0 4px; color: var(--muted); }
        .party .also { margin: -4px 0 8px; color: var(--muted); font-size: 0.9em; }
        .party li { margin: 6px 0 10px; padding-left: 8px; border-left: 3px solid var(--line); }
        .party li[data-kind=duty], .party li[data-kind=prohibition] { border-left-color: #a4161a; }
        .party li[data-kind=recommendation], .party li[data-kind=advice-against] { border-left-color: #d99a00; }
        .party li[data-kind=permission], .party li[data-kind=exemption], .party li[data-kind=no-entitlement] {
          border-left-color: #136c2e; }
        .detail { color: var(--muted); font-size: 0.9em; }
        .chart { max-width: 100%; height: auto; }
        select { font: inherit; padding: 2px 6px; }
        """,
      body: body,
      script: RegisterFilters.script)
  }

  /// A search by party (any part of its name; the names are offered as one types) and a box per kind.
  private static func filters(_ register: ObligationRegister) -> String {
    var html =
      "<div class=\"filters\"><label>Party <input id=\"party-filter\" type=\"search\" list=\"party-names\" "
      + "placeholder=\"any\" autocomplete=\"off\"></label><datalist id=\"party-names\">"
    for section in register.parties { html += "<option value=\"\(HTML.escape(section.party))\">" }
    html += "</datalist>"
    for kind in ObligationKind.allCases where register.headline.byKind[kind.rawValue] != nil {
      html += "<label><input type=\"checkbox\" checked value=\"\(kind.rawValue)\"> \(kind.rawValue)</label>"
    }
    return html + "</div>\n"
  }

  /// A section's entries, under the name of each document they come from, in the register's order of
  /// documents (and the section's own order within each), each citing its line.
  private static func entries(_ entries: [ObligationRegister.Entry], _ numbers: [String: Int]) -> String {
    let grouped = entries.indices.sorted {
      (numbers[entries[$0].document] ?? 0, $0) < (numbers[entries[$1].document] ?? 0, $1)
    }
    .map { entries[$0] }
    var html = ""
    var document: String?
    for entry in grouped {
      if entry.document != document {
        if document != nil { html += "</ul>" }
        document = entry.document
        html +=
          "<h3>" + HTML.escape((entry.documentTitle.map { "\($0) — " } ?? "") + entry.document) + "</h3><ul>"
      }
      html += item(entry, number: numbers[entry.document] ?? 0)
    }
    return document == nil ? "" : html + "</ul>"
  }

  /// One entry; `number` is its document's place in the register's list, which with the obligation's
  /// key names it once across the page.
  private static func item(_ entry: ObligationRegister.Entry, number: Int) -> String {
    var html =
      "<li data-kind=\"\(entry.kind.rawValue)\" data-key=\"\(entry.key.map { "\(number) \(HTML.escape($0))" } ?? "")\""
      + " data-strength=\"\(entry.kind.strength)\" data-conditions=\"\(entry.conditions.isEmpty ? 0 : 1)\""
      + " data-timing=\"\(entry.timing.isEmpty ? 0 : 1)\">"
    html += "<span class=\"tag\">\(entry.kind.rawValue)</span> \(HTML.escape(entry.action))"
    if entry.isJoint {
      html += " <em>(joint with \(HTML.escape(entry.jointWith.joined(separator: ", "))))</em>"
    }
    for detail in entry.conditions + entry.timing {
      html += "<div class=\"detail\">\(HTML.escape(detail))</div>"
    }
    let line = (entry.location.page.map { "page \($0), " } ?? "") + "line \(entry.location.line)"
    html += "<div class=\"where\">" + HTML.citation(entry.location, text: line)
    html += " · \(HTML.escape(entry.section.isEmpty ? "—" : entry.section))"
    return html + "</div></li>\n"
  }

  /// Horizontal stacked bars: binding, recommended, permissive and policy (proposed, committed,
  /// asked) obligations per party.
  static func chart(_ parties: [ObligationRegister.PartyCount]) -> String {
    guard !parties.isEmpty else { return "" }
    let (rowHeight, labelWidth, barWidth) = (
      RegisterFilters.Layout.rowHeight, RegisterFilters.Layout.labelWidth, RegisterFilters.Layout.barWidth
    )
    let maximum = max(1, parties.map { $0.binding + $0.recommended + $0.permissive + $0.policy }.max() ?? 1)
    let height = parties.count * rowHeight + 40
    var svg =
      "<svg class=\"chart\" role=\"img\" aria-label=\"Obligations by party and kind\" xmlns=\"http://www.w3.org/2000/svg\" "
    svg +=
      "width=\"\(labelWidth + barWidth + 60)\" height=\(quote(height)) viewBox=\"0 0 \(labelWidth + barWidth + 60) \(height)\" font-family=\"sans-serif\" font-size=\"12\">"
    let colours = RegisterFilters.chartColours
    for (index, party) in parties.enumerated() {
      let y = index * rowHeight + 4
      let longest = RegisterFilters.Layout.longestName
      let name = party.party.count > longest ? String(party.party.prefix(longest - 1)) + "…" : party.party
      svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 15)\" text-anchor=\"end\">\(HTML.escape(name))</text>"
      var x = labelWidth
      for (value, (_, colour)) in zip(
        [party.binding, party.recommended, party.permissive, party.policy], colours)
      where value > 0 {
        let width = max(2, value * barWidth / maximum)
        svg +=
          "<rect x=\"\(x)\" y=\"\(y + 3)\" width=\"\(width)\" height=\"\(rowHeight - 8)\" fill=\"\(colour)\"><title>\(value)</title></rect>"
        x += width
      }
      svg +=
        "<text x=\"\(x + 6)\" y=\"\(y + 15)\" fill=\"#5f6368\">\(party.binding + party.recommended + party.permissive + party.policy)</text>"
    }
    let legendY = parties.count * rowHeight + 22
    var legendX = labelWidth
    for (label, colour) in colours {
      svg += "<rect x=\"\(legendX)\" y=\"\(legendY - 10)\" width=\"12\" height=\"12\" fill=\"\(colour)\"/>"
      svg += "<text x=\"\(legendX + 16)\" y=\"\(legendY)\">\(label)</text>"
      legendX += RegisterFilters.Layout.legendStep
    }
    return svg + "</svg>\n"
  }

  private static func quote(_ value: Int) -> String { "\"\(value)\"" }
}
