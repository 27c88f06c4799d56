import Duties
import Foundation
import GRDB

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
  /// order, then failures), a piece at a time so memory stays flat.
  public func export(_ format: ExportFormat, write: (String) throws -> Void) throws {
    try pool.read { db in
      switch format {
      case .jsonl: try exportLines(db, write: write)
      case .csv: try exportCSV(db, write: write)
      }
    }
  }

  private func exportLines(_ db: Database, write: (String) throws -> Void) throws {
    let decoder = JSONDecoder()
    let documents = try Row.fetchCursor(
      db,
      sql: """
        SELECT id, path, format, title, identifier, version, contentHash, size, obligationCount
        FROM document ORDER BY path
        """)
    while let row = try documents.next() {
      let id: Int64 = row["id"]
      let sections = try Row.fetchAll(
        db,
        sql: "SELECT path, heading, line, obligationCount FROM section WHERE documentId = ? ORDER BY ordinal",
        arguments: [id]
      )
      .map {
        ExportRecord.Section(
          path: $0["path"], heading: $0["heading"], line: $0["line"], obligations: $0["obligationCount"])
      }
      try write(
        try JSONOutput.line(
          ExportRecord.Document(
            path: row["path"], format: row["format"], title: row["title"], identifier: row["identifier"],
            version: row["version"], sha256: row["contentHash"], size: row["size"],
            obligations: row["obligationCount"],
            sections: sections)) + "\n")
      let obligations = try String.fetchCursor(
        db, sql: "SELECT json FROM obligation WHERE documentId = ? ORDER BY ordinal", arguments: [id])
      while let json = try obligations.next() {
        let obligation = try decoder.decode(Obligation.self, from: Data(json.utf8))
        try write(
          try JSONOutput.line(ExportRecord.ObligationRecord(source: row["path"], obligation: obligation))
            + "\n")
      }
    }
    let failures = try Row.fetchCursor(db, sql: "SELECT path, message FROM failure ORDER BY path")
    while let row = try failures.next() {
      try write(try JSONOutput.line(ExportRecord.Failure(path: row["path"], message: row["message"])) + "\n")
    }
  }

  private func exportCSV(_ db: Database, write: (String) throws -> Void) throws {
    // The columns `extract` gained after "title" and "format" were first written here go after them.
    let later = ObligationTable.csvHeader.count - ObligationTable.csvColumnsBeforeExport
    try write(
      CSVWriter.row(
        ObligationTable.csvHeader.dropLast(later) + ["title", "format"]
          + ObligationTable.csvHeader.suffix(later)))
    let decoder = JSONDecoder()
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT d.path, d.title, d.format, o.json FROM obligation o JOIN document d ON d.id = o.documentId
        ORDER BY d.path, o.ordinal
        """)
    while let row = try rows.next() {
      let json: String = row["json"]
      let obligation = try decoder.decode(Obligation.self, from: Data(json.utf8))
      for fields in ObligationTable.csvRows([obligation], document: row["path"]) {
        try write(
          CSVWriter.row(fields.dropLast(later) + [row["title"] ?? "", row["format"]] + fields.suffix(later)))
      }
    }
  }
}

/// The records of a JSON Lines export.
enum ExportRecord {
  struct Section: Encodable {
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
