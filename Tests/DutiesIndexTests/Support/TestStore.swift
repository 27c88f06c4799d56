import DutiesIndex
import DutiesTestSupport
import Testing

/// The stores a test runs against: SQLite always, and PostgreSQL when the suite has a server
/// (`scripts/test` starts one and sets `$DUTIES_TEST_POSTGRES`).
enum TestStore: String, CaseIterable, Sendable, CustomTestStringConvertible {
  case sqlite, postgres

  static var available: [TestStore] { ScratchPostgres.serverURL == nil ? [.sqlite] : [.sqlite, .postgres] }

  var testDescription: String { rawValue }

  /// A new, empty index: a file in `folder`, or a database of its own on the test server.
  func open(in folder: TemporaryFolder, name: String = "index") async throws -> CorpusIndex {
    try await CorpusIndex.open(try location(in: folder, name: name), create: true)
  }

  /// Where a new, empty index goes.
  func location(in folder: TemporaryFolder, name: String = "index") throws -> String {
    switch self {
    case .sqlite: folder.path(name + ".sqlite")
    case .postgres: try #require(try ScratchPostgres.create())
    }
  }
}
