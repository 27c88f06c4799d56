import Duties
import Foundation
import GRDB

extension CorpusIndex {
  /// What the database knows of a file.
  private struct Known {
    var hash: String?
    var size: Int
    var modified: Double
    var failed: Bool
    /// The version of duties that extracted it.
    var extractor: String
  }

  /// Indexes every supported file under `roots` (folders recursively, files as named).
  ///
  /// Files run through reading and extraction in parallel (``IndexOptions/jobs`` at a time); each
  /// file's rows are replaced in one transaction, so a run stopped at any moment (cancelled, killed)
  /// leaves a consistent database, and the next run carries on. A file whose size and time are
  /// unchanged is skipped; one whose content hash is unchanged is not extracted again; files gone
  /// from under the roots are removed; a file that cannot be read is recorded with its error and the
  /// run goes on. Cancelling the calling task stops the run after the files in flight.
  public func index(
    _ roots: [String], options: IndexOptions = IndexOptions(),
    progress: (@Sendable (IndexProgress) -> Void)? = nil
  ) async throws -> IndexReport {
    let started = Date()
    let absoluteRoots = roots.map(FileSnapshot.absolutePath)
    let (files, skipped) = FileSnapshot.scan(roots, filter: options.filter)
    let known = try reading { db in try Self.knownFiles(db) }
    let underRoots: @Sendable (String) -> Bool = { path in
      absoluteRoots.contains { path == $0 || path.hasPrefix($0 == "/" ? "/" : $0 + "/") }
    }
    let present = Set(files.map(\.path) + skipped.map(\.path))
    let gone = known.keys.filter { underRoots($0) && !present.contains($0) }.sorted()
    if !gone.isEmpty || !skipped.isEmpty {
      let timestamp = Self.timestamp()
      try writing { db in
        for path in gone { try IndexWriter.remove(path: path, in: db) }
        // Documents the walk found but cannot read are failures with their reason, never dropped.
        for item in skipped {
          let file = FileSnapshot(path: item.path, size: 0, modified: 0)
          try IndexWriter.write(.failed(file, hash: nil, message: item.description), in: db, at: timestamp)
        }
      }
    }
    let work = files.filter { file in
      guard let entry = known[file.path] else { return true }
      // A file extracted by another version of duties is extracted again.
      return entry.failed || entry.extractor != Duties.version || entry.size != file.size
        || entry.modified != file.modified
    }
    // Largest files first: the run then ends on small ones, and no core waits idle while another
    // finishes a large file alone. (Queries and exports order by path, never by the order of work.)
    .sorted { ($1.size, $0.path) < ($0.size, $1.path) }
    var report = IndexReport(
      database: path, files: files.count + skipped.count, added: 0, updated: 0,
      unchanged: files.count - work.count,
      removed: gone.count, failures: [], interrupted: false, seconds: 0, obligations: 0)
    var state = IndexProgress(
      done: report.unchanged, total: files.count, bytesDone: 0, bytesTotal: work.reduce(0) { $0 + $1.size },
      elapsed: 0)
    var configured = options.reader
    configured.maximumBytes = options.maximumBytes
    let reader = configured
    // Files whose content is unchanged only get new times: written in batches, since losing
    // them to a kill costs no more than hashing them again.
    var touched: [FileOutcome] = []
    let writes = WriteQueue(limit: 2 * options.jobs)
    func flush() async throws {
      guard !touched.isEmpty else { return }
      let batch = touched
      try await writes.submit {
        try self.writing { db in for outcome in batch { try IndexWriter.write(outcome, in: db, at: "") } }
      }
      touched.removeAll()
    }
    // Each job may hold a file up to the size limit: the largest files, first in the order, run
    // side by side (a file past the limit is refused at once, and counts as the limit).
    let batch = OrderedBatch(
      jobs: options.jobs,
      byteBudget: options.maximumBytes.multipliedReportingOverflow(by: options.jobs).partialValue)
    let limit = options.maximumBytes
    do {
      try await batch.run(work, size: { min($0.size, limit) }) { file -> FileOutcome in
        // Another indexer on the same database may have done this file since the run began.
        if (try? self.reading({ db in try Self.isCurrent(file, in: db) })) == true { return .current(file) }
        let knownHash = known[file.path].flatMap {
          $0.failed || $0.extractor != Duties.version ? nil : $0.hash
        }
        return FileOutcome.process(file, knownHash: knownHash, reader: reader)
      } deliver: { (_, outcome: FileOutcome) in
        switch outcome {
        case .current: break
        case .unchanged:
          touched.append(outcome)
          if touched.count >= 512 { try await flush() }
        default:
          let timestamp = Self.timestamp()
          try await writes.submit {
            try self.writing { db in try IndexWriter.write(outcome, in: db, at: timestamp) }
          }
        }
        switch outcome {
        case .unchanged, .current: report.unchanged += 1
        case .indexed(let entry):
          if known[entry.file.path]?.failed ?? true { report.added += 1 } else { report.updated += 1 }
        case .failed: break
        }
        state.done += 1
        state.bytesDone += outcome.file.size
        state.elapsed = Date().timeIntervalSince(started)
        progress?(state)
      }
      try await flush()
    } catch {
      // Whatever ends the run, the writes already handed over are made before it returns.
      try? await writes.finish()
      throw error
    }
    try await writes.finish()
    report.interrupted = Task.isCancelled && state.done < files.count
    let summary = try reading { db in try Self.summary(db, under: underRoots) }
    report.failures = summary.failures
    report.obligations = summary.obligations
    report.seconds = Date().timeIntervalSince(started)
    return report
  }

