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
