extension PlainTextReader {
  /// Puts a plain text's lines together into blocks, headings, tables and a title, in one pass, and
  /// hands them to an outline.
  struct Assembly {
    let reader: PlainTextReader
    let bytes: [UInt8]
    let lines: [Range<Int>]
    /// Running headers and footers, as written and without their digits.
    let noise: Set<String>
    /// Compounds the text hyphenates, whose hyphen stays when a line break falls after it.
    let compounds: Set<String>
    var outline: OutlineBuilder
    /// The lines of the block being read.
    var pending: [Range<Int>] = []
    /// The first line of text, as the title when the reader is given none.
    var firstLine: String?
    /// Whether a block was handed on yet: only the first can be the title.
    var flushedAny = false
    /// Whether the pending block is a bulleted item: it ends at a blank line before a capital.
    var pendingIsBullet = false
    var table = TableLines()
    /// Whether a blank line, or a page break, came after the pending block.
    var pendingBreak = false
    var pendingPageBreak = false
    /// Whether the lines are a table of contents' entries.
    var inContents = false

    init(
      reader: PlainTextReader, lines: [Range<Int>], noise: Set<String>, compounds: Set<String>,
      outline: OutlineBuilder
    ) {
      self.reader = reader
      self.bytes = reader.source.bytes
      self.lines = lines
      self.noise = noise
      self.compounds = compounds
      self.outline = outline
    }

    /// Reads every line; gives the first line of text.
    mutating func run() -> String? {
      for lineIndex in lines.indices { read(line: lineIndex) }
      flush()
      flushTable()
      _ = outline.build()
      return firstLine
    }

    private mutating func read(line lineIndex: Int) {
      let line = lines[lineIndex]
      let whole = bytes.trimmed(line)
      if !whole.isEmpty, reader.tableCells[lineIndex] == nil, skipsContents(whole) { return }
      if let cell = reader.tableCells[lineIndex] {
        flush()
        if let current = table.number, current != cell.table { flushTable() }
        table.add(whole, at: cell, bytes: bytes)
        return
      }
      if !whole.isEmpty { flushTable() }
      if whole.isEmpty {
        pendingBreak = true
        if bytes[line].contains(0x0C) { pendingPageBreak = true }
        return
      }
      let pieces = PlainTextReader.pieces(bytes, whole).flatMap { PlainTextReader.provisionPieces(bytes, $0) }
      for (pieceIndex, content) in pieces.enumerated() {
        // A wide gap ends a block: "Payment of the aid        Member States shall pay…".
        if pieceIndex > 0 { flush() }
        read(piece: content, of: lineIndex)
      }
    }

    /// Whether a line belongs to a table of contents, which lists the headings with their pages: it is
    /// neither headings nor text.
    private mutating func skipsContents(_ line: Range<Int>) -> Bool {
      // Most lines are neither a contents heading (short) nor inside contents: no string is made for them.
      guard inContents || line.count <= HeadingLexicon.longestContentsHeading else { return false }
      let text = bytes.string(line)
      if HeadingLexicon.contentsHeadings.contains(text.lowercased()) {
        takeTitle()
        flush()
        inContents = true
        return true
      }
      if inContents, PlainTextReader.isContentsEntry(text) { return true }
      inContents = false
      return false
    }

    private mutating func read(piece content: Range<Int>, of lineIndex: Int) {
      let text = bytes.string(content)
      if reader.dropsRunningLines,
        reader.isPageNumber(text)
          || !noise.isEmpty && (noise.contains(text) || noise.contains(PlainTextReader.withoutDigits(text)))
      {
        return
      }
      let nextLine = lineIndex + 1 < lines.count ? bytes.string(bytes.trimmed(lines[lineIndex + 1])) : ""
      let heading =
        reader.headingHints[lineIndex]
        ?? (nextLine.first?.isLowercase == true || reader.listItemLines.contains(lineIndex)
          ? nil : reader.headingLevel(text))
      if pendingBreak { endBlockIfDone(before: text, heading: heading) }
      // The first line as the title; a long one (a file with no line breaks) only begins it.
      if firstLine == nil { firstLine = text.count <= 300 ? text : String(text.prefix(300)) + " …" }
      if let level = heading {
        flush()
        var builder = TextBuilder()
        builder.append(text, sourceOffset: content.lowerBound, escaped: false)
        if let run = builder.build() { outline.heading(run, level: level) }
        flushedAny = true
        return
      }
      if Label.parse(Substring(text), previousLetter: nil) != nil || reader.startsWithBullet(text) {
        flush()
      }
      if reader.startsWithBullet(text) {
        pending.append(bytes.trimmed((content.lowerBound + reader.bulletLength(text))..<content.upperBound))
        pendingIsBullet = true
        return
      }
      pending.append(content)
    }

