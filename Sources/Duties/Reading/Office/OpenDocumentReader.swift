/// Reads OpenDocument text (`.odt`): headings with their outline levels, paragraphs, numbered and
/// bulleted lists (numbered from their list styles), tables cell by cell, footnotes apart from the
/// body. Tracked changes are read as the current text.
struct OpenDocumentReader {
  let path: String
  private let content: XMLElement
  private let listStyles: [String: [Int: String]]
  /// Outline levels of paragraph styles (automatic styles resolved to their parents).
  private let headingStyles: [String: Int]
  private let metadata: DocumentMetadata

  init(bytes: [UInt8], path: String) throws {
    self.path = path
    let package = try ZipPackage(bytes: bytes, path: path)
    // The mimetype part, when there is one, says what the package holds; it is read within the
    // same limits as every part, so a bomb there is refused like one anywhere else.
    if let mimetype = try package.part("mimetype").map({ String(decoding: $0, as: UTF8.self) }),
      !mimetype.hasPrefix("application/vnd.oasis.opendocument.text")
    {
      throw DutiesError.unreadable(
        path: path,
        reason: "a package of another kind (mimetype \(mimetype.prefix(80))), not OpenDocument text")
    }
    guard let content = try WordReader.parse(package, "content.xml", path: path) else {
      throw DutiesError.unreadable(path: path, reason: "an OpenDocument file without content.xml")
    }
    self.content = content
    var styles: [String: [Int: String]] = [:]
    let styleRoots = [content, try WordReader.parse(package, "styles.xml", path: path)].compactMap { $0 }
    for root in styleRoots {
      Self.collectListStyles(root, into: &styles)
    }
    listStyles = styles
    var parents: [String: String] = [:]
    var levels: [String: Int] = [:]
    for root in styleRoots { Self.collectParagraphStyles(root, parents: &parents, levels: &levels) }
    var resolved: [String: Int] = [:]
    for name in Set(parents.keys).union(levels.keys) {
      var current: String? = name
      var depth = 0
      while let style = current, depth < 10 {
        if let level = levels[style] {
          resolved[name] = level
          break
        }
        current = parents[style]
        depth += 1
      }
    }
    headingStyles = resolved
    metadata = try WordReader.coreProperties(package, path: path, format: .odt)
  }

  func read() -> LaidOutText {
    var lines: [LaidOutText.Line] = []
    var footnotes: [LaidOutText.Footnote] = []

    func text(_ element: XMLElement) -> String { Self.text(element, footnotes: &footnotes) }

    // The table cell being read, and how many tables have begun.
    var cell: LaidOutText.TableCell?
    var tables = 0

    func list(_ element: XMLElement, style: String?, level: Int) {
      let styleName = element.attribute("style-name") ?? style
      var counter = 0
      for item in element.elements where item.name == "list-item" || item.name == "list-header" {
        if item.name == "list-item" { counter += 1 }  // a header is not numbered
        let format = styleName.flatMap { listStyles[$0]?[level + 1] }
        var first = true
        for child in item.elements {
          if child.name == "list" {
            list(child, style: styleName, level: level + 1)
            continue
          }
          guard child.name == "p" || child.name == "h" else {
            blocks(child)
            continue
          }
          let value = text(child).collapsingWhitespace
          guard !value.isEmpty else { continue }
          let label = first && item.name == "list-item" ? Self.label(counter, format: format) : nil
          lines.append(
            LaidOutText.Line(
              text: label.map { $0 + " " + value } ?? value, isListItem: item.name == "list-item", cell: cell)
          )
          first = false
        }
      }
    }

    func blocks(_ element: XMLElement) {
      for child in element.elements {
        switch child.name {
        case "h":
          let value = text(child).collapsingWhitespace
          let level = child.attribute("outline-level").flatMap(Int.init) ?? 1
          if !value.isEmpty {
            lines.append(
              LaidOutText.Line(text: value, headingLevel: cell == nil ? min(level, 6) : nil, cell: cell))
          }
        case "p":
          let value = text(child).collapsingWhitespace
          let level = cell == nil ? child.attribute("style-name").flatMap { headingStyles[$0] } : nil
          if !value.isEmpty { lines.append(LaidOutText.Line(text: value, headingLevel: level, cell: cell)) }
        case "list": list(child, style: nil, level: 0)
        case "table":
          let number = tables
          tables += 1
          let outer = cell
          for (row, column, isHeader, item) in Self.cells(of: child) {
            cell = LaidOutText.TableCell(table: number, row: row, column: column, isHeader: isHeader)
            blocks(item)
          }
          cell = outer
        case "tracked-changes", "sequence-decls", "variable-decls", "user-field-decls", "forms": break
        default: blocks(child)  // sections, tables, rows, cells
        }
      }
    }
    if let body = content.descendant("text") { blocks(body) }
    var result = metadata
    if result.title == nil { result.title = lines.first { $0.headingLevel != nil }?.text }
    return LaidOutText(lines: lines, footnotes: footnotes, metadata: result, hasRunningLines: false)
  }

