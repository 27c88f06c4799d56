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
          binds: Self.binds(paths, sizes, times)), logger: logger)
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
          binds: Self.binds(entry, at: timestamp)), logger: logger)
    }
  }

  /// The arguments of `duties.replace_document`: the document's columns; its sections, then its
  /// obligations, as one array per column (a text column that may be null with a boolean array
  /// beside it: postgres-nio binds no array of optionals); then their parties (bearers and
  /// beneficiaries, each name once per role, as the SQLite store writes them) by the obligation's
  /// place in the document.
  private static func binds(_ entry: DocumentEntry, at timestamp: String) -> PostgresBindings {
    var binds = PostgresBindings()
    binds.append(entry.file.path)
    binds.append(entry.hash)
    binds.append(entry.file.size)
    binds.append(entry.file.modified)
    binds.append(entry.format)
    binds.append(entry.title)
    binds.append(entry.identifier)
    binds.append(entry.version)
    binds.append(entry.obligations.count)
    binds.append(timestamp)
    binds.append(Duties.version)
    binds.append(entry.commencementJSON)
    let sections = entry.sections
    binds.append(sections.map(\.path))
    binds.append(sections.map { $0.heading ?? "" })
    binds.append(sections.map { $0.heading != nil })
    binds.append(sections.map(\.line))
    binds.append(sections.map(\.obligationCount))
    appendObligations(entry, to: &binds)
    return binds
  }

  /// Appends the obligations' arrays and their parties' arrays.
  private static func appendObligations(_ entry: DocumentEntry, to binds: inout PostgresBindings) {
    let obligations = entry.obligations
    binds.append(obligations.map(\.kind.rawValue))
    binds.append(obligations.map { $0.bearer?.text ?? "" })
    binds.append(obligations.map { $0.bearer != nil })
    binds.append(obligations.map(\.action))
    binds.append(obligations.map(\.sentence))
    binds.append(obligations.map(\.section))
    binds.append(obligations.map(\.location.line))
    binds.append(obligations.map(\.location.column))
    binds.append(obligations.map(\.trigger.text))
    binds.append(obligations.map(\.form.rawValue))
    binds.append(entry.obligationJSON)
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
    binds.append(ordinals)
    binds.append(roles)
    binds.append(names)
  }

  private static func binds(_ paths: [String], _ sizes: [Int], _ times: [Double]) -> PostgresBindings {
    var binds = PostgresBindings()
    binds.append(paths)
    binds.append(sizes)
    binds.append(times)
    return binds
  }
}
