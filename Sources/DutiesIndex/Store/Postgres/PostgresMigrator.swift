import Duties
import PostgresNIO

/// Brings a PostgreSQL index's schema up to date, one process at a time, or checks that it is.
struct PostgresMigrator {
  let connection: PostgresConnection
  let address: PostgresAddress
  let logger: Logger

  /// Applies the migrations the database lacks, under an advisory lock, so that workers that start
  /// together migrate once. A database that is up to date is only read: a role that may write rows
  /// but not create tables indexes into it.
  func migrate() async throws {
    do {
      if let applied = try await appliedNamesIfAny() {
        try refuseNewer(applied)
        if PostgresSchema.migrations.allSatisfy({ applied.contains($0.name) }) { return }
      }
      try await connection.checkedQuery(
        "SELECT pg_advisory_lock(\(PostgresSchema.migrationLock))", logger: logger)
    } catch {
      throw failure(error)
    }
    do {
      try await applyMissing()
    } catch {
      await unlock()
      throw failure(error)
    }
    await unlock()
  }

  /// Under the lock: the schema, the record of migrations, and each migration not yet applied, one
  /// transaction each.
  private func applyMissing() async throws {
    try await refuseForeignSchema()
    for statement in PostgresSchema.bootstrap {
      try await connection.checkedQuery(PostgresQuery(unsafeSQL: statement), logger: logger)
    }
    let applied = try await appliedNames()
    try refuseNewer(applied)
    for migration in PostgresSchema.migrations where !applied.contains(migration.name) {
      try await connection.transaction(logger: logger) { connection in
        for statement in migration.statements {
          try await connection.checkedQuery(PostgresQuery(unsafeSQL: statement), logger: logger)
        }
        try await connection.checkedQuery(
          "INSERT INTO duties.migration (name) VALUES (\(migration.name))", logger: logger)
      }
    }
  }

  private func unlock() async {
    _ = try? await connection.checkedQuery(
      "SELECT pg_advisory_unlock(\(PostgresSchema.migrationLock))", logger: logger)
  }

  /// Throws unless every migration this version knows, and no other, is applied: a reader writes
  /// nothing, not even a migration.
  func checkCurrent() async throws {
    let applied: Set<String>
    do {
      guard let names = try await appliedNamesIfAny() else {
        throw DutiesError.unreadable(
          path: address.display,
          reason:
            "no corpus index in this database; create one with `duties corpus index DIR --db \(address.display)`"
        )
      }
      applied = names
    } catch {
      throw failure(error)
    }
    try refuseNewer(applied)
    if PostgresSchema.migrations.contains(where: { !applied.contains($0.name) }) {
      throw DutiesError.unreadable(
        path: address.display,
        reason: "written by an older version of duties; run `duties corpus index` on it once to upgrade it")
    }
  }

  /// The migrations applied, or `nil` when the database has no record of them yet.
  private func appliedNamesIfAny() async throws -> Set<String>? {
    let exists =
      try await connection.checkedQuery("SELECT to_regclass('duties.migration') IS NOT NULL", logger: logger)
      .collect().first?.decode(Bool.self) ?? false
    return exists ? try await appliedNames() : nil
  }

  private func appliedNames() async throws -> Set<String> {
    var names: Set<String> = []
    for try await name in try await connection.checkedQuery(
      "SELECT name FROM duties.migration", logger: logger
    )
    .decode(String.self) {
      names.insert(name)
    }
    return names
  }

  private func refuseNewer(_ applied: Set<String>) throws {
    let known = Set(PostgresSchema.migrations.map(\.name))
    if !applied.isSubset(of: known) {
      throw DutiesError.unreadable(
        path: address.display, reason: "written by a newer version of duties; upgrade to read it")
    }
  }

  /// Refuses a `duties` schema that holds tables but no record of migrations: another program's.
  private func refuseForeignSchema() async throws {
    let rows = try await connection.checkedQuery(
      """
      SELECT count(*) FILTER (WHERE table_name = 'migration'), count(*)
      FROM information_schema.tables WHERE table_schema = 'duties'
      """, logger: logger
    ).collect()
    guard let (migration, all) = try rows.first?.decode((Int, Int).self) else { return }
    if all > 0 && migration == 0 {
      throw DutiesError.unreadable(
        path: address.display,
        reason:
          "its schema \"duties\" is another program's (it has tables but no record of duties' migrations); "
          + "refusing to write to it")
    }
  }

  private func failure(_ error: any Error) -> any Error {
    PostgresStore.failure(error, at: address)
  }
}
