import Duties
import PostgresNIO

/// Writes outcomes of an index run inside a transaction the caller holds.
///
/// A document's sections, obligations and parties go in as arrays, one per column, unpacked by the
/// server (`unnest`), so that a document of ten thousand obligations takes a handful of round trips,
/// not thirty thousand.
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

  /// Replaces whatever the database holds for the outcome's file with it.
  func write(_ outcome: FileOutcome, at timestamp: String) async throws {
    switch outcome {
    case .current, .unchanged:
      break
    case .failed(let file, let hash, let message):
      try await lock(file.path)
      try await remove([file.path])
      try await connection.checkedQuery(
        """
        INSERT INTO duties.failure (path, content_hash, size, modified, message, recorded_at)
        VALUES (\(file.path), \(hash), \(file.size), \(file.modified), \(message), \(timestamp))
        """, logger: logger)
    case .indexed(let entry):
      try await lock(entry.file.path)
      try await remove([entry.file.path])
      try await insert(entry, at: timestamp)
    }
  }

  /// Holds, until the transaction ends, the lock of a path: another process writing the same file
  /// waits, then replaces this one's rows, so one document remains.
  private func lock(_ path: String) async throws {
    try await connection.checkedQuery(
      "SELECT pg_advisory_xact_lock(hashtextextended(\(path), 0))", logger: logger)
  }

  private func insert(_ entry: DocumentEntry, at timestamp: String) async throws {
    let rows = try await connection.checkedQuery(
      """
      INSERT INTO duties.document (path, content_hash, size, modified, format, title, identifier, version,
        obligation_count, indexed_at, extractor_version, commencements)
      VALUES (\(entry.file.path), \(entry.hash), \(entry.file.size), \(entry.file.modified), \(entry.format),
        \(entry.title), \(entry.identifier), \(entry.version), \(entry.obligations.count), \(timestamp),
        \(Duties.version), \(entry.commencementJSON))
      RETURNING id
      """, logger: logger
    ).collect()
    guard let id = try rows.first?.decode(Int.self) else { return }
    let sections = entry.sections
    var sectionBinds = PostgresBindings()
    try sectionBinds.append(id)
    try sectionBinds.append(sections.map(\.path))
    try sectionBinds.append(sections.map { $0.heading ?? "" })
    try sectionBinds.append(sections.map { $0.heading != nil })
    try sectionBinds.append(sections.map(\.line))
    try sectionBinds.append(sections.map(\.obligationCount))
    try await connection.checkedQuery(
      PostgresQuery(
        unsafeSQL: """
          INSERT INTO duties.section (document_id, ordinal, path, heading, line, obligation_count)
          SELECT $1, s.ordinal - 1, s.path, CASE WHEN s.has_heading THEN s.heading END, s.line, s.obligations
          FROM unnest($2::text[], $3::text[], $4::boolean[], $5::bigint[], $6::bigint[])
            WITH ORDINALITY AS s(path, heading, has_heading, line, obligations, ordinal)
          """, binds: sectionBinds), logger: logger)
    guard !entry.obligations.isEmpty else { return }
    try await connection.checkedQuery(
      PostgresQuery(
        unsafeSQL: """
          WITH inserted AS (
            INSERT INTO duties.obligation (document_id, ordinal, kind, bearer, action, sentence, section, line,
              column_number, trigger, form, json)
            SELECT $1, o.ordinal - 1, o.kind, CASE WHEN o.has_bearer THEN o.bearer END, o.action, o.sentence,
              o.section, o.line, o.column_number, o.trigger, o.form, o.json
            FROM unnest($2::text[], $3::text[], $4::boolean[], $5::text[], $6::text[], $7::text[], $8::bigint[],
              $9::bigint[], $10::text[], $11::text[], $12::text[])
              WITH ORDINALITY AS o(kind, bearer, has_bearer, action, sentence, section, line, column_number,
                trigger, form, json, ordinal)
            RETURNING id, ordinal)
          INSERT INTO duties.party (obligation_id, role, name)
          SELECT inserted.id, p.role, p.name
          FROM unnest($13::bigint[], $14::text[], $15::text[]) AS p(ordinal, role, name)
          JOIN inserted ON inserted.ordinal = p.ordinal
          """, binds: try Self.obligationBinds(entry, document: id)), logger: logger)
  }

  /// The document's id, then its obligations as one array per column (a text column that may be
  /// null with a boolean array beside it: postgres-nio binds no array of optionals), then their
  /// parties (bearers and beneficiaries, each name once per role, as the SQLite store writes them)
  /// by the obligation's place in the document.
  private static func obligationBinds(_ entry: DocumentEntry, document id: Int) throws -> PostgresBindings {
    let obligations = entry.obligations
    var binds = PostgresBindings()
    try binds.append(id)
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
    return binds
  }

  private static func binds(_ paths: [String], _ sizes: [Int], _ times: [Double]) throws -> PostgresBindings {
    var binds = PostgresBindings()
    try binds.append(paths)
    try binds.append(sizes)
    try binds.append(times)
    return binds
  }
}
