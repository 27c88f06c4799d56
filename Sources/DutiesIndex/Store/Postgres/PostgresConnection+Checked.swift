import PostgresNIO

extension PostgresConnection {
  /// Runs `query` unless the connection has closed. postgres-nio never answers a query sent on a
  /// connection that the server has ended (or that went away), so without this check such a query
  /// would wait for ever; a query in flight when it closes fails at once.
  @discardableResult
  func checkedQuery(_ query: PostgresQuery, logger: Logger) async throws -> PostgresRowSequence {
    guard !isClosed else { throw ClosedConnection() }
    return try await self.query(query, logger: logger)
  }

  /// Runs `body` in a transaction: committed when it returns, rolled back when it throws (unless the
  /// connection has closed, which ends the transaction on the server anyway). `snapshot` makes it
  /// one read-only snapshot of the database, as an SQLite read transaction is.
  func transaction<T>(
    logger: Logger, snapshot: Bool = false, _ body: (PostgresConnection) async throws -> T
  ) async throws -> T {
    try await checkedQuery(
      snapshot ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN", logger: logger)
    do {
      let value = try await body(self)
      try await checkedQuery("COMMIT", logger: logger)
      return value
    } catch {
      if !isClosed { _ = try? await query("ROLLBACK", logger: logger) }
      throw error
    }
  }
}

/// The connection to the server has closed: the server ended it, restarted or went away.
struct ClosedConnection: Error, CustomStringConvertible {
  var description: String { "the server closed the connection" }
}
