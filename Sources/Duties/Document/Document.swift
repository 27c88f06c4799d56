/// A document read from a file: its metadata and a tree of nodes, each with its source location.
public struct Document: Sendable {
  /// What the document says about itself.
  public var metadata: DocumentMetadata
  /// The top-level nodes in document order.
  public var children: [Node]
  /// Editorial apparatus of the whole document (commentaries, footnotes).
  public var annotations: [Annotation]
  /// Problems found while reading that did not stop it.
  public var diagnostics: [Diagnostic]
  /// The source the document was read from, for turning text offsets into locations.
  public let source: SourceText

  /// Creates a document.
  public init(
    metadata: DocumentMetadata, children: [Node], annotations: [Annotation] = [],
    diagnostics: [Diagnostic] = [], source: SourceText
  ) {
    self.metadata = metadata
    self.children = children
    self.annotations = annotations
    self.diagnostics = diagnostics
    self.source = source
  }

  /// The path the document was read from.
  public var path: String { source.path }

  /// The location of a UTF-8 offset within a run of this document's text.
  public func location(of run: TextRun, at textOffset: Int = 0) -> SourceLocation {
    run.location(atTextOffset: textOffset, in: source)
  }
}
