/// The cells of one table as a layout reader hands them over line by line (a Word or OpenDocument
/// table, each cell's paragraphs its lines), gathered into header and rows of text runs.
struct TableLines {
  /// The table being gathered, by its number in the document.
  private(set) var number: Int?
  private var header: [Int: TextBuilder] = [:]
  private var rows: [Int: [Int: TextBuilder]] = [:]

  /// Adds a line of a cell.
  mutating func add(_ line: Range<Int>, at cell: LaidOutText.TableCell, bytes: [UInt8]) {
    number = cell.table
    guard !line.isEmpty else { return }
    if cell.isHeader {
      header[cell.column, default: TextBuilder()].append(
        bytes: bytes[line], sourceOffset: line.lowerBound, escaped: false)
      header[cell.column]?.appendSpace()
    } else {
      rows[cell.row, default: [:]][cell.column, default: TextBuilder()]
        .append(bytes: bytes[line], sourceOffset: line.lowerBound, escaped: false)
      rows[cell.row]?[cell.column]?.appendSpace()
    }
  }

  /// The table gathered (header cells, then each row's cells, in column order, `nil` for an empty
  /// cell), and a fresh start; `nil` when no table was being gathered.
  mutating func take() -> (header: [TextRun?], rows: [[TextRun?]])? {
    guard number != nil else { return nil }
    defer { self = TableLines() }
    let width = ([header.keys.max() ?? -1] + rows.values.map { $0.keys.max() ?? -1 }).max()! + 1
    func runs(_ cells: [Int: TextBuilder]) -> [TextRun?] {
      (0..<width).map { cells[$0]?.build() }
    }
    return (header.isEmpty ? [] : runs(header), rows.keys.sorted().map { runs(rows[$0]!) })
  }
}
