import Duties

/// Where a corpus index keeps its rows: an SQLite file (``SQLiteStore``) or a PostgreSQL database
/// (``PostgresStore``). ``CorpusIndex`` does the indexing, the series and the formatting; a store
/// reads and writes rows, and both kinds give the same answers to the same questions.
///
/// Every method may be called from any task. An index run writes one batch (files gone, files that
/// cannot be read) before it starts, then one write at a time, in order, through its ``WriteQueue``.
protocol IndexStore: Sendable {
  /// Where the rows are, as users see it: a file path or a URL without its password.
  var location: String { get }

  /// The schema migrations applied, oldest first.
  func appliedMigrations() async throws -> [String]

  /// Every file the store holds a document or a failure for, by path.
  func knownFiles() async throws -> [String: KnownFile]

  /// Whether the store holds `file` as it is now, extracted by this version of duties.
  func isCurrent(_ file: FileSnapshot) async throws -> Bool

  /// Removes the rows of `paths`, then writes each outcome in place of the rows of its file, all in
  /// one transaction.
  func write(_ outcomes: [FileOutcome], removing paths: [String], at timestamp: String) async throws

  /// The files that could not be indexed, by path.
  func failures() async throws -> [IndexReport.Failure]

  /// How many obligations each document holds, by path.
  func obligationCounts() async throws -> [String: Int]

  /// The obligations that answer `query`, by document path and then document order.
  func obligations(matching query: ObligationQuery) async throws -> [IndexedObligation]

  /// The counts of ``CorpusStatistics``, all but the series (`series` is 0).
  func statistics(bearers: Int) async throws -> CorpusStatistics

  /// What series grouping needs of every document.
  func seriesEntries() async throws -> [SeriesGrouper.Entry]

  /// A document's description and obligations as stored.
  func stored(_ documentPath: String) async throws -> (SourceInfo, [Obligation])

  /// Hands every row of an export to `visit`, in one snapshot of the store: each document by path
  /// followed by its obligations in document order, then the failures by path.
  func export(_ visit: (ExportRow) throws -> Void) async throws

  /// Lets go of the store's connections.
  func close() async
}

/// What a store knows of a file.
struct KnownFile: Sendable, Hashable {
  var hash: String?
  var size: Int
  var modified: Double
  /// Whether it is recorded as a failure.
  var failed: Bool
  /// The version of duties that extracted it (empty for a failure).
  var extractor: String
}

/// A row of an export, as a store hands it over.
enum ExportRow {
  case document(ExportRecord.Document)
  /// An obligation's stored JSON, with its document's path, title and format.
  case obligation(path: String, title: String?, format: String, json: String)
  case failure(IndexReport.Failure)
}
