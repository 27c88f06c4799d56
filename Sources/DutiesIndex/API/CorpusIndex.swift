import Duties
import Foundation
import GRDB

/// A corpus database: documents, their divisions, obligations, parties and per-file failures, in
/// SQLite (WAL mode), with full-text search over obligation sentences and actions.
///
/// Open one with ``init(path:create:readOnly:)``, fill it with ``index(_:options:progress:)``, then ask
/// it questions with ``obligations(matching:)``, ``statistics(bearers:)``, ``series()`` and
/// ``changes(in:successions:order:)``.
/// The schema is described in `docs/index-schema.md`; migrations are versioned, so a database
/// written by an older version of the tool opens in a newer one.
public final class CorpusIndex: Sendable {
  /// Where a database goes when none is named: `duties-index.sqlite` in the current directory, or
  /// `$DUTIES_DB` when set.
  public static var defaultPath: String {
    ProcessInfo.processInfo.environment["DUTIES_DB"].flatMap { $0.isEmpty ? nil : $0 }
      ?? "duties-index.sqlite"
  }

  /// The database file.
  public let path: String
  let pool: DatabasePool

  /// Opens the database at `path`, bringing its schema up to date (unless `readOnly`).
  ///
  /// - Parameters:
  ///   - path: The database file.
  ///   - create: whether to create the database if there is none (indexing does; queries report a
  ///     missing database instead).
  ///   - readOnly: open it for reading only, as queries, statistics and exports do: nothing is
  ///     written to it, not even a migration, so a database on read-only storage or without write
  ///     permission can be queried.
  /// - Throws: `DutiesError.unreadable(path:reason:)` when the file is missing, is not a
  ///   database, is another program's database (refused before anything is written to it), or was
  ///   written by a newer version of the tool (or, read only, an older one).
  public init(path: String, create: Bool = false, readOnly: Bool = false) throws {
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
      if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
        throw DutiesError.unreadable(
          path: path, reason: "written by a newer version of duties; upgrade to read it")
      }
      // Readers of an up-to-date database take no write lock at all.
      let isCurrent = try pool.read { try migrator.hasCompletedMigrations($0) }
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
          guard try pool.read({ try migrator.hasCompletedMigrations($0) }) else { throw error }
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
      tables = try queue.read { db in
        try String.fetchAll(
          db,
          sql:
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      }
    } catch {
      throw DutiesError.unreadable(path: path, reason: "not a corpus index (\(describe(error)))")
    }
    guard !tables.isEmpty, !tables.contains("document") || !tables.contains("grdb_migrations") else { return }
    let listed = tables.prefix(5).joined(separator: ", ") + (tables.count > 5 ? ", …" : "")
    throw DutiesError.unreadable(
      path: path,
      reason: "not a corpus index but another program's database (tables: \(listed)); refusing to write to "
        + "it; name another file with --db")
  }

  /// The schema migrations applied to the database, oldest first.
  public func appliedMigrations() throws -> [String] {
    try pool.read { try IndexSchema.migrator.appliedMigrations($0) }
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

  /// The current time in ISO 8601, for `indexedAt` and `recordedAt`.
  static func timestamp() -> String {
    ISO8601DateFormatter().string(from: Date())
  }
}
