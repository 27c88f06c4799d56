/// Where a document came from: path, format, metadata and the SHA-256 of its bytes.
public struct SourceInfo: Codable, Hashable, Sendable {
  /// The path as given.
  public var path: String
  /// The format it was read as.
  public var format: String
  /// Its title, if known.
  public var title: String?
  /// Its identifier, if known.
  public var identifier: String?
  /// Its version or date, if known.
  public var version: String?
  /// The SHA-256 of the file's bytes, in hex, when whoever read the file gave it (the command
  /// line and the corpus index do: see ``DocumentMetadata/sha256``).
  public var sha256: String?
  /// What reading it warned of (`path:line:column: warning: message`), such as an empty file or
  /// text read with replacement characters; absent when there was nothing to warn of.
  public var warnings: [String]?
  /// When the document, or parts of it, start to apply, as it says ("This policy takes effect on
  /// 1 January 2026"); absent when it says nothing of it.
  public var commencements: [Commencement]?

  /// Describes a document from stored values (a corpus index, say).
  public init(
    path: String, format: String, title: String?, identifier: String?, version: String?, sha256: String?
  ) {
    self.path = path
    self.format = format
    self.title = title
    self.identifier = identifier
    self.version = version
    self.sha256 = sha256
  }

  /// Describes a document.
  public init(_ document: Document) {
    path = document.path
    format = document.metadata.format.rawValue
    title = document.metadata.title
    identifier = document.metadata.identifier
    version = document.metadata.version
    sha256 = document.metadata.sha256
    let warnings = document.diagnostics.filter { $0.severity == .warning }.map(\.description)
    self.warnings = warnings.isEmpty ? nil : warnings
    let commencements = document.metadata.commencements ?? []
    self.commencements = commencements.isEmpty ? nil : commencements
  }
}
