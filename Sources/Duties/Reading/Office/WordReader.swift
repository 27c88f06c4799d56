import Foundation

/// Reads Word documents (`.docx`): headings from paragraph styles and outline levels, list
/// numbers from the numbering definitions, tables cell by cell, footnotes apart from the body.
///
/// Tracked changes (`w:ins`, `w:del`, `w:moveFrom`, `w:moveTo`) give two revisions of the same
/// document: ``Revision/before`` reads the text as it was before the changes, ``Revision/after``
/// (what Word shows with changes accepted) as it is after them.
struct WordReader {
  /// Which text of a document with tracked changes to read.
  enum Revision {
    /// Deletions kept, insertions left out.
    case before
    /// Insertions kept, deletions left out.
    case after
  }

  let package: ZipPackage
  let path: String
  private let body: XMLElement
  private let styles: [String: WordStyle]
  private let numberingRoot: XMLElement?
  private let footnoteTexts: [String: XMLElement]
  /// Reviewers' comments (`word/comments.xml`), which are not text of the document and are not read.
  private let commentCount: Int
  private let metadata: DocumentMetadata

  init(bytes: [UInt8], path: String) throws {
    self.path = path
    package = try ZipPackage(bytes: bytes, path: path)
    guard let document = try Self.parse(package, "word/document.xml", path: path) else {
      let kind = package.otherKind.map { "; it is \($0), which duties does not read" } ?? ""
      throw DutiesError.unreadable(
        path: path, reason: "a zip without word/document.xml is not a Word document\(kind)")
    }
    body = document.descendant("body") ?? document
    styles = WordStyle.table(try Self.parse(package, "word/styles.xml", path: path))
    numberingRoot = try Self.parse(package, "word/numbering.xml", path: path)
    // Footnotes and endnotes by "footnote:id" and "endnote:id"; separators (with a type) are not notes.
    var notes: [String: XMLElement] = [:]
    for kind in ["footnote", "endnote"] {
      for note in try Self.parse(package, "word/\(kind)s.xml", path: path)?.elements ?? []
      where note.name == kind && note.attribute("type") == nil {
        if let id = note.attribute("id") { notes[kind + ":" + id] = note }
      }
    }
    footnoteTexts = notes
    commentCount = try Self.parse(package, "word/comments.xml", path: path)?.count(named: "comment") ?? 0
    metadata = try Self.coreProperties(package, path: path, format: .docx)
  }

  /// Whether the document has tracked insertions, deletions or moves.
  var hasTrackedChanges: Bool {
    ["ins", "del", "moveFrom", "moveTo"].contains { body.count(named: $0) > 0 }
  }

