import Duties
import Foundation
import GRDB

/// Writes one file's outcome to an SQLite index; the caller wraps it in a transaction.
enum IndexWriter {
  /// Replaces whatever the database held for the file with `outcome`.
  static func write(_ outcome: FileOutcome, in db: Database, at timestamp: String) throws {
    switch outcome {
    case .current:
      break
    case .unchanged(let file):
      try db.execute(
        sql: "UPDATE document SET size = ?, modified = ? WHERE path = ?",
        arguments: [file.size, file.modified, file.path])
      try db.execute(
        sql: "UPDATE failure SET size = ?, modified = ? WHERE path = ?",
        arguments: [file.size, file.modified, file.path])
    case .failed(let file, let hash, let message):
      try remove(path: file.path, in: db)
      try db.execute(
        sql: """
          INSERT INTO failure (path, contentHash, size, modified, message, recordedAt)
          VALUES (?, ?, ?, ?, ?, ?)
          """,
        arguments: [file.path, hash, file.size, file.modified, message, timestamp])
    case .indexed(let entry):
      try remove(path: entry.file.path, in: db)
      try insert(entry, in: db, at: timestamp)
    }
  }

  /// Removes every row of the file at `path`.
  static func remove(path: String, in db: Database) throws {
    try db.execute(sql: "DELETE FROM document WHERE path = ?", arguments: [path])
    try db.execute(sql: "DELETE FROM failure WHERE path = ?", arguments: [path])
  }

  private static func insert(_ entry: DocumentEntry, in db: Database, at timestamp: String) throws {
    try db.execute(
      sql: """
        INSERT INTO document (path, contentHash, size, modified, format, title, identifier, version,
          obligationCount, indexedAt, extractorVersion, commencements)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        entry.file.path, entry.hash, entry.file.size, entry.file.modified, entry.format, entry.title,
        entry.identifier, entry.version, entry.obligations.count, timestamp, Duties.version,
        entry.commencementJSON,
      ])
    let documentID = db.lastInsertedRowID
    let section = try db.cachedStatement(
      sql: """
        INSERT INTO section (documentId, ordinal, path, heading, line, obligationCount)
        VALUES (?, ?, ?, ?, ?, ?)
        """)
    for (ordinal, item) in entry.sections.enumerated() {
      try section.execute(
        arguments: [documentID, ordinal, item.path, item.heading, item.line, item.obligationCount])
    }
    let obligation = try db.cachedStatement(
      sql: """
        INSERT INTO obligation (documentId, ordinal, kind, bearer, action, sentence, section, line,
          columnNumber, "trigger", form, json)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    let party = try db.cachedStatement(sql: "INSERT INTO party (obligationId, role, name) VALUES (?, ?, ?)")
    for (ordinal, (item, json)) in zip(entry.obligations, entry.obligationJSON).enumerated() {
      try obligation.execute(arguments: [
        documentID, ordinal, item.kind.rawValue, item.bearer?.text, item.action, item.sentence, item.section,
        item.location.line, item.location.column, item.trigger.text, item.form.rawValue, json,
      ])
      let obligationID = db.lastInsertedRowID
      for (role, name) in DocumentEntry.parties(of: item) {
        try party.execute(arguments: [obligationID, role, name])
      }
    }
  }
}
