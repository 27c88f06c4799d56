import Duties
import Foundation

/// Turns PDF pages into laid-out text: running headers, footers and page numbers removed,
/// footnotes kept apart, headings recognised from font size and weight, paragraphs found from the
/// spacing between lines.
enum PDFLayout {
  static func laidOut(_ content: PDFContent) -> LaidOutText {
    let all = content.pages.flatMap(\.lines)
    let body = bodyFontSize(all)
    let running = runningLines(content.pages)
    let headingSizes = Array(
      Set(
        all.filter { $0.fontSize >= body * 1.15 && $0.text.count <= 200 }.map {
          ($0.fontSize * 2).rounded() / 2
        })
    )
    .sorted(by: >)
    .prefix(4)
    func level(_ line: PDFLine) -> Int? {
      let size = (line.fontSize * 2).rounded() / 2
      if let index = headingSizes.firstIndex(of: size) { return index + 1 }
      let words = line.text.split(separator: " ").count
      if line.isBold, abs(line.fontSize - body) < 1, words <= 14, let last = line.text.last,
        !".,;:".contains(last)
      {
        return headingSizes.count + 1
      }
      return nil
    }

    var lines: [LaidOutText.Line] = []
    var footnotes: [LaidOutText.Footnote] = []
    for original in content.pages {
      let page = joiningBullets(original)
      var kept = ColumnOrder.ordered(page).filter { _, line in
        !isMargin(line, page) || (!running.contains(key(line.text)) && !isPageNumber(line.text))
      }
      // Footnotes: small print in the lower half of the page, below all the body text.
      let lowestBody = kept.filter { $0.element.fontSize > body * 0.85 }.map(\.element.bottom).max() ?? 0
      let isNote = { (line: PDFLine) in
        body > 0 && line.fontSize > 0 && line.fontSize <= body * 0.85 && line.top > page.height * 0.5
          && line.top >= lowestBody
      }
      let notes = kept.map(\.element).filter(isNote).sorted { $0.top < $1.top }
      kept.removeAll { isNote($0.element) }
      for note in notes {
        if let label = footnoteLabel(note.text) {
          footnotes.append(
            LaidOutText.Footnote(
              label: label,
              text: String(note.text.dropFirst(label.count)).trimmingCharacters(in: .whitespaces),
              page: page.number, lineOnPage: page.lines.firstIndex(of: note).map { $0 + 1 }))
        } else if let previous = footnotes.indices.last, footnotes[previous].page == page.number {
          footnotes[previous].text += " " + note.text
        } else {
          footnotes.append(
            LaidOutText.Footnote(
              label: nil, text: note.text, page: page.number,
              lineOnPage: page.lines.firstIndex(of: note).map { $0 + 1 }))
        }
      }
      let spacing = typicalSpacing(kept.map(\.element), body: body)
      let typicalLeft = kept.map(\.element.left).sorted().dropFirst(kept.count / 10).first ?? 0
      var previous: PDFLine?
      for (index, line) in kept {
        let headingLevel = level(line)
        var startsParagraph = true
        if let previous {
          let gap = line.top - previous.bottom
          let sameStyle = (level(previous) == headingLevel)
          startsParagraph =
            !sameStyle || gap > max(body * 0.45, min(spacing, body * 0.35) + 1.5)
            || (headingLevel == nil && line.left > typicalLeft + body * 1.5
              && previous.left <= typicalLeft + 2)
        }
        if let headingLevel, !startsParagraph, let last = lines.indices.last,
          lines[last].headingLevel == headingLevel
        {
          lines[last].text += " " + line.text  // a heading set on two lines
        } else {
          lines.append(
            LaidOutText.Line(
              text: line.text, page: page.number, lineOnPage: index + 1, startsParagraph: startsParagraph,
              headingLevel: headingLevel))
        }
        previous = line
      }
    }
    let title = content.title
    var metadata = DocumentMetadata(title: title, format: .pdf)
    if let author = content.author { metadata.properties["author"] = author }
    metadata.properties["pages"] = "\(content.pages.count)"
    return LaidOutText(lines: lines, footnotes: footnotes, metadata: metadata, hasRunningLines: true)
  }

  /// A bullet glyph that poppler gives as a line of its own is put at the start of the text beside it.
  static func joiningBullets(_ page: PDFPage) -> PDFPage {
    var page = page
    let bullets: Set<String> = ["•", "▪", "‣", "◦", "●", "○", "■", "–", "-", "*", "·"]
    var removed: Set<Int> = []
    for (index, line) in page.lines.enumerated() where bullets.contains(line.text) {
      // The text line whose middle is nearest the bullet's, on its right.
      let middle = (line.top + line.bottom) / 2
      func distance(_ other: Int) -> Double {
        abs((page.lines[other].top + page.lines[other].bottom) / 2 - middle)
      }
      let beside = page.lines.indices.filter { other in
        other != index && !removed.contains(other) && !bullets.contains(page.lines[other].text)
          && page.lines[other].left > line.left
          && distance(other) < max(3, page.lines[other].bottom - page.lines[other].top) * 0.6
      }
      guard let target = beside.min(by: { distance($0) < distance($1) }) else { continue }
      page.lines[target].text = "• " + page.lines[target].text
      removed.insert(index)
    }
    page.lines = page.lines.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
    return page
  }

  /// The font size of most of the text.
  static func bodyFontSize(_ lines: [PDFLine]) -> Double {
    var weights: [Double: Int] = [:]
    for line in lines where line.fontSize > 0 {
      weights[(line.fontSize * 2).rounded() / 2, default: 0] += line.text.count
    }
    return weights.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? 0
  }

  /// The usual gap between consecutive lines of a paragraph on a page (a low percentile, since
  /// on a page of short paragraphs most gaps are between paragraphs).
  static func typicalSpacing(_ lines: [PDFLine], body: Double) -> Double {
    let gaps = zip(lines, lines.dropFirst()).map { $1.top - $0.bottom }.filter { $0 >= -1 && $0 < body * 3 }
      .sorted()
    return gaps.isEmpty ? body * 0.3 : gaps[gaps.count / 10]
  }

  /// Whether a line sits in the top or bottom margin of its page.
  static func isMargin(_ line: PDFLine, _ page: PDFPage) -> Bool {
    page.height > 0 && (line.bottom < page.height * 0.09 || line.top > page.height * 0.91)
  }

  /// Text repeated in the margins of at least half the pages (three or more): running headers and footers.
  static func runningLines(_ pages: [PDFPage]) -> Set<String> {
    guard pages.count >= 3 else { return [] }
    var counts: [String: Int] = [:]
    for page in pages {
      for text in Set(page.lines.filter { isMargin($0, page) }.map { key($0.text) }) {
        counts[text, default: 0] += 1
      }
    }
    return Set(counts.filter { $0.value * 2 >= pages.count && $0.value >= 2 }.keys)
  }

  /// Text compared for running lines: lower case, without digits (page numbers vary).
  static func key(_ text: String) -> String {
    text.lowercased().filter { !$0.isNumber }.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  static func isPageNumber(_ text: String) -> Bool {
    text.firstMatch(of: /^(?i:page\s+)?\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/) != nil
  }

  /// The mark a footnote starts with: "1", "12", "*", "†", a superscript digit.
  static func footnoteLabel(_ text: String) -> String? {
    if let match = text.firstMatch(of: /^(\d{1,3}|[*†‡]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)(?=\s|[A-Z])/) {
      return String(match.1)
    }
    return nil
  }
}
