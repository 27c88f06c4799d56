/// Warnings for a document that was read without error but gave nothing to work on, so that an
/// empty result is never silent: an empty file, a file from which no text was read (markup
/// without text, a format misjudged, text only in images), or one with headings and no body text.
///
/// The readers add them to ``Document/diagnostics``; renderers show them on standard error, in
/// the JSON (`warnings`) and in a comparison's summary.
public struct ReadingCheck: Sendable {
  /// Bytes of body text read (paragraphs, list items, table cells).
  public var textBytes = 0
  /// Headings and titles read.
  public var headings = 0

  /// A check with nothing counted yet.
  public init() {}

  /// Counts what a document's tree holds.
  public init(_ document: Document) {
    document.walk { visit in count(visit.node) }
  }

  /// Counts one node (not its children).
  public mutating func count(_ node: Node) {
    if let text = node.text { textBytes += text.string.utf8.count }
    if node.heading != nil { headings += 1 }
  }

  /// The warnings for a document read from `source` with what was counted, located at its start.
  public func warnings(for source: SourceText, title: String?) -> [Diagnostic] {
    let start = source.location(atOffset: 0)
    let message: String
    if source.bytes.allSatisfy(SourceWalker.isSpace) {
      message = "the file is empty: there is no text to read"
    } else if readNothing && title == nil {
      message =
        "no text was read from this document: it may be in another format than it seems, or its text "
        + "may be in images"
    } else if textBytes == 0 {
      message = "only headings were read: there is no body text in which to find obligations"
    } else {
      return []
    }
    return [Diagnostic(severity: .warning, message: message, location: start)]
  }

  /// Whether nothing at all was read: no body text, no heading, no title.
  public var readNothing: Bool { textBytes == 0 && headings == 0 }

  /// Whether no text at all was read from a document (an empty file among them).
  public static func readNothing(from document: Document) -> Bool {
    ReadingCheck(document).readNothing && document.metadata.title == nil
  }
}
