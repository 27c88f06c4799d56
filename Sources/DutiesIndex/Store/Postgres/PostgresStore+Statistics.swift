import Duties
import PostgresNIO

extension PostgresStore {
  func statistics(bearers: Int) async throws -> CorpusStatistics {
    // One snapshot, as SQLite reads the counts in one transaction.
    try await run {
      try await reader.transaction(logger: logger, snapshot: true) { _ in try await counts(bearers: bearers) }
    }
  }

  private func counts(bearers: Int) async throws -> CorpusStatistics {
    do {
      let counts = try await reader.checkedQuery(
        "SELECT (SELECT count(*) FROM duties.document), (SELECT count(*) FROM duties.obligation)",
        logger: logger
      ).collect()
      let (documents, obligations) = try counts.first?.decode((Int, Int).self) ?? (0, 0)
      var formats: [CorpusStatistics.Count] = []
      for try await (format, count) in try await reader.checkedQuery(
        #"SELECT format, count(*) AS n FROM duties.document GROUP BY format ORDER BY n DESC, format COLLATE "C""#,
        logger: logger
      ).decode((String, Int).self) {
        formats.append(CorpusStatistics.Count(name: format, count: count))
      }
      var byKind: [String: Int] = [:]
      for try await (kind, count) in try await reader.checkedQuery(
        "SELECT kind, count(*) FROM duties.obligation GROUP BY kind", logger: logger
      ).decode((String, Int).self) {
        byKind[kind] = count
      }
      let kinds = ObligationKind.allCases.compactMap { kind in
        byKind[kind.rawValue].map { CorpusStatistics.Count(name: kind.rawValue, count: $0) }
      }
      let binding = ObligationKind.allCases.filter(\.isBinding).map(\.rawValue)
      var parties: [CorpusStatistics.Bearer] = []
      for try await (name, bindingCount, total, documentCount) in try await reader.checkedQuery(
        """
        SELECT p.name, count(*) FILTER (WHERE o.kind = ANY(\(binding))) AS binding, count(*) AS total,
               count(DISTINCT o.document_id) AS documents
        FROM duties.party p JOIN duties.obligation o ON o.id = p.obligation_id
        WHERE p.role = 'bearer'
        GROUP BY p.name
        ORDER BY binding DESC, total DESC, p.name COLLATE "C"
        LIMIT \(bearers)
        """, logger: logger
      ).decode((String, Int, Int, Int).self) {
        parties.append(
          CorpusStatistics.Bearer(party: name, binding: bindingCount, total: total, documents: documentCount))
      }
      return CorpusStatistics(
        documents: documents, obligations: obligations, formats: formats, kinds: kinds, bearers: parties,
        series: 0, failures: try await failures())
    }
  }
}
