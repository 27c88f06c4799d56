import Duties
import Foundation
import PostgresNIO

extension PostgresStore {
  func knownFiles() async throws -> [String: KnownFile] {
    try await run {
      var known: [String: KnownFile] = [:]
      for try await (path, hash, size, modified, extractor) in try await reader.checkedQuery(
        "SELECT path, content_hash, size, modified, extractor_version FROM duties.document", logger: logger
      ).decode((String, String, Int, Double, String).self) {
        known[path] = KnownFile(
          hash: hash, size: size, modified: modified, failed: false, extractor: extractor)
      }
      for try await (path, hash, size, modified) in try await reader.checkedQuery(
        "SELECT path, content_hash, size, modified FROM duties.failure", logger: logger
      ).decode((String, String?, Int, Double).self) {
        known[path] = KnownFile(hash: hash, size: size, modified: modified, failed: true, extractor: "")
      }
      return known
    }
  }

  func isCurrent(_ file: FileSnapshot) async throws -> Bool {
    try await run {
      let rows = try await reader.checkedQuery(
        """
        SELECT 1 FROM duties.document
        WHERE path = \(file.path) AND size = \(file.size) AND modified = \(file.modified)
          AND extractor_version = \(Duties.version)
        """, logger: logger
      ).collect()
      return !rows.isEmpty
    }
  }

  func write(_ outcomes: [FileOutcome], removing paths: [String], at timestamp: String) async throws {
    guard let writer else {
      throw DutiesError.invalidRequest(path: location, reason: "opened for reading only")
    }
    let logger = logger
    try await run {
      // One file's outcome is one statement, its own transaction: one round trip.
      if paths.isEmpty, outcomes.count == 1, let outcome = outcomes.first, outcome.writesOneFile {
        try await PostgresWriter(connection: writer, logger: logger).write(outcome, at: timestamp)
        return
      }
      try await writer.transaction(logger: logger) { connection in
        let writing = PostgresWriter(connection: connection, logger: logger)
        if !paths.isEmpty { try await writing.remove(paths) }
        let unchanged = outcomes.compactMap { outcome -> FileSnapshot? in
          if case .unchanged(let file) = outcome { return file }
          return nil
        }
        if !unchanged.isEmpty { try await writing.touch(unchanged) }
        for outcome in outcomes { try await writing.write(outcome, at: timestamp) }
      }
    }
  }

  func failures() async throws -> [IndexReport.Failure] {
    try await run {
      var failures: [IndexReport.Failure] = []
      for try await (path, message) in try await reader.checkedQuery(
        #"SELECT path, message FROM duties.failure ORDER BY path COLLATE "C""#, logger: logger
      ).decode((String, String).self) {
        failures.append(IndexReport.Failure(path: path, message: message))
      }
      return failures
    }
  }

  func obligationCounts() async throws -> [String: Int] {
    try await run {
      var counts: [String: Int] = [:]
      for try await (path, count) in try await reader.checkedQuery(
        "SELECT path, obligation_count FROM duties.document", logger: logger
      ).decode((String, Int).self) {
        counts[path] = count
      }
      return counts
    }
  }
}