  /// The document's text as laid out for one revision.
  func read(_ revision: Revision = .after) -> LaidOutText {
    var numbering = WordNumbering(numberingRoot)
    var lines: [LaidOutText.Line] = []
    var footnotes: [LaidOutText.Footnote] = []
    var title = metadata.title
    // The table cell being read, and how many tables have begun.
    var cell: LaidOutText.TableCell?
    var tables = 0

    func paragraph(_ element: XMLElement) {
      let properties = element.child("pPr")
      let style = properties?.child("pStyle")?.attribute("val").flatMap { styles[$0] }
      var text = ""
      var noteLabels: [String] = []
      var boxes: [XMLElement] = []
      collectText(element, revision: revision, into: &text, notes: &noteLabels, boxes: &boxes)
      defer { for box in boxes { block(box) } }  // a text box's paragraphs follow the one that anchors it
      for text in noteLabels.compactMap({ noteText($0, revision: revision) }) {
        footnotes.append(LaidOutText.Footnote(label: "\(footnotes.count + 1)", text: text))
      }
      // A paragraph that is only in the other revision (its mark inserted, or deleted) is not here,
      // and takes no list number.
      let mark = properties?.child("rPr")
      if revision == .before && mark?.child("ins") != nil && text.isBlank { return }
      if revision == .after && mark?.child("del") != nil && text.isBlank { return }
      let numberProperties = properties?.child("numPr")
      let listID = numberProperties?.child("numId")?.attribute("val") ?? style?.listID
      let listLevel =
        numberProperties?.child("ilvl")?.attribute("val").flatMap(Int.init) ?? style?.listLevel ?? 0
      let number = listID.flatMap { numbering.next(list: $0, level: listLevel) }
      let content = text.collapsingWhitespace
      guard !content.isEmpty else { return }
      if style?.isTitle == true {
        if title == nil { title = content }
        lines.append(LaidOutText.Line(text: content, headingLevel: 1, cell: cell))
        return
      }
      // Outline level 9 is Word's "body text": not a heading.
      let outline =
        (properties?.child("outlineLvl")?.attribute("val").flatMap(Int.init) ?? style?.outlineLevel)
        .flatMap { $0 < 9 ? $0 : nil }
      let line = number.map { $0 + " " + content } ?? content
      lines.append(
        LaidOutText.Line(
          text: line, headingLevel: cell == nil ? outline.map { min($0 + 1, 6) } : nil,
          isListItem: number != nil && outline == nil, cell: cell))
    }

    func block(_ element: XMLElement) {
      for child in element.elements {
        switch child.name {
        case "p": paragraph(child)
        case "tbl":
          // The first row is the header (a table that assigns duties names its columns there).
          let (number, outer) = (tables, cell)
          tables += 1
          for (row, column, item) in Self.cells(of: child) {
            cell = LaidOutText.TableCell(table: number, row: row, column: column, isHeader: row == 0)
            block(item)
          }
          cell = outer
        case "sectPr", "tblPr", "tblGrid", "trPr", "tcPr", "bookmarkStart", "bookmarkEnd": break
        case "del", "moveFrom": if revision == .before { block(child) }
        case "ins", "moveTo": if revision == .after { block(child) }
        default: block(child)  // sdt, sdtContent, customXml and the like hold paragraphs
        }
      }
    }
    block(body)
    var result = metadata
    result.title = title
    var laidOut = LaidOutText(lines: lines, footnotes: footnotes, metadata: result, hasRunningLines: false)
    laidOut.notices = notices
    return laidOut
  }

  /// What reading leaves out that a user should know of: reviewers' comments.
  private var notices: [String] {
    commentCount > 0
      ? [
        Plural.count(commentCount, "reviewer comment")
          + (commentCount == 1
            ? " is not read: it is a note on the document, not its text"
            : " are not read: they are notes on the document, not its text")
      ]
      : []
  }

  /// A footnote's or endnote's text for one revision, by its key ("footnote:2").
  private func noteText(_ key: String, revision: Revision) -> String? {
    guard let note = footnoteTexts[key] else { return nil }
    var text = ""
    var nested: [String] = []
    var boxes: [XMLElement] = []
    collectText(note, revision: revision, into: &text, notes: &nested, boxes: &boxes)
    return text.collapsingWhitespace
  }

  /// A table's cells in order, each with its row and column.
  static func cells(of table: XMLElement) -> [(row: Int, column: Int, element: XMLElement)] {
    table.elements.filter { $0.name == "tr" }.enumerated().flatMap { row, element in
      element.elements.filter { $0.name == "tc" }.enumerated().map { (row, $0.offset, $0.element) }
    }
  }

  /// The text of the runs below `element` for one revision; footnote and endnote references are
  /// collected, and text boxes (`w:txbxContent`) set aside to be read as paragraphs of their own.
  /// Of a drawing's alternatives (`mc:AlternateContent`) only the first is read, never the fallback
  /// that repeats it for older readers.
  private func collectText(
    _ element: XMLElement, revision: Revision, into text: inout String, notes: inout [String],
    boxes: inout [XMLElement]
  ) {
    for child in element.children {
      switch child {
      case .text: break  // only w:t and w:delText carry text
      case .element(let inner):
        switch inner.name {
        case "t": text += inner.rawText
        case "delText": if revision == .before { text += inner.rawText }
        case "tab", "br", "cr": text += " "
        case "noBreakHyphen": text += "-"
        case "footnoteReference", "endnoteReference":
          if let id = inner.attribute("id") { notes.append(inner.name.dropLast(9) + ":" + id) }
        case "txbxContent": boxes.append(inner)
        case "ins", "moveTo":
          if revision == .after {
            collectText(inner, revision: revision, into: &text, notes: &notes, boxes: &boxes)
          }
        case "del", "moveFrom":
          if revision == .before {
            collectText(inner, revision: revision, into: &text, notes: &notes, boxes: &boxes)
          }
        case "pPr", "rPr", "instrText", "fldChar", "commentReference", "Fallback": break
        default: collectText(inner, revision: revision, into: &text, notes: &notes, boxes: &boxes)
        }
      }
    }
  }

