import Duties
import PostgresNIO

/// Writes outcomes of an index run.
///
/// A document goes in by one call of `duties.replace_document` (see ``PostgresSchema``), its
/// sections, obligations and parties as arrays, one per column, unpacked by the server (`unnest`):
/// one round trip per file, whether it holds one obligation or ten thousand.
struct PostgresWriter {
  let connection: PostgresConnection
  let logger: Logger

  /// Removes every row of the files at `paths`.
  func remove(_ paths: [String]) async throws {
    try await connection.checkedQuery(
      "DELETE FROM duties.document WHERE path = ANY(\(paths))", logger: logger)
    try await connection.checkedQuery("DELETE FROM duties.failure WHERE path = ANY(\(paths))", logger: logger)
  }

  /// Gives files whose content is unchanged their new size and time.
  func touch(_ files: [FileSnapshot]) async throws {
    let paths = files.map(\.path)
    let sizes = files.map(\.size)
    let times = files.map(\.modified)
    for table in ["document", "failure"] {
      try await connection.checkedQuery(
        PostgresQuery(
          unsafeSQL: """
            UPDATE duties.\(table) AS t SET size = f.size, modified = f.modified
            FROM unnest($1::text[], $2::bigint[], $3::double precision[]) AS f(path, size, modified)
            WHERE t.path = f.path
            """,
          binds: try Self.binds(paths, sizes, times)), logger: logger)
    }
  }

  /// Replaces whatever the database holds for the outcome's file with it, in one statement (and so
  /// one transaction, when the caller holds none).
  func write(_ outcome: FileOutcome, at timestamp: String) async throws {
    switch outcome {
    case .current, .unchanged:
      break
    case .failed(let file, let hash, let message):
      try await connection.checkedQuery(
        """
        SELECT duties.record_failure(\(file.path), \(hash), \(file.size), \(file.modified), \(message), \(timestamp))
        """, logger: logger)
    case .indexed(let entry):
      let placeholders = (1...31).map { "$\($0)" }.joined(separator: ", ")
      try await connection.checkedQuery(
        PostgresQuery(
          unsafeSQL: "SELECT duties.replace_document(\(placeholders))",
          binds: try Self.binds(entry, at: timestamp)), logger: logger)
    }
  }

  /// The arguments of `duties.replace_document`: the document's columns; its sections, then its
  /// obligations, as one array per column (a text column that may be null with a boolean array
  /// beside it: postgres-nio binds no array of optionals); then their parties (bearers and
  /// beneficiaries, each name once per role, as the SQLite store writes them) by the obligation's
  /// place in the document.
  private static func binds(_ entry: DocumentEntry, at timestamp: String) throws -> PostgresBindings {
    var binds = PostgresBindings()
    try binds.append(entry.file.path)
    try binds.append(entry.hash)
    try binds.append(entry.file.size)
    try binds.append(entry.file.modified)
    try binds.append(entry.format)
    try binds.append(entry.title)
    try binds.append(entry.identifier)
    try binds.append(entry.version)
    try binds.append(entry.obligations.count)
    try binds.append(timestamp)
    try binds.append(Duties.version)
    try binds.append(entry.commencementJSON)
    let sections = entry.sections
    try binds.append(sections.map(\.path))
    try binds.append(sections.map { $0.heading ?? "" })
    try binds.append(sections.map { $0.heading != nil })
    try binds.append(sections.map(\.line))
    try binds.append(sections.map(\.obligationCount))
    try appendObligations(entry, to: &binds)
    return binds
  }

  /// Appends the obligations' arrays and their parties' arrays.
  private static func appendObligations(_ entry: DocumentEntry, to binds: inout PostgresBindings) throws {
    let obligations = entry.obligations
    try binds.append(obligations.map(\.kind.rawValue))
    try binds.append(obligations.map { $0.bearer?.text ?? "" })
    try binds.append(obligations.map { $0.bearer != nil })
    try binds.append(obligations.map(\.action))
    try binds.append(obligations.map(\.sentence))
    try binds.append(obligations.map(\.section))
    try binds.append(obligations.map(\.location.line))
    try binds.append(obligations.map(\.location.column))
    try binds.append(obligations.map(\.trigger.text))
    try binds.append(obligations.map(\.form.rawValue))
    try binds.append(entry.obligationJSON)
    var ordinals: [Int] = []
    var roles: [String] = []
    var names: [String] = []
    for (ordinal, obligation) in obligations.enumerated() {
      for (role, name) in DocumentEntry.parties(of: obligation) {
        ordinals.append(ordinal)
        roles.append(role)
        names.append(name)
      }
    }
    try binds.append(ordinals)
    try binds.append(roles)
    try binds.append(names)
  }

  private static func binds(_ paths: [String], _ sizes: [Int], _ times: [Double]) throws -> PostgresBindings {
    var binds = PostgresBindings()
    try binds.append(paths)
    try binds.append(sizes)
    try binds.append(times)
    return binds
  }
}
