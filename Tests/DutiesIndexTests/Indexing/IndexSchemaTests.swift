import Duties
import DutiesIndex
import DutiesTestSupport
import Foundation
import GRDB
import Testing

@Suite struct IndexSchemaTests {
  @Test func migrationsAreRecordedInTheDatabase() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let index = try CorpusIndex(path: folder.path("index.sqlite"), create: true)
    let applied = try index.appliedMigrations()
    #expect(applied.first?.hasPrefix("v1") == true)
    // Opening again applies nothing twice.
    #expect(try CorpusIndex(path: folder.path("index.sqlite")).appliedMigrations() == applied)
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
