extension DocumentReader {
  /// Builds a document from laid-out text: paragraphs joined across line and page breaks,
  /// hyphenation undone, headings from the layout and from numbering, running headers and page
  /// numbers dropped (for paged formats), footnotes as annotations.
  ///
  /// The document's source is the text as laid out, one line per line (a blank line before each
  /// paragraph, a form feed between pages); locations name the page and the line on it.
  public func read(laidOut: LaidOutText, path: String) -> Document {
    var bytes: [UInt8] = []
    var pageLines: [SourceText.PageLine] = []
    var hints: [Int: Int] = [:]
    var listItems: Set<Int> = []
    var cells: [Int: LaidOutText.TableCell] = [:]
    var previousPage: Int?
    func appendLine(_ text: String, page: Int?, line: Int?) {
      bytes.append(contentsOf: text.utf8)
      bytes.append(0x0A)
      pageLines.append(SourceText.PageLine(page: page ?? 0, line: line ?? pageLines.count + 1))
    }
    var lines = laidOut.lines
    var title = laidOut.metadata.title
    // A first heading that is the document's title names the document; it heads no division.
    if let first = lines.first, first.headingLevel != nil,
      title?.lowercased() == first.text.lowercased()
        || title == nil && first.text.first?.isNumber == false
          && Label.parse(Substring(first.text), previousLetter: nil) == nil
          // Only a heading above every other one is a title ("Introduction" beside "Scope" is not).
          && !lines.dropFirst().contains(where: { ($0.headingLevel ?? .max) <= first.headingLevel! })
    {
      title = first.text
      lines.removeFirst()
    }
    for (index, line) in lines.enumerated() {
      if let page = line.page, let previous = previousPage, page != previous {
        appendLine("\u{0C}", page: page, line: 0)
      } else if line.startsParagraph && index > 0 {
        appendLine("", page: line.page, line: line.lineOnPage)
      }
      previousPage = line.page
      if let level = line.headingLevel { hints[pageLines.count] = level }
      if line.isListItem { listItems.insert(pageLines.count) }
      if let cell = line.cell { cells[pageLines.count] = cell }
      appendLine(Self.cleaned(line.text), page: line.page, line: line.lineOnPage)
    }
    let paged = lines.contains { $0.page != nil }
    let notesStart = bytes.count
    var notes: [(Int, LaidOutText.Footnote)] = []
    for footnote in laidOut.footnotes {
      notes.append((bytes.count, footnote))
      appendLine(Self.cleaned(footnote.text), page: footnote.page, line: footnote.lineOnPage)
    }
    if !paged {
      // Without pages, lines are counted in the laid-out text itself.
      for index in pageLines.indices { pageLines[index] = SourceText.PageLine(page: 0, line: index + 1) }
    }
    let source = SourceText(path: path, bytes: bytes, pageLines: paged ? pageLines : nil)
    var reader = PlainTextReader(source: source)
    reader.headingHints = hints
    reader.listItemLines = listItems
    reader.tableCells = cells
    reader.dropsRunningLines = laidOut.hasRunningLines
    reader.continuesAcrossBlankLines = false
    reader.format = laidOut.metadata.format
    reader.title = title
    var document = reader.read(upTo: notesStart)
    var metadata = laidOut.metadata
    metadata.title = document.metadata.title
    document.metadata = metadata
    document.diagnostics += laidOut.notices.map {
      Diagnostic(severity: .warning, message: $0, location: source.location(atOffset: 0))
    }
    document.annotations +=
      notes.map { offset, footnote in
        Annotation(
          kind: .footnote, label: footnote.label, text: Self.cleaned(footnote.text),
          location: source.location(atOffset: offset))
      }
    return document
  }

  /// A line without control characters other than tab (they would break the line index).
  static func cleaned(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" }) else { return text }
    return String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 ? " " : $0 }))
  }
}
