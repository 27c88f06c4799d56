import Duties
import Foundation
import GRDB

/// An index in an SQLite file (WAL mode), through GRDB, with FTS5 full-text search over obligation
/// sentences and actions: the default store, for one analyst on one machine.
///
/// SQLite's calls block while another process holds the lock, so the calls of an index run and of
/// queries run on threads of their own (``onThread(writing:_:)``), not on a task's: a write on the
/// store's one writer thread, reads on Dispatch's threads. Opening (which waits while another
/// process creates or migrates the database) and an export (one reader, which waits for no lock)
/// run on the caller's thread.
final class SQLiteStore: IndexStore {
  /// The database file.
  let path: String
  let pool: DatabasePool
  private let writer = DispatchQueue(label: "duties.index.sqlite.writer")

  var location: String { path }

  /// Opens the database at `path`, bringing its schema up to date (unless `readOnly`); see
  /// ``CorpusIndex/init(path:create:readOnly:)``.
  init(path: String, create: Bool, readOnly: Bool) throws {
    self.path = path
    if (!create || readOnly) && !FileManager.default.fileExists(atPath: path) {
      throw DutiesError.unreadable(
        path: path, reason: "no corpus index here; create one with `duties corpus index DIR --db \(path)`")
    }
    if !readOnly { try Self.refuseForeignDatabase(at: path) }
    var configuration = Configuration()
    configuration.readonly = readOnly
    // Queries may run while an index run writes (WAL lets readers in); writers wait their turn.
    configuration.busyMode = .timeout(30)
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
    }
    do {
      // Another process may be creating or migrating the same database (a query while an index run
      // starts): opening and migrating wait for it rather than fail.
      pool = try Self.retryingWhileBusy {
        try readOnly
          ? Self.openForReading(path, configuration) : DatabasePool(path: path, configuration: configuration)
      }
      let migrator = IndexSchema.migrator
      // Another process may be turning a new database to WAL mode or migrating it: reads wait too.
      if try Self.retryingWhileBusy({ try pool.read { try migrator.hasBeenSuperseded($0) } }) {
        throw DutiesError.unreadable(
          path: path, reason: "written by a newer version of duties; upgrade to read it")
      }
      // Readers of an up-to-date database take no write lock at all.
      let isCurrent = try Self.retryingWhileBusy { try pool.read { try migrator.hasCompletedMigrations($0) } }
      if readOnly && !isCurrent {
        throw DutiesError.unreadable(
          path: path,
          reason: "written by an older version of duties; run `duties corpus index` on it once to upgrade it")
      }
      if !isCurrent {
        do {
          try Self.retryingWhileBusy { try migrator.migrate(pool) }
        } catch {
          // Two processes opening a new database at once both try to migrate it; the loser finds
          // the work done ("table already exists") and goes on.
          guard try Self.retryingWhileBusy({ try pool.read { try migrator.hasCompletedMigrations($0) } })
          else {
            throw error
          }
        }
        // When another process won that race, this writer connection may still hold the schema it
        // read before the tables existed ("no such table: document" on its first write): read the
        // schema table once so SQLite sees the change and loads the schema afresh.
        try Self.retryingWhileBusy {
          try pool.writeWithoutTransaction { db in
            db.clearSchemaCache()
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master")
          }
        }
      }
    } catch let error as DutiesError {
      throw error
    } catch {
      throw DutiesError.unreadable(path: path, reason: "not a corpus index (\(Self.describe(error)))")
    }
  }

  /// Opens a database for reading. A database in WAL mode needs its shared-memory file, which
  /// SQLite cannot create in a folder the user may not write (read-only storage, another user's
  /// files): such a database is opened as immutable instead, which reads the file as it is. Whether
  /// SQLite says "read-only" or "unable to open" then depends on whether an earlier writer left the
  /// shared-memory file behind.
  private static func openForReading(_ path: String, _ configuration: Configuration) throws -> DatabasePool {
    func open(_ name: String) throws -> DatabasePool {
      let pool = try DatabasePool(path: name, configuration: configuration)
      _ = try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
      return pool
    }
    do {
      return try open(path)
    } catch let error as DatabaseError
      where (error.resultCode == .SQLITE_READONLY || error.resultCode == .SQLITE_CANTOPEN)
      && !hasPendingLog(path)
      && FileManager.default.isReadableFile(atPath: path)
    {
      let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
      guard let immutable = try? open("file:\(encoded)?immutable=1") else { throw error }
      return immutable
    }
  }

  /// Whether the database has a write-ahead log with content not yet in the file: an immutable open
  /// would not see it, so it is not made.
  private static func hasPendingLog(_ path: String) -> Bool {
    let size = (try? FileManager.default.attributesOfItem(atPath: path + "-wal"))?[.size] as? NSNumber
    return (size?.intValue ?? 0) > 0
  }

  /// Refuses a file that is an SQLite database of another program, before anything is written to
  /// it: one with tables, none of them this index's.
  private static func refuseForeignDatabase(at path: String) throws {
    guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber,
      size.intValue > 0
    else { return }
    var configuration = Configuration()
    configuration.readonly = true
    let tables: [String]
    do {
      let queue = try DatabaseQueue(path: path, configuration: configuration)
      defer { try? queue.close() }
      tables = try retryingWhileBusy {
        try queue.read { db in
          try String.fetchAll(
            db,
            sql:
              "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
          )
        }
      }
    } catch {
      throw DutiesError.unreadable(path: path, reason: "not a corpus index (\(describe(error)))")
    }
    // Another process may be creating the index right now: some of its tables, none of another's.
    let ours: Set<String> = ["document", "section", "obligation", "party", "failure", "grdb_migrations"]
    let foreign = tables.filter { !ours.contains($0) && !$0.hasPrefix("obligationSearch") }
    guard !foreign.isEmpty || (!tables.isEmpty && !tables.contains("grdb_migrations")) else { return }
    let listed = tables.prefix(5).joined(separator: ", ") + (tables.count > 5 ? ", …" : "")
    throw DutiesError.unreadable(
      path: path,
      reason: "not a corpus index but another program's database (tables: \(listed)); refusing to write to "
        + "it; name another file with --db")
  }

  func appliedMigrations() async throws -> [String] {
    try await onThread { try self.pool.read { try IndexSchema.migrator.appliedMigrations($0) } }
  }

  func close() async {
    try? pool.close()
  }

  /// Runs `body` on one of Dispatch's threads (or, with `writing`, on the store's writer thread),
  /// so that SQLite's waits for a lock never hold a thread of the calling task, and a cancelled
  /// task's last writes and reads still run.
  func onThread<T: Sendable>(writing: Bool = false, _ body: @escaping @Sendable () throws -> T) async throws
    -> T
  {
    try await withCheckedThrowingContinuation { continuation in
      (writing ? writer : DispatchQueue.global()).async {
        continuation.resume(with: Result { try body() })
      }
    }
  }

  /// Runs `body` again while SQLite reports the database busy or locked, or its schema changed by
  /// another process, for up to 30 seconds.
  static func retryingWhileBusy<T>(_ body: () throws -> T) throws -> T {
    let deadline = Date(timeIntervalSinceNow: 30)
    while true {
      do {
        return try body()
      } catch let error as DatabaseError
        where [.SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_SCHEMA].contains(error.resultCode) && Date() < deadline
      {
        Thread.sleep(forTimeInterval: 0.05)
      }
    }
  }

  static func describe(_ error: any Error) -> String {
    if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
    return "\(error)"
  }
}
