import Foundation
import OrderedCollections
import Yams

/// Reads Markdown: YAML or TOML front matter as metadata, ATX and Setext headings, bulleted and numbered
/// lists, paragraphs, tables and footnotes. Code blocks, HTML comments and link reference definitions
/// are left out.
struct MarkdownReader {
  let source: SourceText

  func read() -> Document {
    var children: [Node] = []
    let (metadata, annotations) = read { children.append($0) }
    return Document(metadata: metadata, children: children, annotations: annotations, source: source)
  }

  /// Reads the text, handing each top-level node to `emit` as soon as it is complete (see
  /// ``PlainTextReader/read(emit:)``); returns the metadata and the document's annotations.
  func read(emit: (Node) -> Void) -> (DocumentMetadata, [Annotation]) {
    withoutActuallyEscaping(emit) { read(escapingEmit: $0) }
  }

  private func read(escapingEmit emit: @escaping (Node) -> Void) -> (DocumentMetadata, [Annotation]) {
    let bytes = source.bytes
    var (metadata, bodyStart) = frontMatter()
    let topHeadings = Lines(bytes: bytes, start: bodyStart).filter {
      bytes.hasPrefix("# ", at: $0.lowerBound)
    }
    var outline = OutlineBuilder(source: source, titleLevel: topHeadings.count == 1 ? 1 : nil)
    // The first top-level node, without its children: it may give the title.
    var first: Node?
    outline.emit = { node in
      if first == nil {
        first = Node(kind: node.kind, heading: node.heading, text: node.text, location: node.location)
      }
      emit(node)
    }
    var assembly = Assembly(reader: self, outline: outline)
    assembly.run(from: bodyStart)
    if metadata.title == nil, let title = assembly.outline.title {
      metadata.title = title
    } else if metadata.title == nil {
      // The first heading, unless text stands before it (a title line in converted documents).
      if let first, first.heading == nil, let text = first.text?.string {
        metadata.title = String(text.prefix(120))
        if let line = source.text(ofLine: first.location.line).collapsingWhitespace.nilIfEmpty,
          line.count <= 120
        {
          metadata.title = line
        }
      } else {
        metadata.title = assembly.firstHeading
      }
    }
    return (metadata, assembly.annotations)
  }

  // MARK: - Line kinds

  /// Whether a line whose first byte is this one is paragraph text without taking a string of it: an
  /// ASCII byte that starts no fence, comment, heading, rule, footnote, table, list item or quotation.
  /// (Every other byte goes through the tests; a non-ASCII one may start "•", a digit or a character
  /// canonically equal to one of these.)
  static let startsParagraphText: [Bool] = (0...255).map { byte in
    byte < 0x80 && !(0x30...0x39).contains(byte) && !"`~<#-=*_[|+> ".utf8.contains(UInt8(byte))
  }

  /// A link reference definition: `[label]: destination`, with an optional title in quotes or brackets.
  static func isLinkReferenceDefinition(_ text: String) -> Bool {
    guard text.hasPrefix("["), !text.hasPrefix("[^"), let close = text.range(of: "]:") else { return false }
    let label = text[text.index(after: text.startIndex)..<close.lowerBound]
    guard !label.isEmpty, !label.contains("]") else { return false }
    let rest = text[close.upperBound...].drop { $0 == " " || $0 == "\t" }
    let destination = rest.prefix { $0 != " " && $0 != "\t" }
    guard !destination.isEmpty else { return false }
    let title = rest.dropFirst(destination.count).trimmingCharacters(in: .whitespaces)
    guard let open = title.first else { return true }
    let closing: Character = open == "(" ? ")" : open
    return ["\"", "'", "("].contains(open) && title.count > 1 && title.last == closing
  }

  func headingLevel(_ text: String) -> Int? {
    let hashes = text.prefix { $0 == "#" }.count
    guard (1...6).contains(hashes) else { return nil }
    let rest = text.dropFirst(hashes)
    return rest.isEmpty || rest.first == " " ? hashes : nil
  }

  /// A thematic break or Setext underline: three or more of one of "-=*_", spaces between allowed.
  func isRule(_ text: String) -> Bool {
    guard let first = text.utf8.first, "-=*_".utf8.contains(first) else { return false }
    var count = 0
    for byte in text.utf8 where byte != 0x20 {
      guard byte == first else { return false }
      count += 1
    }
    return count >= 3
  }

  func bulletMarker(_ text: String) -> Int? {
    guard let first = text.first, "-*+•".contains(first) else { return nil }
    let rest = text.dropFirst()
    guard rest.first == " " || rest.first == "\t" else { return nil }
    return String(first).utf8.count + 1
  }

  func orderedMarker(_ text: String) -> Int? {
    let digits = text.prefix { $0.isNumber }
    guard !digits.isEmpty, digits.count <= 3 else { return nil }
    let rest = text.dropFirst(digits.count)
    guard let mark = rest.first, mark == "." || mark == ")" else { return nil }
    let after = rest.dropFirst()
    return after.isEmpty || after.first == " " ? digits.count + 1 : nil
  }

