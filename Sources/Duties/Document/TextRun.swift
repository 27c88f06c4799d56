/// A run of normalised text that remembers where each part of it came from.
///
/// Readers collapse white space, join lines and drop markup, so the text differs from the bytes in
/// the file. A run keeps spans: each says that the text from a UTF-8 offset on was read starting at a
/// byte offset of the source. Within a span, white space and character references are matched
/// leniently, so every offset in the text maps back to an exact line and column.
public struct TextRun: Hashable, Sendable {
  /// The text, white space collapsed to single spaces and trimmed.
  public var string: String
  /// Where the parts of the text begin in the source, in order of `textOffset`.
  public var spans: [Span]

  /// One contiguous stretch of source that a part of the text was read from.
  public struct Span: Hashable, Sendable {
    /// The UTF-8 offset in `string` at which the stretch begins.
    public var textOffset: Int
    /// The byte offset in the source at which the stretch begins.
    public var sourceOffset: Int
    /// Whether the source is markup with character references (`&amp;`) to decode.
    public var escaped: Bool

    /// Creates a span.
    public init(textOffset: Int, sourceOffset: Int, escaped: Bool) {
      self.textOffset = textOffset
      self.sourceOffset = sourceOffset
      self.escaped = escaped
    }
  }

  /// Creates a run.
  public init(string: String, spans: [Span]) {
    self.string = string
    self.spans = spans
  }

  /// Whether the text is empty.
  public var isEmpty: Bool { string.isEmpty }

  /// The byte offset in the source of a UTF-8 offset in the text.
  public func sourceOffset(forTextOffset textOffset: Int, in source: SourceText) -> Int {
    guard !spans.isEmpty else { return 0 }
    var low = 0
    var high = spans.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if spans[middle].textOffset <= textOffset { low = middle } else { high = middle - 1 }
    }
    let span = spans[low]
    var string = string
    return string.withUTF8 { text in
      SourceWalker.walk(
        source: source.bytes, from: span.sourceOffset, text: text, textStart: span.textOffset,
        textEnd: max(span.textOffset, min(textOffset, text.count)), escaped: span.escaped)
    }
  }

  /// The location in the source of a UTF-8 offset in the text.
  public func location(atTextOffset textOffset: Int, in source: SourceText) -> SourceLocation {
    source.location(atOffset: sourceOffset(forTextOffset: textOffset, in: source))
  }
}
