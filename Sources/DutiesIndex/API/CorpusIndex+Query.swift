import Duties
import Foundation
import GRDB

extension CorpusIndex {
  /// The obligations that answer `query`, by document path and then document order.
  ///
  /// - Throws: `DutiesError.invalidRequest(path:reason:)` for a full-text query SQLite cannot parse.
  public func obligations(matching query: ObligationQuery) throws -> [IndexedObligation] {
    var clauses: [String] = []
    var arguments = StatementArguments()
    if !query.kinds.isEmpty {
      clauses.append("o.kind IN (\(query.kinds.map { _ in "?" }.joined(separator: ", ")))")
      for kind in query.kinds { _ = arguments.append(contentsOf: [kind.rawValue]) }
    }
    if let bearer = query.bearer?.trimmingCharacters(in: .whitespaces), !bearer.isEmpty {
      let normalized = Party.normalizedName(bearer) ?? bearer.lowercased()
      // The name and its usual acronym: "primary care trusts" also finds bearers written "PCTs".
      let names = BearerSuccession.aliases(of: normalized)
      let partyMatch = names.map { _ in "p.name = ? COLLATE NOCASE OR p.name LIKE '%' || ? || '%' ESCAPE '\\'"
      }
      .joined(separator: " OR ")
      clauses.append(
        """
        (EXISTS (SELECT 1 FROM party p WHERE p.obligationId = o.id AND p.role = 'bearer' AND (\(partyMatch)))
         OR o.bearer LIKE '%' || ? || '%' ESCAPE '\\')
        """)
      for name in names { _ = arguments.append(contentsOf: [name, Self.likeLiteral(name)]) }
      _ = arguments.append(contentsOf: [Self.likeLiteral(bearer)])
    }
    if let text = query.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
      clauses.append("o.id IN (SELECT rowid FROM obligationSearch WHERE obligationSearch MATCH ?)")
      _ = arguments.append(contentsOf: [ObligationQuery.searchExpression(text)])
    }
    if let pattern = query.document, !pattern.isEmpty {
      if pattern.contains(where: { "*?[".contains($0) }) {
        clauses.append("(d.path GLOB ? OR d.path GLOB '*/' || ?)")
        _ = arguments.append(contentsOf: [pattern, pattern])
      } else {
        clauses.append(
          "(d.path LIKE '%' || ? || '%' ESCAPE '\\' OR d.title LIKE '%' || ? || '%' ESCAPE '\\')")
        _ = arguments.append(contentsOf: [Self.likeLiteral(pattern), Self.likeLiteral(pattern)])
      }
    }
    var sql = """
      SELECT d.path, d.title, o.json FROM obligation o JOIN document d ON d.id = o.documentId
      \(clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: "\n  AND "))
      ORDER BY d.path, o.ordinal
      """
    if let limit = query.limit { sql += " LIMIT \(max(0, limit))" }
    let rows: [Row]
    do {
      rows = try pool.read { db in try Row.fetchAll(db, sql: sql, arguments: arguments) }
    } catch let error as DatabaseError where query.text != nil {
      throw DutiesError.invalidRequest(
        path: path, reason: "cannot search for \"\(query.text ?? "")\": \(error.message ?? "bad query")")
    }
    let decoder = JSONDecoder()
    return try rows.map { row in
      let json: String = row["json"]
      return IndexedObligation(
        source: row["path"], title: row["title"],
        obligation: try decoder.decode(Obligation.self, from: Data(json.utf8)))
    }
  }

  /// `text` as a literal inside a `LIKE` pattern escaped with a backslash: `%` and `_` match
  /// themselves, not any text and any character.
  static func likeLiteral(_ text: String) -> String {
    var result = ""
    for character in text {
      if character == "%" || character == "_" || character == "\\" { result.append("\\") }
      result.append(character)
    }
    return result
  }
}
