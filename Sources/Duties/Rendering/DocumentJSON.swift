import Crypto
import Foundation

/// The JSON form of a parsed document (`duties parse --format json`), schema version 1.
///
/// See `docs/document-schema.md`.
public struct DocumentJSON: Encodable, Sendable {
  /// The version of this schema.
  public let schemaVersion = 1
  /// Where the document came from and what it says about itself.
  public let source: SourceInfo
  /// The tree.
  public let nodes: [NodeJSON]
  /// Commentaries, footnotes and markers.
  public let annotations: [Annotation]
  /// Warnings from reading.
  public let diagnostics: [Diagnostic]

  /// Creates the JSON form of a document.
  public init(_ document: Document) {
    self.source = SourceInfo(document)
    var path: [String] = []
    func convert(_ node: Node) -> NodeJSON {
      if let label = node.label { path.append(label) }
      defer { if node.label != nil { path.removeLast() } }
      return NodeJSON(
        kind: node.kind.rawValue, number: node.number, heading: node.heading?.string,
        text: node.text?.string, line: node.location.line, column: node.location.column,
        offset: node.location.offset, page: node.location.page,
        sectionPath: path.isEmpty ? nil : path.sectionPathDescription,
        children: node.children.map(convert))
    }
    self.nodes = document.children.map(convert)
    self.annotations = document.annotations
    self.diagnostics = document.diagnostics
  }

  /// A node in JSON.
  public struct NodeJSON: Encodable, Sendable {
    let kind: String
    let number: String?
    let heading: String?
    let text: String?
    let line: Int
    let column: Int
    let offset: Int
    let page: Int?
    let sectionPath: String?
    let children: [NodeJSON]
  }
}

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
  /// The SHA-256 of the (UTF-8) text, in hex.
  public var sha256: String
  /// What reading it warned of (`path:line:column: warning: message`), such as an empty file or
  /// text read with replacement characters; absent when there was nothing to warn of.
  public var warnings: [String]?

  /// Describes a document from stored values (a corpus index, say).
  public init(
    path: String, format: String, title: String?, identifier: String?, version: String?, sha256: String
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
    sha256 = SHA256.hash(data: document.source.bytes).map { String(format: "%02x", $0) }.joined()
    let warnings = document.diagnostics.filter { $0.severity == .warning }.map(\.description)
    self.warnings = warnings.isEmpty ? nil : warnings
  }
}
