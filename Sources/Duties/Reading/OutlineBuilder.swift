/// Builds a tree of nodes from a flat sequence of headings and blocks, the shape of Markdown, HTML
/// and plain text.
///
/// Headings nest by level. Labelled blocks nest by the style of their label: "(1)" holds "(a)",
/// which holds "(i)". A block that ends in a colon or dash is a lead-in, and the bulleted items after
/// it are its children.
struct OutlineBuilder {
  private enum FrameKind {
    case section(level: Int)
    case item(style: Label.Style)
    case leadIn
    case bullet
  }

  private struct Frame {
    var kind: FrameKind
    var node: Node
  }

  let source: SourceText
  private var roots: [Node] = []
  /// When set, each top-level node is handed here, finished, as soon as it closes, instead of being
  /// kept for ``build()``: a long text is then never held whole.
  var emit: ((Node) -> Void)?
  private var stack: [Frame] = []
  private var previousLetter: Character?

  /// Headings of this level are the document's title, not sections (a lone `# Title`, a page's `<h1>`).
  let titleLevel: Int?
  /// The title heading, once seen.
  private(set) var title: String?

  init(source: SourceText, titleLevel: Int? = nil) {
    self.source = source
    self.titleLevel = titleLevel
  }

  /// Adds a heading of a level (1 for the outermost).
  mutating func heading(_ run: TextRun, level: Int) {
    if level == titleLevel, title == nil {
      title = run.string
      return
    }
    closeItems()
    while let top = stack.last, case .section(let open) = top.kind, open >= level { close() }
    let parsed = HeadingText.parse(run.string)
    var title: TextRun?
    if let offset = parsed.titleOffset {
      title = offset == 0 ? run : run.dropping(prefixBytes: offset, in: source)
    }
    let node = Node(
      kind: parsed.kind, number: parsed.number, heading: title,
      location: run.location(atTextOffset: 0, in: source))
    stack.append(Frame(kind: .section(level: level), node: node))
  }

  /// Adds a block of text; `isBullet` for an item of a bulleted list.
  mutating func block(_ run: TextRun, isBullet: Bool = false) {
    let location = run.location(atTextOffset: 0, in: source)
    if let label = Label.parse(Substring(run.string), previousLetter: previousLetter) {
      previousLetter = label.letter ?? (label.style == .roman ? previousLetter : nil)
      closing: while let top = stack.last {
        switch top.kind {
        case .item(let style) where style >= label.style || label.style == .decimal: close()
        case .bullet: close()
        case .leadIn where label.style <= .bracketedNumber: close()
        default: break closing
        }
      }
      let text =
        label.length < run.string.utf8.count ? run.dropping(prefixBytes: label.length, in: source) : nil
      let node = Node(kind: label.style.nodeKind, number: label.text, text: text, location: location)
      stack.append(Frame(kind: .item(style: label.style), node: node))
      return
    }
    if isBullet {
      if case .bullet = stack.last?.kind { close() }
      let node = Node(kind: .listItem, text: run, location: location)
      stack.append(Frame(kind: .bullet, node: node))
      return
    }
    // A paragraph: it ends any bullets and lead-ins, and any lettered items (it is a wrap-up).
    while let top = stack.last {
      if case .bullet = top.kind { close(); continue }
      if case .leadIn = top.kind { close(); continue }
      if case .item(let style) = top.kind, style >= .letter { close(); continue }
      break
    }
    let last = run.string.last
    if last == ":" || last == "—" || last == "–" || run.string.hasSuffix(" -") {
      stack.append(Frame(kind: .leadIn, node: Node(kind: .paragraph, text: run, location: location)))
    } else {
      append(Node(kind: .paragraph, text: run, location: location))
    }
  }

  /// Adds a table: `header` the header row's cells (none when it has no header), `rows` the data
  /// rows' cells, `nil` for an empty cell (kept, so that every cell stays in its column). A table
  /// after a lead-in ("Each body must:") belongs to it; otherwise it ends any open list, as a
  /// paragraph does.
  mutating func table(header: [TextRun?], rows: [[TextRun?]]) {
    func row(_ cells: [TextRun?], isHeader: Bool) -> Node? {
      guard let first = cells.compactMap({ $0 }).first else { return nil }
      var location = first.location(atTextOffset: 0, in: source)
      let nodes = cells.map { cell in
        guard let cell else { return Node(kind: .tableCell, location: location) }
        location = cell.location(atTextOffset: 0, in: source)
        return isHeader
          ? Node(kind: .tableCell, heading: cell, location: location)
          : Node(kind: .tableCell, text: cell, location: location)
      }
      return Node(kind: .tableRow, children: nodes, location: nodes[0].location)
    }
    let children =
      [row(header, isHeader: true)].compactMap { $0 } + rows.compactMap { row($0, isHeader: false) }
    guard let first = children.first else { return }
    let table = Node(kind: .table, children: children, location: first.location)
    while let top = stack.last {
      if case .bullet = top.kind { close(); continue }
      if case .item(let style) = top.kind, style >= .letter { close(); continue }
      break
    }
    if case .leadIn = stack.last?.kind {
      stack[stack.count - 1].node.children.append(table)
      close()
    } else {
      append(table)
    }
  }

  /// The tree, with every open node closed (empty when the nodes were emitted).
  mutating func build() -> [Node] {
    while !stack.isEmpty { close() }
    return Self.finished(roots)
  }

  /// Top-level nodes as the tree gives them: each is finished on its own, so emitting them one by one
  /// gives the same nodes as building the whole.
  private static func finished(_ nodes: [Node]) -> [Node] {
    markingGroups(NodeTree.mergingSingleProvisionGroups(markingGroups(nodes)))
  }

  private mutating func closeItems() {
    while let top = stack.last {
      if case .section = top.kind { break }
      close()
    }
  }

  private mutating func close() {
    guard let frame = stack.popLast() else { return }
    append(frame.node)
  }

  private mutating func append(_ node: Node) {
    if stack.isEmpty {
      if let emit {
        Self.finished([node]).forEach(emit)
      } else {
        roots.append(node)
      }
    } else {
      stack[stack.count - 1].node.children.append(node)
    }
  }

  /// An unnumbered heading over numbered sections is a cross-heading: a group, not a section.
  private static func markingGroups(_ nodes: [Node]) -> [Node] {
    nodes.map { node in
      var node = node
      node.children = markingGroups(node.children)
      if node.kind == .section, node.number == nil,
        node.children.contains(where: { $0.number != nil && $0.kind.isDivision })
      {
        node.kind = .group
      }
      return node
    }
  }
}

extension TextRun {
  /// The run without its first `count` UTF-8 bytes and the spaces after them.
  func dropping(prefixBytes count: Int, in source: SourceText) -> TextRun {
    let bytes = Array(string.utf8)
    var start = min(count, bytes.count)
    while start < bytes.count, bytes[start] == 0x20 { start += 1 }
    let sourceStart = sourceOffset(forTextOffset: start, in: source)
    let escaped = spans.last { $0.textOffset <= start }?.escaped ?? false
    var newSpans = [Span(textOffset: 0, sourceOffset: sourceStart, escaped: escaped)]
    for span in spans where span.textOffset > start {
      newSpans.append(
        Span(textOffset: span.textOffset - start, sourceOffset: span.sourceOffset, escaped: span.escaped))
    }
    return TextRun(string: String(decoding: bytes[start...], as: UTF8.self), spans: newSpans)
  }
}
