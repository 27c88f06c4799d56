/// An indented outline of a document for people (`duties parse --format text`).
public enum DocumentOutline {
  /// Renders the outline; text is cut to `width` columns.
  public static func render(_ document: Document, width: Int = 100) -> String {
    var output = ""
    let metadata = document.metadata
    output += "\(metadata.title ?? document.path)\n"
    var facts = [metadata.format.displayName]
    if let identifier = metadata.identifier { facts.append(identifier) }
    if let version = metadata.version { facts.append(version) }
    output += "  " + facts.joined(separator: " · ") + "\n"
    for diagnostic in document.diagnostics { output += "  \(diagnostic)\n" }
    output += "\n"
    func line(_ node: Node, depth: Int) {
      let indent = String(repeating: "  ", count: depth)
      // A table row on one line, its cells between bars (the header row first, when there is one).
      if node.kind == .tableRow {
        let cells = node.children.map { $0.heading?.string ?? $0.text?.string ?? "" }
        var rendered = indent + "| " + cells.joined(separator: " | ") + " |"
        let suffix = "  :\(node.location.line)"
        let room = max(20, width - suffix.count)
        if rendered.count > room { rendered = String(rendered.prefix(room - 1)) + "…" }
        output += rendered + suffix + "\n"
        return
      }
      var head = ""
      switch node.kind {
      case .part, .chapter: head = node.label ?? node.kind.rawValue
      case .block, .paragraph, .listItem: head = node.number ?? (node.kind == .listItem ? "•" : "")
      case .table: head = "table"
      default: head = node.number ?? ""
      }
      var parts = [head]
      if let heading = node.heading?.string { parts.append(head.isEmpty ? heading : "— \(heading)") }
      if let text = node.text?.string { parts.append(text) }
      var rendered = indent + parts.filter { !$0.isEmpty }.joined(separator: " ")
      let suffix =
        node.location.page.map { "  :page \($0):line \(node.location.line)" } ?? "  :\(node.location.line)"
      let room = max(20, width - suffix.count)
      if rendered.count > room { rendered = String(rendered.prefix(room - 1)) + "…" }
      output += rendered + suffix + "\n"
      for child in node.children { line(child, depth: depth + 1) }
    }
    for node in document.children { line(node, depth: 0) }
    if !document.annotations.isEmpty {
      let counts = Dictionary(grouping: document.annotations, by: \.kind).mapValues(\.count)
      let summary = counts.keys.sorted { $0.rawValue < $1.rawValue }.map { "\(counts[$0]!) \($0.rawValue)" }
      output += "\nannotations: " + summary.joined(separator: ", ") + "\n"
    }
    return output
  }
}
