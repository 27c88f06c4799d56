import Duties
import Foundation
import GRDB

extension SQLiteStore {
  func knownFiles() async throws -> [String: KnownFile] {
    try await onThread {
      try self.pool.read { db in
        var known: [String: KnownFile] = [:]
        for row in try Row.fetchAll(
          db, sql: "SELECT path, contentHash, size, modified, extractorVersion FROM document")
        {
          known[row["path"]] = KnownFile(
            hash: row["contentHash"], size: row["size"], modified: row["modified"], failed: false,
            extractor: row["extractorVersion"])
        }
        for row in try Row.fetchAll(db, sql: "SELECT path, contentHash, size, modified FROM failure") {
          known[row["path"]] = KnownFile(
            hash: row["contentHash"], size: row["size"], modified: row["modified"], failed: true,
            extractor: "")
        }
        return known
      }
    }
  }

  func isCurrent(_ file: FileSnapshot) async throws -> Bool {
    try await onThread {
      try self.pool.read { db in
        guard
          let row = try Row.fetchOne(
            db, sql: "SELECT size, modified, extractorVersion FROM document WHERE path = ?",
            arguments: [file.path])
        else { return false }
        return row["size"] == file.size && row["modified"] == file.modified
          && row["extractorVersion"] == Duties.version
      }
    }
  }

  func write(_ outcomes: [FileOutcome], removing paths: [String], at timestamp: String) async throws {
    // A failed transaction is rolled back, so trying it again after a schema change is safe.
    try await onThread(writing: true) {
      try Self.retryingWhileBusy {
        try self.pool.write { db in
          for path in paths { try IndexWriter.remove(path: path, in: db) }
          for outcome in outcomes { try IndexWriter.write(outcome, in: db, at: timestamp) }
        }
      }
    }
  }

  func failures() async throws -> [IndexReport.Failure] {
    try await onThread {
      try self.pool.read { db in
        try Row.fetchAll(db, sql: "SELECT path, message FROM failure ORDER BY path")
          .map { IndexReport.Failure(path: $0["path"], message: $0["message"]) }
      }
    }
  }

  func obligationCounts() async throws -> [String: Int] {
    try await onThread {
      try self.pool.read { db in
        var counts: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT path, obligationCount FROM document") {
          counts[row["path"]] = row["obligationCount"]
        }
        return counts
      }
    }
  }
}
