import Duties
import Foundation

/// The formats ``CorpusIndex/export(_:write:)`` writes.
public enum ExportFormat: String, Sendable, CaseIterable {
  /// JSON Lines: a `document` record per document (with its sections), an `obligation` record per
  /// obligation, a `failure` record per file that could not be read.
  case jsonl
  /// CSV: one row per obligation, with the columns of `duties extract --format csv` and the
  /// document's title and format.
  case csv
}

extension CorpusIndex {
  /// Writes everything in the index, in a stable order (documents by path, obligations in document
  /// order, then failures), a piece at a time so memory stays flat. SQLite and PostgreSQL indexes of
  /// the same files export the same bytes.
  public func export(_ format: ExportFormat, write: (String) throws -> Void) async throws {
    let decoder = JSONDecoder()
    // The columns `extract` gained after "title" and "format" were first written here go after them.
    let later = ObligationTable.csvHeader.count - ObligationTable.csvColumnsBeforeExport
    if format == .csv {
      try write(
        CSVWriter.row(
          ObligationTable.csvHeader.dropLast(later) + ["title", "format"]
            + ObligationTable.csvHeader.suffix(later)))
    }
    try await store.export { row in
      switch (format, row) {
      case (.jsonl, .document(let document)):
        try write(try JSONOutput.line(document) + "\n")
      case (.jsonl, .obligation(let path, _, _, let json)):
        let obligation = try decoder.decode(Obligation.self, from: Data(json.utf8))
        try write(
          try JSONOutput.line(ExportRecord.ObligationRecord(source: path, obligation: obligation)) + "\n")
      case (.jsonl, .failure(let failure)):
        try write(
          try JSONOutput.line(ExportRecord.Failure(path: failure.path, message: failure.message)) + "\n")
      case (.csv, .obligation(let path, let title, let documentFormat, let json)):
        let obligation = try decoder.decode(Obligation.self, from: Data(json.utf8))
        for fields in ObligationTable.csvRows([obligation], document: path) {
          try write(
            CSVWriter.row(fields.dropLast(later) + [title ?? "", documentFormat] + fields.suffix(later)))
        }
      case (.csv, .document), (.csv, .failure): break
      }
    }
  }
}

/// The records of a JSON Lines export.
enum ExportRecord {
  struct Section: Codable {
    var path: String
    var heading: String?
    var line: Int
    var obligations: Int
  }

  struct Document: Encodable {
    var record = "document"
    var path: String
    var format: String
    var title: String?
    var identifier: String?
    var version: String?
    var sha256: String
    var size: Int
    var obligations: Int
    var sections: [Section]
  }

  struct ObligationRecord: Encodable {
    var source: String
    var obligation: Obligation

    func encode(to encoder: any Encoder) throws {
      try obligation.encode(to: encoder)
      var container = encoder.container(keyedBy: Key.self)
      try container.encode("obligation", forKey: .record)
      try container.encode(source, forKey: .source)
    }

    private enum Key: String, CodingKey { case record, source }
  }

  struct Failure: Encodable {
    var record = "failure"
    var path: String
    var message: String
  }
}
