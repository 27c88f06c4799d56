import Duties
import Foundation
import PostgresNIO

extension PostgresStore {
  func export(_ visit: (ExportRow) throws -> Void) async throws {
    // One snapshot, though writers go on meanwhile; documents and their obligations come in one
    // ordered stream, so memory stays flat.
    try await run {
      try await reader.transaction(logger: logger, snapshot: true) { _ in try await exportRows(visit) }
    }
  }

  private func exportRows(_ visit: (ExportRow) throws -> Void) async throws {
    let rows = try await reader.checkedQuery(
      """
      SELECT * FROM (
      SELECT d.path, 0 AS part, -1 AS ordinal, d.format, d.title, d.identifier, d.version, d.content_hash, d.size,
        d.obligation_count,
        (SELECT coalesce(json_agg(json_build_object('path', s.path, 'heading', s.heading, 'line', s.line,
           'obligations', s.obligation_count) ORDER BY s.ordinal), '[]')::text
         FROM duties.section s WHERE s.document_id = d.id) AS body
      FROM duties.document d
      UNION ALL
      SELECT d.path, 1, o.ordinal, d.format, d.title, NULL, NULL, NULL, NULL, NULL, o.json
      FROM duties.obligation o JOIN duties.document d ON d.id = o.document_id
      ) AS r ORDER BY r.path COLLATE "C", r.part, r.ordinal
      """, logger: logger)
    let decoder = JSONDecoder()
    for try await (path, part, _, format, title, identifier, version, hash, size, count, body) in rows.decode(
      (String, Int, Int, String, String?, String?, String?, String?, Int?, Int?, String).self)
    {
      if part == 1 {
        try visit(.obligation(path: path, title: title, format: format, json: body))
        continue
      }
      let sections = try decoder.decode([ExportRecord.Section].self, from: Data(body.utf8))
      try visit(
        .document(
          ExportRecord.Document(
            path: path, format: format, title: title, identifier: identifier, version: version,
            sha256: hash ?? "", size: size ?? 0, obligations: count ?? 0, sections: sections)))
    }
    for failure in try await failures() { try visit(.failure(failure)) }
  }
}
