import Duties

extension CorpusIndex {
  /// The obligations that answer `query`, by document path and then document order.
  ///
  /// - Throws: `DutiesError.invalidRequest(path:reason:)` for a full-text query that cannot be
  ///   parsed.
  public func obligations(matching query: ObligationQuery) async throws -> [IndexedObligation] {
    try await store.obligations(matching: query)
  }
}
