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
