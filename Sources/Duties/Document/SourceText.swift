/// The bytes of a source file, decoded to UTF-8, with the index that turns offsets into lines and columns.
///
/// A `Document` keeps its source so that any piece of text can be traced back to the place it was read from.
public final class SourceText: Sendable {
  /// The path the text was read from, as given by the user.
  public let path: String
  /// The text as UTF-8 bytes (after BOM removal and transcoding).
  public let bytes: [UInt8]
  /// The byte offset at which each line starts; `lineStarts[0] == 0`.
  let lineStarts: [Int]
  /// For text laid out from pages (PDF): the page and line on the page of each line, by index.
  let pageLines: [PageLine]?

  /// Where a line of laid-out text was printed.
  struct PageLine: Sendable {
    var page: Int
    var line: Int
  }

  /// Creates a source from UTF-8 bytes.
  public convenience init(path: String, bytes: [UInt8]) {
    self.init(path: path, bytes: bytes, pageLines: nil)
  }

  init(path: String, bytes: [UInt8], pageLines: [PageLine]?) {
    self.path = path
    self.bytes = bytes
    self.pageLines = pageLines
    var starts = [0]
    starts.reserveCapacity(bytes.count / 40 + 1)
    bytes.withUnsafeBufferPointer { buffer in
      for index in buffer.indices where buffer[index] == 0x0A {
        starts.append(index + 1)
      }
    }
    self.lineStarts = starts
  }

  /// The number of lines (a trailing newline does not start a new line).
  public var lineCount: Int {
    lineStarts.last == bytes.count && bytes.count > 0 ? lineStarts.count - 1 : lineStarts.count
  }

  /// The location of a byte offset.
  public func location(atOffset offset: Int) -> SourceLocation {
    let clamped = max(0, min(offset, bytes.count))
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
    }
    if let pageLines, low < pageLines.count {
      let printed = pageLines[low]
      return SourceLocation(
        path: path, line: printed.line, column: clamped - lineStarts[low] + 1, offset: clamped,
        page: printed.page)
    }
    return SourceLocation(path: path, line: low + 1, column: clamped - lineStarts[low] + 1, offset: clamped)
  }

  /// The byte offset at which a 1-based line starts.
  public func offset(ofLine line: Int) -> Int {
    let index = max(0, min(line - 1, lineStarts.count - 1))
    return lineStarts[index]
  }

  /// The text of a 1-based line, without its line break.
  public func text(ofLine line: Int) -> String {
    let start = offset(ofLine: line)
    var end = start
    while end < bytes.count, bytes[end] != 0x0A { end += 1 }
    if end > start, bytes[end - 1] == 0x0D { end -= 1 }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }
}
