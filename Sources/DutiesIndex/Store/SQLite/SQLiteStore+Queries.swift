import Duties
import Foundation
import GRDB

extension SQLiteStore {
  func obligations(matching query: ObligationQuery) async throws -> [IndexedObligation] {
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
      for name in names { _ = arguments.append(contentsOf: [name, ObligationQuery.likeLiteral(name)]) }
      _ = arguments.append(contentsOf: [ObligationQuery.likeLiteral(bearer)])
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
        _ = arguments.append(contentsOf: [
          ObligationQuery.likeLiteral(pattern), ObligationQuery.likeLiteral(pattern),
        ])
      }
    }
    var sql = """
      SELECT d.path, d.title, o.json FROM obligation o JOIN document d ON d.id = o.documentId
      \(clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: "\n  AND "))
      ORDER BY d.path, o.ordinal
      """
    if let limit = query.limit { sql += " LIMIT \(max(0, limit))" }
    let (statement, values) = (sql, arguments)
    let rows: [(path: String, title: String?, json: String)]
    do {
      rows = try await onThread {
        try self.pool.read { db in
          try Row.fetchAll(db, sql: statement, arguments: values).map {
            ($0["path"], $0["title"], $0["json"])
          }
        }
      }
    } catch let error as DatabaseError where query.text != nil {
      throw DutiesError.invalidRequest(
        path: path, reason: "cannot search for \"\(query.text ?? "")\": \(error.message ?? "bad query")")
    }
    let decoder = JSONDecoder()
    return try rows.map { row in
      IndexedObligation(
        source: row.path, title: row.title,
        obligation: try decoder.decode(Obligation.self, from: Data(row.json.utf8)))
    }
  }

  func statistics(bearers: Int) async throws -> CorpusStatistics {
    try await onThread {
      try self.pool.read { db in
        let documents = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document") ?? 0
        let obligations = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM obligation") ?? 0
        let formats = try Row.fetchAll(
          db, sql: "SELECT format, COUNT(*) AS n FROM document GROUP BY format ORDER BY n DESC, format"
        )
        .map { CorpusStatistics.Count(name: $0["format"], count: $0["n"]) }
        var byKind: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT kind, COUNT(*) AS n FROM obligation GROUP BY kind") {
          byKind[row["kind"]] = row["n"]
        }
        let kinds = ObligationKind.allCases.compactMap { kind in
          byKind[kind.rawValue].map { CorpusStatistics.Count(name: kind.rawValue, count: $0) }
        }
        let binding = ObligationKind.allCases.filter(\.isBinding).map { "'\($0.rawValue)'" }.joined(
          separator: ", ")
        let parties = try Row.fetchAll(
          db,
          sql: """
            SELECT p.name,
                   SUM(o.kind IN (\(binding))) AS binding,
                   COUNT(*) AS total,
                   COUNT(DISTINCT o.documentId) AS documents
            FROM party p JOIN obligation o ON o.id = p.obligationId
            WHERE p.role = 'bearer'
            GROUP BY p.name
            ORDER BY binding DESC, total DESC, p.name
            LIMIT ?
            """, arguments: [bearers]
        )
        .map {
          CorpusStatistics.Bearer(
            party: $0["name"], binding: $0["binding"], total: $0["total"], documents: $0["documents"])
        }
        let failures = try Row.fetchAll(db, sql: "SELECT path, message FROM failure ORDER BY path")
          .map { IndexReport.Failure(path: $0["path"], message: $0["message"]) }
        return CorpusStatistics(
          documents: documents, obligations: obligations, formats: formats, kinds: kinds, bearers: parties,
          series: 0, failures: failures)
      }
    }
  }

  func seriesEntries() async throws -> [SeriesGrouper.Entry] {
    try await onThread {
      try self.pool.read { db in
        try Row.fetchAll(db, sql: "SELECT path, title, identifier, version, obligationCount FROM document")
          .map {
            SeriesGrouper.Entry(
              path: $0["path"], title: $0["title"], identifier: $0["identifier"], version: $0["version"],
              obligations: $0["obligationCount"])
          }
      }
    }
  }

  /// A document's description and obligations as stored.
  func stored(_ documentPath: String) async throws -> (SourceInfo, [Obligation]) {
    try await onThread {
      try self.pool.read { db in
        guard
          let row = try Row.fetchOne(
            db,
            sql:
              "SELECT id, path, format, title, identifier, version, contentHash, commencements FROM document "
              + "WHERE path = ?",
            arguments: [documentPath])
        else {
          throw DutiesError.invalidRequest(path: self.path, reason: "\(documentPath) is not in the index")
        }
        var info = SourceInfo(
          path: row["path"], format: row["format"], title: row["title"], identifier: row["identifier"],
          version: row["version"], sha256: row["contentHash"])
        let decoder = JSONDecoder()
        if let json: String = row["commencements"] {
          info.commencements = try decoder.decode([Commencement].self, from: Data(json.utf8))
        }
        let obligations = try String.fetchAll(
          db, sql: "SELECT json FROM obligation WHERE documentId = ? ORDER BY ordinal", arguments: [row["id"]]
        )
        .map { try decoder.decode(Obligation.self, from: Data($0.utf8)) }
        return (info, obligations)
      }
    }
  }
}
