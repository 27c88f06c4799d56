import Duties
import GRDB

extension SQLiteStore {
  func export(_ visit: (ExportRow) throws -> Void) async throws {
    try exportRows(visit)
  }

  /// One read transaction is one snapshot; the rows are handed over as they are read, on this
  /// thread, so memory stays flat (a reader of a database in WAL mode waits for no lock).
  private func exportRows(_ visit: (ExportRow) throws -> Void) throws {
    try pool.read { db in
      let documents = try Row.fetchCursor(
        db,
        sql: """
          SELECT id, path, format, title, identifier, version, contentHash, size, obligationCount
          FROM document ORDER BY path
          """)
      while let row = try documents.next() {
        let id: Int64 = row["id"]
        let path: String = row["path"]
        let sections = try Row.fetchAll(
          db,
          sql:
            "SELECT path, heading, line, obligationCount FROM section WHERE documentId = ? ORDER BY ordinal",
          arguments: [id]
        )
        .map {
          ExportRecord.Section(
            path: $0["path"], heading: $0["heading"], line: $0["line"], obligations: $0["obligationCount"])
        }
        let document = ExportRecord.Document(
          path: path, format: row["format"], title: row["title"], identifier: row["identifier"],
          version: row["version"], sha256: row["contentHash"], size: row["size"],
          obligations: row["obligationCount"], sections: sections)
        try visit(.document(document))
        let obligations = try String.fetchCursor(
          db, sql: "SELECT json FROM obligation WHERE documentId = ? ORDER BY ordinal", arguments: [id])
        while let json = try obligations.next() {
          try visit(.obligation(path: path, title: document.title, format: document.format, json: json))
        }
      }
      let failures = try Row.fetchCursor(db, sql: "SELECT path, message FROM failure ORDER BY path")
      while let row = try failures.next() {
        try visit(.failure(IndexReport.Failure(path: row["path"], message: row["message"])))
      }
    }
  }
}
