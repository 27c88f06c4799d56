import Duties
import Foundation

extension CorpusIndex {
  /// Indexes every supported file under `roots` (folders recursively, files as named).
  ///
  /// Files run through reading and extraction in parallel (``IndexOptions/jobs`` at a time); each
  /// file's rows are replaced in one transaction, so a run stopped at any moment (cancelled, killed)
  /// leaves a consistent database, and the next run carries on. A file whose size and time are
  /// unchanged is skipped; one whose content hash is unchanged is not extracted again; files gone
  /// from under the roots are removed; a file that cannot be read is recorded with its error and the
  /// run goes on. With ``IndexOptions/shard`` only that shard's files are added, replaced or
  /// removed, so several runs on several machines index one corpus together; with
  /// ``IndexOptions/storedAs`` the one folder's files are stored under that name, so the machines
  /// need not mount it at the same path. Cancelling the calling task stops the run after the files
  /// in flight.
  ///
  /// - Throws: `DutiesError.invalidRequest` when ``IndexOptions/storedAs`` is given with more than
  ///   one root or is not a path of names; the store's errors.
  public func index(
    _ roots: [String], options: IndexOptions = IndexOptions(),
    progress: (@Sendable (IndexProgress) -> Void)? = nil
  ) async throws -> IndexReport {
    let started = Date()
    let scope = try IndexScope(roots: roots, shard: options.shard, storedAs: options.storedAs)
    var (files, skipped) = FileSnapshot.scan(
      roots, filter: options.filter, storedAs: scope.storedAs)
    files = files.filter { scope.covers($0.path) }
    skipped = skipped.filter { scope.covers($0.path) }
    let known = try await store.knownFiles()
    let present = Set(files.map(\.path) + skipped.map(\.path))
    let gone = known.keys.filter { scope.covers($0) && !present.contains($0) }.sorted()
    if !gone.isEmpty || !skipped.isEmpty {
      // Documents the walk found but cannot read are failures with their reason, never dropped.
      let failures = skipped.map { item in
        FileOutcome.failed(
          FileSnapshot(path: item.path, size: 0, modified: 0), hash: nil, message: item.description)
      }
      try await store.write(failures, removing: gone, at: Self.timestamp())
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
    let done = try await process(
      work, known: known, options: options, started: started, report: &report, progress: progress)
    report.interrupted = Task.isCancelled && done < work.count
    // Read even when the run was cancelled: the report says what the database holds.
    let store = store
    let (failures, counts) = try await Task {
      (try await store.failures(), try await store.obligationCounts())
    }.value
    report.failures = failures.filter { scope.covers($0.path) }
    report.obligations = counts.reduce(0) { $0 + (scope.covers($1.key) ? $1.value : 0) }
    report.seconds = Date().timeIntervalSince(started)
    return report
  }

  /// Reads, extracts and writes the files of `work`, counting them into `report`; returns how many
  /// were done.
  private func process(
    _ work: [FileSnapshot], known: [String: KnownFile], options: IndexOptions, started: Date,
    report: inout IndexReport, progress: (@Sendable (IndexProgress) -> Void)?
  ) async throws -> Int {
    var state = IndexProgress(
      done: report.unchanged, total: report.unchanged + work.count, bytesDone: 0,
      bytesTotal: work.reduce(0) { $0 + $1.size }, elapsed: 0)
    var configured = options.reader
    configured.maximumBytes = options.maximumBytes
    let reader = configured
    let store = store
    // Files whose content is unchanged only get new times: written in batches, since losing
    // them to a kill costs no more than hashing them again.
    var touched: [FileOutcome] = []
    let writes = WriteQueue(limit: 2 * options.jobs)
    func flush() async throws {
      guard !touched.isEmpty else { return }
      let batch = touched
      try await writes.submit { try await store.write(batch, removing: [], at: "") }
      touched.removeAll()
    }
    // Each job may hold a file up to the size limit: the largest files, first in the order, run
    // side by side (a file past the limit is refused at once, and counts as the limit).
    let batch = OrderedBatch(
      jobs: options.jobs,
      byteBudget: options.maximumBytes.multipliedReportingOverflow(by: options.jobs).partialValue)
    let limit = options.maximumBytes
    var done = 0
    do {
      try await batch.run(work, size: { min($0.size, limit) }) { file -> FileOutcome in
        // Another indexer on the same database may have done this file since the run began.
        if (try? await store.isCurrent(file)) == true { return .current(file) }
        let knownHash = known[file.path].flatMap {
          $0.failed || $0.extractor != Duties.version ? nil : $0.hash
        }
        return await OrderedBatch.offload { FileOutcome.process(file, knownHash: knownHash, reader: reader) }
      } deliver: { (_, outcome: FileOutcome) in
        switch outcome {
        case .current: break
        case .unchanged:
          touched.append(outcome)
          if touched.count >= 512 { try await flush() }
        default:
          let timestamp = Self.timestamp()
          try await writes.submit { try await store.write([outcome], removing: [], at: timestamp) }
        }
        switch outcome {
        case .unchanged, .current: report.unchanged += 1
        case .indexed(let entry):
          if known[entry.file.path]?.failed ?? true { report.added += 1 } else { report.updated += 1 }
        case .failed: break
        }
        done += 1
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
    return done
  }
}

/// Which files an index run is about: those under its roots, in its shard.
struct IndexScope: Sendable {
  /// The roots as the index stores paths: absolute, or under the stored name.
  let roots: [String]
  let shard: IndexShard?
  /// The name the files are stored under, tidied (no trailing `/`).
  let storedAs: String?

  /// The scope of a run on `roots`; with `storedAs`, of its one root stored under that name.
  init(roots: [String], shard: IndexShard?, storedAs: String? = nil) throws {
    self.shard = shard
    guard let storedAs else {
      self.roots = roots.map(FileSnapshot.absolutePath)
      self.storedAs = nil
      return
    }
    let name = try Self.tidied(storedAs, roots: roots)
    self.storedAs = name
    // A file given as the root is the one document of the run; a folder holds all under the name.
    let root = roots.first.map(FileSnapshot.absolutePath) ?? "/"
    var isFolder: ObjCBool = true
    let exists = FileManager.default.fileExists(atPath: root, isDirectory: &isFolder)
    self.roots = [exists && !isFolder.boolValue ? FileSnapshot.key(root, under: name, roots: []) : name]
  }

  /// `name` without a trailing `/`, checked to be a path of names and to go with one root.
  static func tidied(_ name: String, roots: [String]) throws -> String {
    let place = roots.first ?? name
    guard roots.count == 1 else {
      throw DutiesError.invalidRequest(
        path: place, reason: "a stored name goes with one folder, and \(roots.count) were given")
    }
    var tidy = name
    while tidy.count > 1 && tidy.hasSuffix("/") { tidy.removeLast() }
    let parts = tidy.split(separator: "/", omittingEmptySubsequences: false)
    // Relative only: an absolute name could be the real path of documents indexed without one, which
    // the run would then remove as gone.
    guard !tidy.hasPrefix("/"),
      !parts.contains(where: { $0.allSatisfy(\.isWhitespace) || $0 == "." || $0 == ".." })
    else {
      throw DutiesError.invalidRequest(
        path: place,
        reason:
          "the stored name '\(name)' is not a relative path of names, such as 'statutes' or 'team/statutes'")
    }
    return tidy
  }

  /// Whether the file stored at `path` is the run's.
  func covers(_ path: String) -> Bool {
    guard roots.contains(where: { path == $0 || path.hasPrefix($0 == "/" ? "/" : $0 + "/") }) else {
      return false
    }
    guard let shard else { return true }
    return shard.contains(relativePath: IndexShard.relativePath(path, roots: roots))
  }
}
