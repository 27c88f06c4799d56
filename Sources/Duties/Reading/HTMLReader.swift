/// Reads HTML with libxml2's HTML parser in recovery mode: headings, paragraphs, lists and tables
/// from the main content, without navigation, scripts, styles and page chrome.
struct HTMLReader {
  let source: SourceText

  private static let skipped: Set<String> = [
    "script", "style", "nav", "header", "footer", "noscript", "aside", "form", "button", "svg",
    "template", "iframe", "select", "input", "head", "object", "canvas", "menu", "dialog",
  ]
  private static let skippedRoles: Set<String> = ["navigation", "banner", "contentinfo", "search"]
  private static let blocks: Set<String> = [
    "p", "li", "dt", "dd", "td", "th", "pre", "figcaption", "caption", "address", "summary",
  ]

  func read() throws -> Document {
    let (root, stoppedAt) = try LibXML2.parseHTML(source)
    let title = root.descendant("title")?.textContent
    let main = mainContent(root) ?? root.descendant("body") ?? root
    let titleLevel = main.count(named: "h1") == 1 ? 1 : nil
    var outline = OutlineBuilder(source: source, titleLevel: titleLevel)
    var markers: [Annotation] = []
    walk(main, outline: &outline, markers: &markers)
    var metadata = DocumentMetadata(format: .html)
    metadata.title =
      outline.title ?? title.flatMap { $0.isEmpty ? nil : $0 } ?? root.descendant("h1")?.textContent
    var document = Document(
      metadata: metadata, children: outline.build(), annotations: markers, source: source)
    if let stoppedAt {
      document.diagnostics.append(
        Diagnostic(
          severity: .warning, message: "the HTML parser stopped here; the text after this point is not read",
          location: stoppedAt))
    }
    return document
  }

  private func mainContent(_ root: XMLElement) -> XMLElement? {
    func find(_ element: XMLElement) -> XMLElement? {
      if element.name == "main" || element.attribute("role") == "main" { return element }
      if let id = element.attribute("id"), ["main-content", "content", "main"].contains(id) {
        return element
      }
      for child in element.elements {
        if let found = find(child) { return found }
      }
      return nil
    }
    return find(root)
  }

  private func isSkipped(_ element: XMLElement) -> Bool {
    if element.attribute("hidden") != nil || element.attribute("aria-hidden") == "true" { return true }
    if let style = element.attribute("style"), Self.hidesContent(style) { return true }
    if Self.skipped.contains(element.name) { return !holdsContent(element) }
    if let role = element.attribute("role"), Self.skippedRoles.contains(role) { return true }
    if LegislationHTML.isNote(element) { return true }
    // Page chrome by its class or id: cookie banners, skip links, breadcrumbs, related links, footers.
    let names = ((element.attribute("class") ?? "") + " " + (element.attribute("id") ?? "")).lowercased()
    return Self.chromeNames.contains { names.contains($0) }
  }

  /// Whether an inline style hides the element (`display: none`, `visibility: hidden`).
  static func hidesContent(_ style: String) -> Bool {
    let declarations = style.lowercased().split(separator: ";").map { $0.filter { !$0.isWhitespace } }
    return declarations.contains { $0.hasPrefix("display:none") || $0.hasPrefix("visibility:hidden") }
  }

  /// Whether page chrome (a `header` or `footer`) holds the page's content: an element left
  /// unclosed, which the parser closes only at the end of the page, so that the article is inside it.
  private func holdsContent(_ element: XMLElement) -> Bool {
    guard ["header", "footer"].contains(element.name) else { return false }
    // The page's main content, or a heading of the page over several paragraphs: no header holds those.
    let pageHeading = element.descendant("h1") != nil || element.descendant("h2") != nil
    return element.descendant("main") != nil || element.descendant("article") != nil
      || pageHeading && element.count(named: "p") >= 3
  }