  // GRDB's async accessors throw once the task is cancelled, but a cancelled run must still save
  // the files already done: these use the blocking ones (short transactions).
  private func writing(_ updates: (Database) throws -> Void) throws {
    // A failed transaction is rolled back, so trying it again after a schema change is safe.
    try Self.retryingWhileBusy { try pool.write(updates) }
  }

  private func reading<T>(_ value: (Database) throws -> T) throws -> T {
    try pool.read(value)
  }

  /// Whether the database holds `file` as it is now, extracted by this version of duties.
  private static func isCurrent(_ file: FileSnapshot, in db: Database) throws -> Bool {
    guard
      let row = try Row.fetchOne(
        db, sql: "SELECT size, modified, extractorVersion FROM document WHERE path = ?",
        arguments: [file.path])
    else { return false }
    return row["size"] == file.size && row["modified"] == file.modified
      && row["extractorVersion"] == Duties.version
  }

  private static func knownFiles(_ db: Database) throws -> [String: Known] {
    var known: [String: Known] = [:]
    for row in try Row.fetchAll(
      db, sql: "SELECT path, contentHash, size, modified, extractorVersion FROM document")
    {
      known[row["path"]] = Known(
        hash: row["contentHash"], size: row["size"], modified: row["modified"], failed: false,
        extractor: row["extractorVersion"])
    }
    for row in try Row.fetchAll(db, sql: "SELECT path, contentHash, size, modified FROM failure") {
      known[row["path"]] = Known(
        hash: row["contentHash"], size: row["size"], modified: row["modified"], failed: true, extractor: "")
    }
    return known
  }

  private static func summary(_ db: Database, under isUnderRoots: @Sendable (String) -> Bool) throws
    -> (failures: [IndexReport.Failure], obligations: Int)
  {
    let failures = try Row.fetchAll(db, sql: "SELECT path, message FROM failure ORDER BY path")
      .map { IndexReport.Failure(path: $0["path"], message: $0["message"]) }
      .filter { isUnderRoots($0.path) }
    var obligations = 0
    for row in try Row.fetchAll(db, sql: "SELECT path, obligationCount FROM document") {
      if isUnderRoots(row["path"]) { obligations += row["obligationCount"] as Int }
    }
    return (failures, obligations)
  }
}
