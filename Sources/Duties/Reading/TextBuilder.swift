/// Builds a `TextRun` from pieces of source text, collapsing white space and recording spans.
struct TextBuilder {
  private var bytes: [UInt8] = []
  private var spans: [TextRun.Span] = []
  private var pendingSpace = false
  private static let spanLength = 256

  /// Whether nothing but white space has been appended.
  var isEmpty: Bool { bytes.isEmpty }

  /// Appends a piece of text read starting at `sourceOffset`.
  mutating func append<S: StringProtocol>(_ text: S, sourceOffset: Int, escaped: Bool) {
    let appended: Void? = text.utf8.withContiguousStorageIfAvailable {
      append(buffer: $0, sourceOffset: sourceOffset, escaped: escaped)
    }
    if appended == nil {
      Array(text.utf8).withUnsafeBufferPointer {
        append(buffer: $0, sourceOffset: sourceOffset, escaped: escaped)
      }
    }
  }

  /// Appends source bytes (valid UTF-8, as every ``SourceText`` is) read starting at `sourceOffset`,
  /// without making a string of them first.
  mutating func append(bytes: ArraySlice<UInt8>, sourceOffset: Int, escaped: Bool) {
    bytes.withUnsafeBufferPointer { append(buffer: $0, sourceOffset: sourceOffset, escaped: escaped) }
  }

  private mutating func append(buffer: UnsafeBufferPointer<UInt8>, sourceOffset: Int, escaped: Bool) {
    var startedSpan = false
    var index = 0
    while index < buffer.count {
      if SourceWalker.isSpace(buffer[index]) {
        pendingSpace = !bytes.isEmpty
        index += 1
        continue
      }
      if pendingSpace {
        bytes.append(0x20)
        pendingSpace = false
        // In long unescaped text, a new span every few hundred bytes keeps locating text linear.
        if !escaped, let last = spans.last, bytes.count - last.textOffset > Self.spanLength {
          startedSpan = false
        }
      }
      if !startedSpan {
        spans.append(
          TextRun.Span(textOffset: bytes.count, sourceOffset: sourceOffset + index, escaped: escaped))
        startedSpan = true
      }
      // The word up to the next space goes in at once, and with it the words that follow after one
      // space each, up to where a new span would start.
      var end = index + 1
      while end < buffer.count, !SourceWalker.isSpace(buffer[end]) { end += 1 }
      let spanStart = spans[spans.count - 1].textOffset
      while end + 1 < buffer.count, buffer[end] == 0x20, !SourceWalker.isSpace(buffer[end + 1]),
        escaped || bytes.count + (end - index) + 1 - spanStart <= Self.spanLength
      {
        end += 2
        while end < buffer.count, !SourceWalker.isSpace(buffer[end]) { end += 1 }
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[index..<end]))
      index = end
    }
  }

  /// Separates what comes next by a space, as between two lines or block elements.
  mutating func appendSpace() {
    pendingSpace = !bytes.isEmpty
  }

  /// The run built so far, or nil if it is empty.
  func build() -> TextRun? {
    guard !bytes.isEmpty else { return nil }
    return TextRun(string: String(decoding: bytes, as: UTF8.self), spans: spans)
  }
}