  /// Parses a part as XML; `nil` if the package has no such part.
  static func parse(_ package: ZipPackage, _ name: String, path: String) throws -> XMLElement? {
    guard let bytes = try package.part(name) else { return nil }
    let decoded = TextDecoding.decode(bytes)
    do {
      return try LibXML2.parseXML(SourceText(path: path + "/" + name, bytes: decoded.bytes))
    } catch let DutiesError.malformed(location, message) {
      throw DutiesError.unreadable(
        path: path, reason: "\(name) line \(location.line) column \(location.column): \(message)")
    }
  }

  /// Title, author and dates from `docProps/core.xml` (Word) or `meta.xml` (OpenDocument).
  static func coreProperties(_ package: ZipPackage, path: String, format: DocumentFormat) throws
    -> DocumentMetadata
  {
    var metadata = DocumentMetadata(format: format)
    let part = format == .odt ? "meta.xml" : "docProps/core.xml"
    guard let root = try parse(package, part, path: path) else { return metadata }
    if let title = root.descendant("title")?.textContent, !title.isEmpty { metadata.title = title }
    for (name, key) in [
      ("creator", "author"), ("initial-creator", "author"), ("modified", "modified"), ("date", "modified"),
      ("created", "created"), ("creation-date", "created"),
    ] {
      if metadata.properties[key] == nil, let value = root.descendant(name)?.textContent, !value.isEmpty {
        metadata.properties[key] = value
      }
    }
    metadata.version = metadata.properties["modified"].map { String($0.prefix(10)) }
    return metadata
  }
}

/// What a Word paragraph style says about structure.
struct WordStyle {
  var outlineLevel: Int?
  var isTitle = false
  var listID: String?
  var listLevel: Int?

  /// Styles by id from `word/styles.xml`, following `basedOn` for outline levels and numbering.
  static func table(_ root: XMLElement?) -> [String: WordStyle] {
    guard let root else { return [:] }
    var raw: [String: (style: WordStyle, basedOn: String?)] = [:]
    for element in root.elements where element.name == "style" && element.attribute("type") == "paragraph" {
      guard let id = element.attribute("styleId") else { continue }
      var style = WordStyle()
      let name = element.child("name")?.attribute("val")?.lowercased() ?? id.lowercased()
      let properties = element.child("pPr")
      style.outlineLevel = properties?.child("outlineLvl")?.attribute("val").flatMap(Int.init)
      if style.outlineLevel == nil, name.hasPrefix("heading "), let level = Int(name.dropFirst(8)) {
        style.outlineLevel = level - 1
      }
      style.isTitle = name == "title"
      style.listID = properties?.child("numPr")?.child("numId")?.attribute("val")
      style.listLevel = properties?.child("numPr")?.child("ilvl")?.attribute("val").flatMap(Int.init)
      raw[id] = (style, element.child("basedOn")?.attribute("val"))
    }
    var resolved: [String: WordStyle] = [:]
    for (id, entry) in raw {
      var style = entry.style
      var parent = entry.basedOn
      var depth = 0
      while let next = parent, let base = raw[next], depth < 10 {
        style.outlineLevel = style.outlineLevel ?? base.style.outlineLevel
        style.listID = style.listID ?? base.style.listID
        style.listLevel = style.listLevel ?? base.style.listLevel
        parent = base.basedOn
        depth += 1
      }
      resolved[id] = style
    }
    return resolved
  }
}

extension XMLElement {
  /// The element's own character data, spaces kept (`xml:space="preserve"` runs).
  var rawText: String {
    var result = ""
    for case .text(let text, _) in children { result += text }
    return result
  }
}