    /// After a blank line: the pending block ends, unless its last line ends mid-sentence and the next
    /// line (`text`) starts no heading, provision or bullet (a paragraph broken by a page break goes on).
    private mutating func endBlockIfDone(before text: String, heading: Int?) {
      let last = pending.last.map { bytes[$0.upperBound - 1] }
      let midSentence = last.map { !".:;?!)”\"".utf8.contains($0) } == true
      // "(b) arranges care…," then "must, in doing so, …": the list's wrap-up, not the item's end.
      let wrapsUpList =
        pending.first.map { Label.parse(Substring(bytes.string($0)), previousLetter: nil) != nil } == true
        && DeonticLexicon.startsWithModal(text)
      // A bulleted item ends at a blank line before a capital, but goes on across a page break.
      let starts =
        pendingIsBullet && !pendingPageBreak && text.first?.isUppercase == true || heading != nil
        || Label.parse(Substring(text), previousLetter: nil) != nil
        || reader.startsWithBullet(text) || wrapsUpList
      takeTitle()
      if !midSentence || starts || !(reader.continuesAcrossBlankLines || pendingPageBreak) { flush() }
      pendingBreak = false
      pendingPageBreak = false
    }

    /// Hands the pending block to the outline, its lines joined (a word hyphenated across a break
    /// made whole).
    private mutating func flush() {
      guard !pending.isEmpty else { return }
      flushedAny = true
      let isBullet = pendingIsBullet
      pendingIsBullet = false
      var builder = TextBuilder()
      for (index, range) in pending.enumerated() {
        var piece = range
        let next = index + 1 < pending.count ? pending[index + 1] : nil
        if let next, let keepHyphen = reader.hyphenatedBreak(piece, next, compounds: compounds) {
          if !keepHyphen { piece = piece.lowerBound..<(piece.upperBound - 1) }
          appendLine(piece, to: &builder)
          continue
        }
        appendLine(piece, to: &builder)
        builder.appendSpace()
      }
      if let run = builder.build() { outline.block(run, isBullet: isBullet) }
      pending = []
    }

    /// Appends a line without its editorial markers ("[F48]").
    private func appendLine(_ range: Range<Int>, to builder: inout TextBuilder) {
      var start = range.lowerBound
      var index = range.lowerBound
      while index < range.upperBound {
        if bytes[index] == UInt8(ascii: "["),
          let end = PlainTextReader.markerEnd(bytes, from: index, limit: range.upperBound)
        {
          if index > start {
            builder.append(bytes: bytes[start..<index], sourceOffset: start, escaped: false)
          }
          start = end
          index = end
          continue
        }
        index += 1
      }
      if range.upperBound > start {
        builder.append(bytes: bytes[start..<range.upperBound], sourceOffset: start, escaped: false)
      }
    }

    /// The file's first line standing alone is its title, not the start of a sentence.
    private mutating func takeTitle() {
      guard !flushedAny, !pendingIsBullet, pending.count == 1,
        PlainTextReader.isTitle(bytes.string(pending[0]))
      else { return }
      var builder = TextBuilder()
      appendLine(pending[0], to: &builder)
      if let run = builder.build() { outline.heading(run, level: PlainTextReader.titleLevel) }
      pending = []
      flushedAny = true
    }

    private mutating func flushTable() {
      guard let (header, rows) = table.take() else { return }
      outline.table(header: header, rows: rows)
      flushedAny = true
    }
  }
}
