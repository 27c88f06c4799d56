import Duties
import Foundation

extension CorpusIndex {
  /// The revision series in the index, by id.
  public func series() async throws -> [RevisionSeries] {
    SeriesGrouper.group(try await store.seriesEntries())
  }

  /// The obligation changes between consecutive versions of a series, newest pair first; a duty
  /// borne by the successor of its old bearer (by `successions`) is `bearer-renamed`. Each
  /// comparison lists its changes in `order`.
  ///
  /// The comparison uses the obligations stored at indexing time, so it reflects the index even if
  /// the files have changed since (index again to refresh it).
  public func changes(
    in series: RevisionSeries, successions: BearerSuccession = .england, order: ChangeOrder = .document
  ) async throws -> [DocumentComparison] {
    let differ = RevisionDiffer(successions: successions, order: order)
    var comparisons: [DocumentComparison] = []
    for (old, new) in zip(series.members, series.members.dropFirst()).reversed() {
      let (oldInfo, oldObligations) = try await store.stored(old.path)
      let (newInfo, newObligations) = try await store.stored(new.path)
      comparisons.append(
        DocumentComparison(
          old: oldInfo, new: newInfo, changes: differ.compare(oldObligations, newObligations)))
    }
    return comparisons
  }
}
