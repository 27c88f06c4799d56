/// The JSON form of extracted obligations (`duties extract --format json`), schema version 1.
///
/// See `docs/obligations-schema.md`.
public struct ObligationsJSON: Encodable, Sendable {
  /// The version of this schema.
  public let schemaVersion = ObligationsJSON.currentSchemaVersion
  /// The version of the schema this library writes.
  public static let currentSchemaVersion = 1
  /// The document the obligations come from.
  public let source: SourceInfo
  /// Counts by kind.
  public let counts: [String: Int]
  /// The obligations in document order.
  public let obligations: [Obligation]

  /// Creates the JSON form.
  public init(document: Document, obligations: [Obligation]) {
    self.source = SourceInfo(document)
    var counts: [String: Int] = [:]
    for obligation in obligations { counts[obligation.kind.rawValue, default: 0] += 1 }
    self.counts = counts
    self.obligations = obligations
  }
}

/// One line of `duties extract --format jsonl`: an obligation with its source path.
public struct ObligationLine: Encodable, Sendable {
  /// The path of the document.
  public let source: String
  /// The obligation.
  public let obligation: Obligation

  /// Creates a line.
  public init(source: String, obligation: Obligation) {
    self.source = source
    self.obligation = obligation
  }

  public func encode(to encoder: any Encoder) throws {
    try obligation.encode(to: encoder)
    var container = encoder.container(keyedBy: Key.self)
    try container.encode(source, forKey: .source)
  }

  private enum Key: String, CodingKey { case source }

  /// The line: compact JSON with sorted keys, the same text as `JSONOutput.line(self)`, written directly.
  public var jsonLine: String { ObligationsJSON.line(obligation, source: source) }
}
