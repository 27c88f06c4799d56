/// Puts the lines of a page in reading order when it is set in two columns: the left column
/// down, then the right, between lines that span both (headings, full-width paragraphs).
///
/// Poppler orders text blocks itself, but on pages whose columns hold several short paragraphs
/// it can read across the gutter row by row; line boxes settle it.
enum ColumnOrder {
  /// The page's lines with their index on the page, in reading order.
  static func ordered(_ page: PDFPage) -> [(offset: Int, element: PDFLine)] {
    let lines = Array(page.lines.enumerated())
    guard let gutter = gutter(page) else { return lines }
    let byTop = lines.sorted { ($0.element.top, $0.element.left) < ($1.element.top, $1.element.left) }
    var result: [(offset: Int, element: PDFLine)] = []
    var left: [(offset: Int, element: PDFLine)] = []
    var right: [(offset: Int, element: PDFLine)] = []
    func flushColumns() {
      result += left + right
      left.removeAll()
      right.removeAll()
    }
    for line in byTop {
      if line.element.right <= gutter {
        left.append(line)
      } else if line.element.left >= gutter {
        right.append(line)
      } else {
        flushColumns()
        result.append(line)
      }
    }
    flushColumns()
    return result
  }

  /// The x position of a gap between two columns of text, if the page has one: a vertical band in
  /// the middle of the page that no line of body text crosses, with several lines on each side.
  static func gutter(_ page: PDFPage) -> Double? {
    guard page.width > 0 else { return nil }
    let narrow = page.lines.filter { $0.right - $0.left < page.width * 0.48 && $0.right > $0.left }
    guard narrow.count >= 6 else { return nil }
    let step = page.width / 100
    var best: (x: Double, crossing: Int)?
    for position in stride(from: page.width * 0.3, through: page.width * 0.7, by: step) {
      let crossing = page.lines.filter { $0.left < position && $0.right > position }.count
      let leftCount = narrow.filter { $0.right <= position }.count
      let rightCount = narrow.filter { $0.left >= position }.count
      guard leftCount >= 3, rightCount >= 3 else { continue }
      if best == nil || crossing < best!.crossing { best = (position, crossing) }
    }
    // Lines that cross the gutter (headings, full-width text) must be few.
    guard let best, best.crossing * 4 <= page.lines.count else { return nil }
    return best.x
  }
}
