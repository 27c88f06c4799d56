import Duties
import Foundation
import PostgresNIO

extension PostgresStore {
  func obligations(matching query: ObligationQuery) async throws -> [IndexedObligation] {
    var statement = PostgresStatement()
    var clauses: [String] = []
    if !query.kinds.isEmpty {
      clauses.append("o.kind = ANY(\(try statement.bind(query.kinds.map(\.rawValue)))::text[])")
    }
    if let bearer = query.bearer?.trimmingCharacters(in: .whitespaces), !bearer.isEmpty {
      let normalized = Party.normalizedName(bearer) ?? bearer.lowercased()
      // The name and its usual acronym: "primary care trusts" also finds bearers written "PCTs".
      let names = try BearerSuccession.aliases(of: normalized).map { name in
        "lower(p.name) = lower(\(try statement.bind(name))) OR p.name ILIKE '%' || "
          + "\(try statement.bind(ObligationQuery.likeLiteral(name))) || '%'"
      }
      clauses.append(
        """
        (EXISTS (SELECT 1 FROM duties.party p WHERE p.obligation_id = o.id AND p.role = 'bearer'
           AND (\(names.joined(separator: " OR "))))
         OR o.bearer ILIKE '%' || \(try statement.bind(ObligationQuery.likeLiteral(bearer))) || '%')
        """)
    }
    if let text = query.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
      do {
        var bound: [String] = []
        let expression = try PostgresSearch.expression(text) { value in
          bound.append(value)
          return "$\(statement.count + bound.count)"
        }
        for value in bound { _ = try statement.bind(value) }
        clauses.append("o.search @@ \(expression)")
      } catch let error as PostgresSearch.Unreadable {
        throw DutiesError.invalidRequest(
          path: location, reason: "cannot search for \"\(text)\": \(error.reason)")
      }
    }
    if let pattern = query.document, !pattern.isEmpty {
      if pattern.contains(where: { "*?[".contains($0) }) {
        clauses.append("d.path ~ \(try statement.bind(Self.globExpression(pattern)))")
      } else {
        let literal = try statement.bind(ObligationQuery.likeLiteral(pattern))
        clauses.append("(d.path ILIKE '%' || \(literal) || '%' OR d.title ILIKE '%' || \(literal) || '%')")
      }
    }
    var sql = """
      SELECT d.path, d.title, o.json FROM duties.obligation o JOIN duties.document d ON d.id = o.document_id
      \(clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: "\n  AND "))
      ORDER BY d.path COLLATE "C", o.ordinal
      """
    if let limit = query.limit { sql += " LIMIT \(max(0, limit))" }
    let decoder = JSONDecoder()
    return try await run {
      var results: [IndexedObligation] = []
      for try await (path, title, json) in try await reader.checkedQuery(statement.query(sql), logger: logger)
        .decode((String, String?, String).self)
      {
        results.append(
          IndexedObligation(
            source: path, title: title, obligation: try decoder.decode(Obligation.self, from: Data(json.utf8))
          ))
      }
      return results
    }
  }

  /// A path glob (`*`, `?`, `[…]`, as SQLite's GLOB, case-sensitive) as a regular expression that
  /// matches the whole path or its end after a `/`.
  static func globExpression(_ pattern: String) -> String {
    var expression = "^(.*/)?"
    var inClass = false
    for character in pattern {
      switch character {
      case "*" where !inClass: expression += ".*"
      case "?" where !inClass: expression += "."
      case "[" where !inClass:
        inClass = true
        expression += "["
      case "]" where inClass:
        inClass = false
        expression += "]"
      case _ where inClass: expression += character == "\\" ? "\\\\" : String(character)
      case _ where "\\.^$|()+{}".contains(character): expression += "\\" + String(character)
      default: expression.append(character)
      }
    }
    return expression + (inClass ? "]" : "") + "$"
  }

  func seriesEntries() async throws -> [SeriesGrouper.Entry] {
    try await run {
      var entries: [SeriesGrouper.Entry] = []
      for try await (path, title, identifier, version, count) in try await reader.checkedQuery(
        "SELECT path, title, identifier, version, obligation_count FROM duties.document", logger: logger
      ).decode((String, String?, String?, String?, Int).self) {
        entries.append(
          SeriesGrouper.Entry(
            path: path, title: title, identifier: identifier, version: version, obligations: count))
      }
      return entries
    }
  }

  func stored(_ documentPath: String) async throws -> (SourceInfo, [Obligation]) {
    try await run {
      let rows = try await reader.checkedQuery(
        """
        SELECT id, path, format, title, identifier, version, content_hash, commencements
        FROM duties.document WHERE path = \(documentPath)
        """, logger: logger
      ).collect()
      guard let row = rows.first else {
        throw DutiesError.invalidRequest(path: location, reason: "\(documentPath) is not in the index")
      }
      let (id, path, format, title, identifier, version, hash, commencements) = try row.decode(
        (Int, String, String, String?, String?, String?, String, String?).self)
      var info = SourceInfo(
        path: path, format: format, title: title, identifier: identifier, version: version, sha256: hash)
      let decoder = JSONDecoder()
      if let commencements {
        info.commencements = try decoder.decode([Commencement].self, from: Data(commencements.utf8))
      }
      var obligations: [Obligation] = []
      for try await json in try await reader.checkedQuery(
        "SELECT json FROM duties.obligation WHERE document_id = \(id) ORDER BY ordinal", logger: logger
      ).decode(String.self) {
        obligations.append(try decoder.decode(Obligation.self, from: Data(json.utf8)))
      }
      return (info, obligations)
    }
  }
}

/// SQL written piece by piece with its parameters, each bound as `$n` in turn.
struct PostgresStatement {
  private var binds = PostgresBindings()
  private(set) var count = 0

  /// Binds `value`, returning its placeholder.
  mutating func bind(_ value: some PostgresThrowingDynamicTypeEncodable) throws -> String {
    try binds.append(value)
    count += 1
    return "$\(count)"
  }

  func query(_ sql: String) -> PostgresQuery {
    PostgresQuery(unsafeSQL: sql, binds: binds)
  }
}
