import Duties
import Foundation
import GRDB

extension CorpusIndex {
  /// The revision series in the index, by id.
  public func series() throws -> [RevisionSeries] {
    let entries = try pool.read { db in
      try Row.fetchAll(db, sql: "SELECT path, title, identifier, version, obligationCount FROM document")
        .map {
          SeriesGrouper.Entry(
            path: $0["path"], title: $0["title"], identifier: $0["identifier"], version: $0["version"],
            obligations: $0["obligationCount"])
        }
    }
    return SeriesGrouper.group(entries)
  }

  /// The obligation changes between consecutive versions of a series, newest pair first; a duty
  /// borne by the successor of its old bearer (by `successions`) is `bearer-renamed`. Each
  /// comparison lists its changes in `order`.
  ///
  /// The comparison uses the obligations stored at indexing time, so it reflects the index even if
  /// the files have changed since (index again to refresh it).
  public func changes(
    in series: RevisionSeries, successions: BearerSuccession = .england, order: ChangeOrder = .document
  ) throws -> [DocumentComparison] {
    let differ = RevisionDiffer(successions: successions, order: order)
    var comparisons: [DocumentComparison] = []
    for (old, new) in zip(series.members, series.members.dropFirst()).reversed() {
      let (oldInfo, oldObligations) = try stored(old.path)
      let (newInfo, newObligations) = try stored(new.path)
      comparisons.append(
        DocumentComparison(
          old: oldInfo, new: newInfo, changes: differ.compare(oldObligations, newObligations)))
    }
    return comparisons
  }

  /// A document's description and obligations as stored.
  func stored(_ documentPath: String) throws -> (SourceInfo, [Obligation]) {
    try pool.read { db in
      guard
        let row = try Row.fetchOne(
          db,
          sql:
            "SELECT id, path, format, title, identifier, version, contentHash, commencements FROM document "
            + "WHERE path = ?",
          arguments: [documentPath])
      else {
        throw DutiesError.invalidRequest(path: path, reason: "\(documentPath) is not in the index")
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
