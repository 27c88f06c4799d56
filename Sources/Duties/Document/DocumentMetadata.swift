import OrderedCollections

/// What a document says about itself: title, identifier, version or date, and format.
public struct DocumentMetadata: Hashable, Sendable {
  /// The title, if the document states one.
  public var title: String?
  /// An identifier such as a legislation URI or an Akoma Ntoso work URI.
  public var identifier: String?
  /// The version or date of this revision, as written ("2022-03-15", "draft-06").
  public var version: String?
  /// The format the document was read as.
  public var format: DocumentFormat
  /// Other metadata in the order the document gives it (front matter keys, Dublin Core fields).
  public var properties: OrderedDictionary<String, String>
  /// The SHA-256 of the file's bytes, in hex, as whoever read the file computed it: the command line
  /// and the corpus index set it where they read files, so that a file has one digest in every
  /// output; `nil` when the reader was given none (the core library links no cryptography).
  public var sha256: String?
  /// When the document, or parts of it, start to apply, as ``DocumentReader`` (or
  /// ``ObligationExtractor/extract(streaming:format:_:)``) found them with ``CommencementFinder``;
  /// `nil` for a document that was not read so.
  public var commencements: [Commencement]?

  /// Creates metadata.
  public init(
    title: String? = nil, identifier: String? = nil, version: String? = nil, format: DocumentFormat,
    properties: OrderedDictionary<String, String> = [:]
  ) {
    self.title = title
    self.identifier = identifier
    self.version = version
    self.format = format
    self.properties = properties
  }
}
