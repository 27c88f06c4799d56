import Foundation

/// A register as one self-contained HTML file: a table of contents, a chart of counts by party and kind
/// drawn as inline SVG, a filter by party and kind, and citations that link back to the source.
public enum RegisterHTML {
  /// Renders the register.
  public static func render(_ register: ObligationRegister) -> String {
    var body = "<h1>Obligation register</h1>\n<ul class=\"meta\">"
    for document in register.documents {
      body += "<li>" + HTML.escape((document.title.map { "\($0) — " } ?? "") + document.path) + "</li>"
    }
    body += "</ul>\n<div class=\"headline\">"
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
    body += "<nav class=\"toc\"><h2>Parties</h2><ol>"
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
    body += "</ol></nav>\n"
    for (index, section) in register.parties.enumerated() {
      body += "<section class=\"party\" id=\"party-\(index)\" data-party=\"\(HTML.escape(section.party))\">"
      body +=
        "<h2>\(HTML.escape(section.party))</h2>\n<ul>" + section.entries.map(item).joined()
        + "</ul></section>\n"
    }
    for (index, section) in register.things.enumerated() {
      body += "<section class=\"party\" id=\"thing-\(index)\" data-party=\"\">"
      body +=
        "<h2>\(HTML.escape(section.thing))</h2>\n<p class=\"meta\">Requirements on a thing: the text does not say who is responsible.</p><ul>"
        + section.entries.map(item).joined() + "</ul></section>\n"
    }
    if !register.noStatedBearer.isEmpty {
      body += "<section class=\"party\" id=\"no-bearer\" data-party=\"\"><h2>No stated bearer</h2>"
      body +=
        "<p class=\"meta\">Passives without an agent: the text does not say who.</p><ul>"
      body += register.noStatedBearer.map(item).joined() + "</ul></section>\n"
    }
    return HTML.page(
      title: "Obligation register",
      style: """
        .toc ol { columns: 2; font-size: 0.92em; }
        .party ul { list-style: none; padding-left: 0; }
        .party li { margin: 6px 0 10px; padding-left: 8px; border-left: 3px solid var(--line); }
        .party li.duty, .party li.prohibition { border-left-color: #a4161a; }
        .party li.recommendation, .party li.advice-against { border-left-color: #d99a00; }
        .party li.permission, .party li.exemption, .party li.no-entitlement { border-left-color: #136c2e; }
        .detail { color: var(--muted); font-size: 0.9em; }
        .chart { max-width: 100%; height: auto; }
        select { font: inherit; padding: 2px 6px; }
        """,
      body: body,
      script: RegisterFilters.script)
  }

  private static func filters(_ register: ObligationRegister) -> String {
    var html =
      "<div class=\"filters\"><label>Party <select id=\"party-filter\"><option value=\"\">all</option>"
    for section in register.parties {
      html += "<option value=\"\(HTML.escape(section.party))\">\(HTML.escape(section.party))</option>"
    }
    html += "</select></label>"
    for kind in ObligationKind.allCases where register.headline.byKind[kind.rawValue] != nil {
      html += "<label><input type=\"checkbox\" checked value=\"\(kind.rawValue)\"> \(kind.rawValue)</label>"
    }
    return html + "</div>\n"
  }

  private static func item(_ entry: ObligationRegister.Entry) -> String {
    var html =
      "<li class=\"\(entry.kind.rawValue)\" data-kind=\"\(entry.kind.rawValue)\" data-key=\"\(HTML.escape(entry.key.map { "\(entry.document) \($0)" } ?? ""))\""
      + " data-strength=\"\(entry.kind.strength)\" data-conditions=\"\(entry.conditions.isEmpty ? 0 : 1)\""
      + " data-timing=\"\(entry.timing.isEmpty ? 0 : 1)\">"
    html += "<span class=\"tag\">\(entry.kind.rawValue)</span> \(HTML.escape(entry.action))"
    if entry.isJoint {
      html += " <em>(joint with \(HTML.escape(entry.jointWith.joined(separator: ", "))))</em>"
    }
    for detail in entry.conditions + entry.timing {
      html += "<div class=\"detail\">\(HTML.escape(detail))</div>"
    }
    html +=
      "<div class=\"where\">"
      + HTML.citation(entry.location, text: "\(entry.location.path):\(entry.location.line)")
    html += " · \(HTML.escape(entry.section.isEmpty ? "—" : entry.section))"
    html += entry.documentTitle.map { " · " + HTML.escape($0) } ?? ""
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