  private static let chromeNames = [
    "cookie", "skip-link", "breadcrumb", "govuk-footer", "govuk-header", "related-navigation",
    "gem-c-related", "feedback", "print-link", "back-to-top", "site-header", "site-footer", "navbar",
    "menu", "sidebar", "banner",
  ]

  private func walk(_ element: XMLElement, outline: inout OutlineBuilder, markers: inout [Annotation]) {
    for child in element.children {
      guard case .element(let inner) = child, !isSkipped(inner) else {
        if case .text(let text, let offset) = child, !text.isBlank {
          var builder = TextBuilder()
          builder.append(text, sourceOffset: offset, escaped: true)
          if let run = builder.build() { outline.block(run) }
        }
        continue
      }
      let name = inner.name
      if name == "table" {
        table(inner, outline: &outline, markers: &markers)
        continue
      }
      if name.count == 2, name.first == "h", let level = Int(String(name.last!)), (1...6).contains(level) {
        if let run = text(of: inner, markers: &markers) { outline.heading(run, level: level) }
      } else if Self.blocks.contains(name) {
        let nested = inner.elements.filter { ["ul", "ol", "dl", "table"].contains($0.name) }
        if let run = text(of: inner, excluding: ["ul", "ol", "dl", "table"], markers: &markers) {
          outline.block(run, isBullet: name == "li" && element.name == "ul")
        }
        for list in nested { walk(list, outline: &outline, markers: &markers) }
      } else if inner.hasDirectText && !inner.elements.contains(where: { Self.blocks.contains($0.name) }) {
        if let run = text(of: inner, markers: &markers) { outline.block(run) }
      } else {
        walk(inner, outline: &outline, markers: &markers)
      }
    }
  }

  /// A table as rows of cells: the `thead` row, or a first row of `th` cells, is its header.
  private func table(_ element: XMLElement, outline: inout OutlineBuilder, markers: inout [Annotation]) {
    var rows: [(cells: [TextRun?], isHeader: Bool)] = []
    func collect(_ element: XMLElement, inHead: Bool) {
      for child in element.elements where !isSkipped(child) {
        switch child.name {
        case "tr":
          let cells = child.elements.filter { $0.name == "td" || $0.name == "th" }
          let runs = cells.map { text(of: $0, markers: &markers) }
          guard runs.contains(where: { $0 != nil }) else { continue }
          rows.append((runs, inHead || cells.allSatisfy { $0.name == "th" }))
        case "thead": collect(child, inHead: true)
        case "table": continue  // a table inside a cell is read with the cell's text
        default: collect(child, inHead: inHead)
        }
      }
    }
    collect(element, inHead: false)
    let header = rows.first?.isHeader == true ? rows.removeFirst().cells : []
    outline.table(header: header, rows: rows.map(\.cells))
  }

  private func text(
    of element: XMLElement, excluding: Set<String> = [], markers: inout [Annotation]
  ) -> TextRun? {
    var builder = TextBuilder()
    func collect(_ element: XMLElement) {
      for child in element.children {
        switch child {
        case .text(let text, let offset):
          builder.append(text, sourceOffset: offset, escaped: true)
        case .element(let inner):
          if excluding.contains(inner.name) || isSkipped(inner) { continue }
          if LegislationHTML.isDelimiter(inner) { continue }
          if (inner.name == "sup" && inner.descendant("a") != nil) || LegislationHTML.isMarker(inner) {
            markers.append(
              Annotation(
                kind: .marker, label: inner.textContent, text: "",
                location: source.location(atOffset: inner.offset)))
            continue
          }
          if inner.name == "br" { builder.appendSpace() }
          let block = Self.blocks.contains(inner.name) || inner.name == "div"
          if block { builder.appendSpace() }
          collect(inner)
          if block || LegislationHTML.isNumber(inner) { builder.appendSpace() }
        }
      }
    }
    collect(element)
    return builder.build()
  }
}
