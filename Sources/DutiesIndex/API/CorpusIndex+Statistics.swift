import Duties

extension CorpusIndex {
  /// Documents by format, obligations by kind, the parties with most duties, series and failures.
  ///
  /// - Parameter bearers: how many parties to list.
  public func statistics(bearers: Int = 15) async throws -> CorpusStatistics {
    var statistics = try await store.statistics(bearers: bearers)
    statistics.series = try await series().count
    return statistics
  }
}
