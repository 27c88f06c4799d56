import Duties
import Foundation
import PostgresNIO

/// Writes outcomes of an index run inside a transaction the caller holds.
///
/// A document's sections, obligations and parties go in as one JSON parameter each, unpacked by the
/// server (`jsonb_to_recordset`), so that a document of ten thousand obligations takes a handful of
/// round trips, not thirty thousand.
struct PostgresWriter {
  let connection: PostgresConnection
  let logger: Logger

  /// Removes every row of the files at `paths`.
  func remove(_ paths: [String]) async throws {
    try await connection.query("DELETE FROM duties.document WHERE path = ANY(\(paths))", logger: logger)
    try await connection.query("DELETE FROM duties.failure WHERE path = ANY(\(paths))", logger: logger)
  }

  /// Gives files whose content is unchanged their new size and time.
  func touch(_ files: [FileSnapshot]) async throws {
    let paths = files.map(\.path)
    let sizes = files.map(\.size)
    let times = files.map(\.modified)
    for table in ["document", "failure"] {
      try await connection.query(
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
      try await connection.query(
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
    try await connection.query("SELECT pg_advisory_xact_lock(hashtextextended(\(path), 0))", logger: logger)
  }

  private func insert(_ entry: DocumentEntry, at timestamp: String) async throws {
    let rows = try await connection.query(
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
    let sections = try Self.json(
      entry.sections.enumerated().map { ordinal, section in
        SectionRow(
          ordinal: ordinal, path: section.path, heading: section.heading, line: section.line,
          obligationCount: section.obligationCount)
      })
    try await connection.query(
      """
      INSERT INTO duties.section (document_id, ordinal, path, heading, line, obligation_count)
      SELECT \(id), ordinal, path, heading, line, "obligationCount"
      FROM jsonb_to_recordset(\(sections)::jsonb)
        AS s(ordinal bigint, path text, heading text, line bigint, "obligationCount" bigint)
      """, logger: logger)
    guard !entry.obligations.isEmpty else { return }
    let (obligations, parties) = try Self.obligationRows(entry)
    try await connection.query(
      """
      WITH inserted AS (
        INSERT INTO duties.obligation (document_id, ordinal, kind, bearer, action, sentence, section, line,
          column_number, trigger, form, json)
        SELECT \(id), ordinal, kind, bearer, action, sentence, section, line, "column", trigger, form, json
        FROM jsonb_to_recordset(\(obligations)::jsonb)
          AS o(ordinal bigint, kind text, bearer text, action text, sentence text, section text, line bigint,
            "column" bigint, trigger text, form text, json text)
        RETURNING id, ordinal)
      INSERT INTO duties.party (obligation_id, role, name)
      SELECT inserted.id, p.role, p.name
      FROM jsonb_to_recordset(\(parties)::jsonb) AS p(ordinal bigint, role text, name text)
      JOIN inserted ON inserted.ordinal = p.ordinal
      """, logger: logger)
  }

  private struct SectionRow: Encodable {
    var ordinal: Int
    var path: String
    var heading: String?
    var line: Int
    var obligationCount: Int
  }

  private struct ObligationRow: Encodable {
    var ordinal: Int
    var kind: String
    var bearer: String?
    var action: String
    var sentence: String
    var section: String
    var line: Int
    var column: Int
    var trigger: String
    var form: String
    var json: String
  }

  private struct PartyRow: Encodable {
    var ordinal: Int
    var role: String
    var name: String
  }

  /// The obligations' rows and their parties' rows (bearers and beneficiaries, each name once per
  /// role), as the SQLite store writes them.
  private static func obligationRows(_ entry: DocumentEntry) throws -> (String, String) {
    var obligations: [ObligationRow] = []
    var parties: [PartyRow] = []
    for (ordinal, (item, json)) in zip(entry.obligations, entry.obligationJSON).enumerated() {
      obligations.append(
        ObligationRow(
          ordinal: ordinal, kind: item.kind.rawValue, bearer: item.bearer?.text, action: item.action,
          sentence: item.sentence, section: item.section, line: item.location.line,
          column: item.location.column,
          trigger: item.trigger.text, form: item.form.rawValue, json: json))
      for (role, name) in DocumentEntry.parties(of: item) {
        parties.append(PartyRow(ordinal: ordinal, role: role, name: name))
      }
    }
    return (try json(obligations), try json(parties))
  }

  private static func json(_ value: some Encodable) throws -> String {
    String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
  }

  private static func binds(_ paths: [String], _ sizes: [Int], _ times: [Double]) throws -> PostgresBindings {
    var binds = PostgresBindings()
    try binds.append(paths)
    try binds.append(sizes)
    try binds.append(times)
    return binds
  }
}
