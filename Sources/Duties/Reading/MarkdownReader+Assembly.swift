extension MarkdownReader {
  /// Puts a Markdown body's lines together into blocks, headings, tables and footnotes, in one pass,
  /// and hands them to an outline.
  struct Assembly {
    let reader: MarkdownReader
    let bytes: [UInt8]
    let inline: MarkdownInline
    var outline: OutlineBuilder
    /// Footnotes and inline markers read so far.
    var annotations: [Annotation] = []
    /// The first heading, as the title when nothing else gives one.
    var firstHeading: String?
    /// The lines of the block being read, and whether it is a bulleted item.
    private var pending: [Range<Int>] = []
    private var pendingIsBullet = false
    /// The opening of the code fence the lines are inside, if any.
    private var fence: [UInt8]?
    /// Whether the lines are inside an HTML comment.
    private var inComment = false
    private var tableHeader: [TextRun?] = []
    private var tableRows: [[TextRun?]] = []

    init(reader: MarkdownReader, outline: OutlineBuilder) {
      self.reader = reader
      self.bytes = reader.source.bytes
      self.inline = MarkdownInline(source: reader.source)
      self.outline = outline
    }

    /// Reads every line from byte `start` on.
    mutating func run(from start: Int) {
      for line in Lines(bytes: bytes, start: start) { read(line: line) }
      flush()
      flushTable()
      _ = outline.build()
    }

    private mutating func read(line: Range<Int>) {
      let content = bytes.trimmed(line)
      if !tableRows.isEmpty || !tableHeader.isEmpty,
        content.isEmpty || bytes[content.lowerBound] != UInt8(ascii: "|")
      {
        flushTable()
      }
      if let open = fence {
        if bytes.hasPrefix(String(decoding: open, as: UTF8.self), at: content.lowerBound) { fence = nil }
        return
      }
      if inComment {
        if bytes.string(content).contains("-->") { inComment = false }
        return
      }
      if content.isEmpty {
        flush()
        return
      }
      // Most lines are paragraph text, and their first byte says so: the tests below each need a first
      // character that none of these bytes begins.
      if MarkdownReader.startsParagraphText[Int(bytes[content.lowerBound])] {
        pending.append(content)
        return
      }
      let text = bytes.string(content)
      if readsMarkup(text, content) || readsBlockStart(text, content) { return }
      var start = content.lowerBound
      while start < content.upperBound, bytes[start] == UInt8(ascii: ">") || bytes[start] == 0x20 {
        start += 1
      }
      pending.append(start..<content.upperBound)
    }

    /// Fences, comments, headings, part markers, rules, footnotes and link definitions: whether the line
    /// was one.
    private mutating func readsMarkup(_ text: String, _ content: Range<Int>) -> Bool {
      if text.hasPrefix("```") || text.hasPrefix("~~~") {
        flush()
        fence = Array(text.utf8.prefix(3))
        return true
      }
      if text.hasPrefix("<!--") {
        flush()
        inComment = !text.contains("-->")
        return true
      }
      if let level = reader.headingLevel(text) {
        heading(content, level: level)
        return true
      }
      if text.hasPrefix("--- "), text.dropFirst(4).allSatisfy(\.isLetter) {
        flush()  // a kramdown-rfc part marker: "--- middle", "--- back"
        return true
      }
      if reader.isRule(text) {
        if text.hasPrefix("="), pending.count == 1, !pendingIsBullet {
          emitSetextHeading(level: 1)
        } else if text.hasPrefix("-"), pending.count == 1, !pendingIsBullet {
          emitSetextHeading(level: 2)
        } else {
          flush()
        }
        return true
      }
      if text.hasPrefix("[^"), let colon = text.firstIndex(of: ":"), text[..<colon].hasSuffix("]") {
        flush()
        let label = String(text[text.index(text.startIndex, offsetBy: 2)..<text.index(before: colon)])
        let body = String(text[text.index(after: colon)...]).collapsingWhitespace
        annotations.append(
          Annotation(
            kind: .footnote, label: label, text: body,
            location: reader.source.location(atOffset: content.lowerBound)))
        return true
      }
      if MarkdownReader.isLinkReferenceDefinition(text) {
        flush()  // "[ref]: https://…": where a link points, not text
        return true
      }
      return false
    }

    /// Table rows, bullets and numbered paragraphs: whether the line started one.
    private mutating func readsBlockStart(_ text: String, _ content: Range<Int>) -> Bool {
      if text.hasPrefix("|") {
        flush()
        // The delimiter row under the first row makes that row the header.
        if text.allSatisfy({ "|-: ".contains($0) }) {
          if tableHeader.isEmpty, tableRows.count == 1 { tableHeader = tableRows.removeFirst() }
          return true
        }
        tableRows.append(
          reader.cells(content).map { cell in
            var builder = TextBuilder()
            inline.append(cell, to: &builder, markers: &annotations)
            return builder.build()
          })
        return true
      }
      if let markerLength = reader.bulletMarker(text) {
        flush()
        pending = [bytes.trimmed((content.lowerBound + markerLength)..<content.upperBound)]
        pendingIsBullet = true
        return true
      }
      if reader.orderedMarker(text) != nil {
        // The number is kept: it is the paragraph's label ("12.").
        flush()
        pending = [content.lowerBound..<content.upperBound]
        return true
      }
      return false
    }

    /// An ATX heading ("## Joint working ##", "Introduction {#intro}").
    private mutating func heading(_ content: Range<Int>, level: Int) {
      flush()
      var builder = TextBuilder()
      var range = (content.lowerBound + level)..<content.upperBound
      range = bytes.trimmed(range)
      while range.upperBound > range.lowerBound, bytes[range.upperBound - 1] == UInt8(ascii: "#") {
        range = range.lowerBound..<(range.upperBound - 1)
      }
      // A kramdown attribute list ends the heading: "Introduction {#intro}".
      if let brace = bytes[range].lastIndex(of: UInt8(ascii: "{")), bytes[range].last == UInt8(ascii: "}") {
        range = range.lowerBound..<brace
      }
      inline.append(bytes.trimmed(range), to: &builder, markers: &annotations)
      if let run = builder.build() {
        if firstHeading == nil { firstHeading = run.string }
        outline.heading(run, level: level)
      }
    }

    /// The pending line, underlined by "===" or "---", as a heading.
    private mutating func emitSetextHeading(level: Int) {
      var builder = TextBuilder()
      inline.append(pending[0], to: &builder, markers: &annotations)
      pending = []
      if let run = builder.build() {
        if firstHeading == nil { firstHeading = run.string }
        outline.heading(run, level: level)
      }
    }

    private mutating func flush() {
      guard !pending.isEmpty else { return }
      var builder = TextBuilder()
      for range in pending {
        inline.append(range, to: &builder, markers: &annotations)
        builder.appendSpace()
      }
      if let run = builder.build() { outline.block(run, isBullet: pendingIsBullet) }
      pending = []
      pendingIsBullet = false
    }

    private mutating func flushTable() {
      guard !tableHeader.isEmpty || !tableRows.isEmpty else { return }
      outline.table(header: tableHeader, rows: tableRows)
      tableHeader = []
      tableRows = []
    }
  }
}
