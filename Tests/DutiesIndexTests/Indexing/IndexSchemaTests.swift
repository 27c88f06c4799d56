import Duties
import DutiesTestSupport
import Foundation
import GRDB
import Testing

@testable import DutiesIndex

@Suite struct IndexSchemaTests {
  @Test(arguments: TestStore.available) func migrationsAreRecordedInTheDatabase(_ store: TestStore)
    async throws
  {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let location = try store.location(in: folder)
    let index = try await CorpusIndex.open(location, create: true)
    let applied = try await index.appliedMigrations()
    #expect(applied.first?.hasPrefix("v1") == true)
    await index.close()
    // Opening again applies nothing twice.
    let again = try await CorpusIndex.open(location)
    #expect(try await again.appliedMigrations() == applied)
    await again.close()
  }

  @Test func missingAndForeignDatabasesAreClearErrors() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    #expect {
      try CorpusIndex(path: folder.path("none.sqlite"))
    } throws: { error in
      "\(error)".contains("none.sqlite: error: no corpus index here")
    }
    let junk = try folder.write(
      "this is not a database, just text that goes on for a while\n", to: "junk.sqlite")
    #expect {
      try CorpusIndex(path: junk)
    } throws: { error in
      "\(error)".contains("junk.sqlite: error: not a corpus index")
    }
  }
}

@Suite struct IndexSchemaVersionTests {
  @Test func databaseFromANewerVersionIsRefused() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.path("index.sqlite")
    _ = try CorpusIndex(path: path, create: true)
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
      try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')")
    }
    try queue.close()
    #expect {
      try CorpusIndex(path: path)
    } throws: { error in
      "\(error)".contains("written by a newer version of duties")
    }
  }
}

@Suite struct IndexUpgradeTests {
  @Test func aDatabaseFromTheFirstVersionOpensAndIsReExtracted() async throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let note = try folder.write("Each council must publish a plan.\n", to: "docs/note.txt")
    let path = folder.path("old.sqlite")
    // What version 0.1.0 wrote: the v1 schema and a row without an extractor version.
    let queue = try DatabaseQueue(path: path)
    try IndexSchema.migrator.migrate(
      queue, upTo: "v1: documents, sections, obligations, parties, failures, search")
    let attributes = try FileManager.default.attributesOfItem(atPath: note)
    let modified = (attributes[.modificationDate] as! Date).timeIntervalSince1970
    try await queue.write { db in
      try db.execute(
        sql: """
          INSERT INTO document (path, contentHash, size, modified, format, obligationCount, indexedAt)
          VALUES (?, 'old', ?, ?, 'text', 0, '2026-01-01T00:00:00Z')
          """, arguments: [note, 34, modified])
    }
    try queue.close()

    let index = try CorpusIndex(path: path)
    #expect(try await index.appliedMigrations().count == 3)
    let report = try await index.index([folder.path("docs")])
    // Same size and time, but extracted by an older version: extracted again.
    #expect(report.updated == 1)
    #expect(report.obligations == 1)
    let again = try await index.index([folder.path("docs")])
    #expect(again.unchanged == 1)
  }
}

/// When a document starts to apply is kept in the index, and a series reports it moving.
@Suite struct IndexCommencementTests {
  @Test(arguments: TestStore.available) func commencementsAreStoredAndCompared(_ store: TestStore)
    async throws
  {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    func policy(_ date: String, _ start: String) -> String {
      "---\ntitle: Waste policy\ndate: \(date)\n---\nThis policy takes effect on \(start).\n\n"
        + "The council must publish a plan.\n"
    }
    let old = try folder.write(policy("2025-10-01", "1 January 2026"), to: "docs/policy-v1.md")
    let new = try folder.write(policy("2026-01-15", "1 April 2026"), to: "docs/policy-v2.md")
    let index = try await store.open(in: folder)
    _ = try await index.index([folder.path("docs")])
    let (info, _) = try await index.store.stored(old)
    #expect(info.commencements?.map(\.when) == ["1 January 2026"])
    #expect(try await index.store.stored(new).0.commencements?.first?.scope == "This policy")
    let series = try #require(try await index.series().first)
    let comparison = try #require(try await index.changes(in: series).first)
    #expect(
      comparison.commencementChanges?.map(\.description) == [
        "Commencement changed: This policy takes effect on 1 January 2026 → takes effect on 1 April 2026."
      ])
  }
}
