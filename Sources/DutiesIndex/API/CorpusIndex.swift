import Duties
import Foundation

/// A corpus database: documents, their divisions, obligations, parties and per-file failures, with
/// full-text search over obligation sentences and actions. It lives in an SQLite file (the default,
/// for one analyst) or in a PostgreSQL database that a team shares and many indexing processes fill
/// at once (see `docs/scaling.md`); both answer every question alike.
///
/// Open one with ``open(_:create:readOnly:)`` (a file path or a `postgres://` URL) or
/// ``init(path:create:readOnly:)`` (a file), fill it with ``index(_:options:progress:)``, then ask
/// it questions with ``obligations(matching:)``, ``statistics(bearers:)``, ``series()`` and
/// ``changes(in:successions:order:)``. The schema is described in `docs/index-schema.md`;
/// migrations are versioned, so a database written by an older version of the tool opens in a newer
/// one.
public final class CorpusIndex: Sendable {
  /// Where a database goes when none is named: `duties-index.sqlite` in the current directory, or
  /// `$DUTIES_DB` when set (a path or a `postgres://` URL).
  public static var defaultPath: String {
    ProcessInfo.processInfo.environment["DUTIES_DB"].flatMap { $0.isEmpty ? nil : $0 }
      ?? "duties-index.sqlite"
  }

  /// Where the database is: its file, or its URL without the password.
  public var path: String { store.location }
  let store: any IndexStore

  /// Opens the SQLite database at `path`, bringing its schema up to date (unless `readOnly`).
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
  public convenience init(path: String, create: Bool = false, readOnly: Bool = false) throws {
    self.init(store: try SQLiteStore(path: path, create: create, readOnly: readOnly))
  }

  /// Opens the database at `location`: a PostgreSQL URL (`postgres://user@host:5432/dbname`,
  /// `postgresql://…`) or else an SQLite file path, bringing its schema up to date (unless
  /// `readOnly`). Call ``close()`` when done with a PostgreSQL database.
  ///
  /// - Throws: `DutiesError.unreadable(path:reason:)` as ``init(path:create:readOnly:)`` does, and
  ///   for a server that cannot be reached or refuses the user.
  public static func open(_ location: String, create: Bool = false, readOnly: Bool = false) async throws
    -> CorpusIndex
  {
    if let address = PostgresAddress(location) {
      return CorpusIndex(store: try await PostgresStore.open(address, readOnly: readOnly))
    }
    if PostgresAddress.looksLikeURL(location) {
      // Never read as a file name, which would print the password in the error.
      throw DutiesError.invalidRequest(
        path: PostgresAddress.redacted(location),
        reason: "not a PostgreSQL URL that can be read; write it as postgres://user@host:5432/dbname "
          + "(a password with %, @, / or spaces percent-encoded, or in $PGPASSWORD; sslmode one of disable, "
          + "allow, prefer, require, verify-ca, verify-full)")
    }
    return try CorpusIndex(path: location, create: create, readOnly: readOnly)
  }

  init(store: any IndexStore) {
    self.store = store
  }

  /// Lets go of the database's connections; the index is not used after.
  public func close() async {
    await store.close()
  }

  /// The schema migrations applied to the database, oldest first.
  public func appliedMigrations() async throws -> [String] {
    try await store.appliedMigrations()
  }

  /// The current time in ISO 8601, for `indexedAt` and `recordedAt`.
  static func timestamp() -> String {
    ISO8601DateFormatter().string(from: Date())
  }
}
