import Duties
import GRDB

extension CorpusIndex {
  /// Documents by format, obligations by kind, the parties with most duties, series and failures.
  ///
  /// - Parameter bearers: how many parties to list.
  public func statistics(bearers: Int = 15) throws -> CorpusStatistics {
    let seriesCount = try series().count
    return try pool.read { db in
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
        series: seriesCount, failures: failures)
    }
  }
}