  /// The text of a paragraph or heading, spaces and tabs as written; its notes are added to `footnotes`.
  static func text(_ element: XMLElement, footnotes: inout [LaidOutText.Footnote]) -> String {
    var result = ""
    for child in element.children {
      switch child {
      case .text(let value, _): result += value
      case .element(let inner):
        switch inner.name {
        case "s": result += String(repeating: " ", count: inner.attribute("c").flatMap(Int.init) ?? 1)
        case "tab", "line-break": result += " "
        case "note":
          let body = inner.child("note-body").map { text($0, footnotes: &footnotes) } ?? ""
          footnotes.append(
            LaidOutText.Footnote(
              label: inner.child("note-citation")?.textContent ?? "\(footnotes.count + 1)",
              text: body.collapsingWhitespace))
        case "tracked-changes", "bookmark", "bookmark-start", "bookmark-end", "change", "change-start",
          "change-end", "annotation":
          break
        default: result += text(inner, footnotes: &footnotes)
        }
      }
    }
    return result
  }

  /// A table's cells in order, each with its row and column (a covered cell keeps its column) and
  /// whether its row is a header: the header rows, or else the first row.
  static func cells(of table: XMLElement) -> [(row: Int, column: Int, isHeader: Bool, element: XMLElement)] {
    let rows = Self.rows(of: table)
    let hasHeaderRows = rows.contains { $0.isHeader }
    var result: [(row: Int, column: Int, isHeader: Bool, element: XMLElement)] = []
    for (rowIndex, row) in rows.enumerated() {
      let isHeader = hasHeaderRows ? row.isHeader : rowIndex == 0
      let cells = row.element.elements.filter { $0.name == "table-cell" || $0.name == "covered-table-cell" }
      for (column, item) in cells.enumerated() where item.name == "table-cell" {
        result.append((rowIndex, column, isHeader, item))
      }
    }
    return result
  }

  /// A table's rows in order, each with whether it is among the header rows.
  static func rows(of table: XMLElement) -> [(element: XMLElement, isHeader: Bool)] {
    var result: [(element: XMLElement, isHeader: Bool)] = []
    func collect(_ element: XMLElement, isHeader: Bool) {
      for child in element.elements {
        switch child.name {
        case "table-row": result.append((child, isHeader))
        case "table-header-rows": collect(child, isHeader: true)
        case "table-rows", "table-row-group": collect(child, isHeader: isHeader)
        default: break
        }
      }
    }
    collect(table, isHeader: false)
    return result
  }

  /// "1." / "(a)" / "•" for item `counter` in a list level's format.
  static func label(_ counter: Int, format: String?) -> String? {
    guard let format else { return "•" }
    if format.hasPrefix("bullet") { return "•" }
    let parts = format.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
    let (prefix, style, suffix) = (parts[1], parts[2], parts[3])
    let value: String
    switch style {
    case "a": value = WordNumbering.letters(counter).lowercased()
    case "A": value = WordNumbering.letters(counter)
    case "i": value = WordNumbering.roman(counter).lowercased()
    case "I": value = WordNumbering.roman(counter)
    case "": return nil
    default: value = "\(counter)"
    }
    return prefix + value + suffix
  }

  /// Paragraph styles' parents and default outline levels ("Heading 1" has level 1, "Title" 1).
  private static func collectParagraphStyles(
    _ root: XMLElement, parents: inout [String: String], levels: inout [String: Int]
  ) {
    for element in root.elements {
      if element.name == "style", element.attribute("family") == "paragraph",
        let name = element.attribute("name")
      {
        if let parent = element.attribute("parent-style-name") { parents[name] = parent }
        if let level = element.attribute("default-outline-level").flatMap(Int.init) {
          levels[name] = level
        } else if name == "Title" {
          levels[name] = 1
        }
      } else {
        collectParagraphStyles(element, parents: &parents, levels: &levels)
      }
    }
  }

  /// List styles: for each level, "number|prefix|format|suffix" or "bullet".
  private static func collectListStyles(_ root: XMLElement, into styles: inout [String: [Int: String]]) {
    for element in root.elements {
      if element.name == "list-style", let name = element.attribute("name") {
        var levels: [Int: String] = [:]
        for level in element.elements {
          guard let index = level.attribute("level").flatMap(Int.init) else { continue }
          if level.name == "list-level-style-number" {
            levels[index] =
              "number|\(level.attribute("num-prefix") ?? "")|\(level.attribute("num-format") ?? "1")|"
              + (level.attribute("num-suffix") ?? "")
          } else {
            levels[index] = "bullet"
          }
        }
        styles[name] = levels
      } else {
        collectListStyles(element, into: &styles)
      }
    }
  }
}