  /// The cells of a table row, empty ones included: "| a | | c |" → a, (empty), c. The pipes
  /// that open and close the row make no cells; an escaped pipe (`\|`) is text.
  func cells(_ range: Range<Int>) -> [Range<Int>] {
    let bytes = source.bytes
    var result: [Range<Int>] = []
    var start = range.lowerBound
    for index in range
    where bytes[index] == UInt8(ascii: "|") && (index == range.lowerBound || bytes[index - 1] != 0x5C) {
      if index > range.lowerBound { result.append(bytes.trimmed(start..<index)) }
      start = index + 1
    }
    let last = bytes.trimmed(start..<range.upperBound)
    if !last.isEmpty { result.append(last) }
    return result
  }

  // MARK: - Front matter

  private func frontMatter() -> (DocumentMetadata, Int) {
    let bytes = source.bytes
    let metadata = DocumentMetadata(format: .markdown)
    if bytes.hasPrefix("+++\n", at: 0) || bytes.hasPrefix("+++\r\n", at: 0) {
      return tomlFrontMatter(metadata)
    }
    guard bytes.hasPrefix("---\n", at: 0) || bytes.hasPrefix("---\r\n", at: 0) else {
      return (metadata, 0)
    }
    var lines = Lines(bytes: bytes, start: 0).makeIterator()
    _ = lines.next()
    var end: Int?
    var bodyStart = bytes.count
    while let line = lines.next() {
      let text = bytes.string(bytes.trimmed(line))
      // kramdown-rfc ends its front matter with a section marker: "--- abstract".
      if text == "---" || text == "..." || text.hasPrefix("--- ") {
        end = line.lowerBound
        bodyStart = min(bytes.count, line.upperBound + 1)
        break
      }
    }
    guard let end else { return (metadata, 0) }
    let yaml = bytes.string(4..<end)
    guard let node = try? Yams.compose(yaml: yaml), let mapping = node.mapping else {
      // Front matter as people write it, not always valid YAML ("title: Joint plans: guidance"):
      // its top-level "key: value" lines.
      return (Self.metadata(metadata, Self.plainProperties(yaml)), bodyStart)
    }
    var properties = OrderedDictionary<String, String>()
    for (key, value) in mapping {
      guard let key = key.string else { continue }
      if let scalar = value.scalar {
        properties[key] = scalar.string
      } else if let sequence = value.sequence {
        properties[key] = sequence.compactMap { $0.scalar?.string }.joined(separator: ", ")
      }
    }
    return (Self.metadata(metadata, properties), bodyStart)
  }

  /// The top-level `key: value` lines of front matter that is not valid YAML: the value is the rest
  /// of the line, without the quotes around it; indented and other lines are left out.
  static func plainProperties(_ yaml: String) -> OrderedDictionary<String, String> {
    var properties = OrderedDictionary<String, String>()
    for line in yaml.split(whereSeparator: \.isNewline) {
      guard let colon = line.firstIndex(of: ":"), line.first?.isLetter == true else { continue }
      let key = line[..<colon]
      guard key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { continue }
      var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
        value = String(value.dropFirst().dropLast())
      }
      if !value.isEmpty { properties[String(key)] = value }
    }
    return properties
  }

  /// Metadata from front matter's properties: title, identifier and version by their usual keys.
  private static func metadata(_ base: DocumentMetadata, _ properties: OrderedDictionary<String, String>)
    -> DocumentMetadata
  {
    var metadata = base
    metadata.properties = properties
    metadata.title = properties["title"]
    metadata.identifier = properties["identifier"] ?? properties["id"] ?? properties["urn"]
    metadata.version =
      properties["version"] ?? properties["date"] ?? properties["last_updated"]
      ?? properties["last_reviewed_on"] ?? properties["publication_date"]
    return metadata
  }

  /// TOML front matter (Hugo, Zola) between `+++` lines: its top-level `key = value` pairs (strings,
  /// numbers, dates, booleans, arrays of them) as properties; tables after a `[table]` line are
  /// named `table.key`. Never body text, whatever it holds.
  private func tomlFrontMatter(_ base: DocumentMetadata) -> (DocumentMetadata, Int) {
    let bytes = source.bytes
    var properties = OrderedDictionary<String, String>()
    var table = ""
    for line in Lines(bytes: bytes, start: 0).dropFirst() {
      let text = bytes.string(bytes.trimmed(line))
      if text == "+++" {
        return (Self.metadata(base, properties), min(bytes.count, line.upperBound + 1))
      }
      if text.hasPrefix("["), text.hasSuffix("]") {
        table = text.trimmingCharacters(in: CharacterSet(charactersIn: "[] ")) + "."
      } else if let equals = text.firstIndex(of: "="), !text.hasPrefix("#") {
        let key = text[..<equals].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: ["\"", "'"])
        properties[table + key] = Self.tomlValue(text[text.index(after: equals)...])
      }
    }
    return (base, 0)  // never closed: not front matter
  }

  /// A TOML value as text: a string without its quotes, an array's items joined by ", ".
  private static func tomlValue(_ raw: Substring) -> String {
    let value = raw.trimmingCharacters(in: .whitespaces)
    let unquote = { (item: String) in
      item.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: ["\"", "'"])
    }
    guard value.hasPrefix("["), value.hasSuffix("]") else { return unquote(value) }
    return value.dropFirst().dropLast().split(separator: ",").map { unquote(String($0)) }
      .filter { !$0.isEmpty }.joined(separator: ", ")
  }
}
