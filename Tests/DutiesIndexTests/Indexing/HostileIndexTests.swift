import Duties
import DutiesTestSupport
import Foundation
import GRDB
import Testing

@testable import DutiesIndex

/// A corpus holds a few damaged or hostile files: the run goes on, reports each with its true
/// reason, and never reads without a bound (issue #28).
@Suite struct HostileIndexTests {
  @Test func damagedZipsPipesDevicesAndBadNamesAreFailuresAndTheRunGoesOn() async throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("The council must publish a plan.\n", to: "docs/good.md")
    let damaged = HostileFiles.zip(
      [.stored("word/document.xml", "<w:document/>")], directoryOffsetShift: 4_000)
    try folder.write(Data(damaged), to: "docs/damaged.docx")
    try folder.write(Data(damaged), to: "docs/damaged-named.txt")
    #expect(mkfifo(folder.path("docs/pipe.md"), 0o644) == 0)
    try FileManager.default.createSymbolicLink(
      atPath: folder.path("docs/zero.txt"), withDestinationPath: "/dev/zero")
    let name = Array(folder.path("docs").utf8) + Array("/caf".utf8) + [0xE9, 0x2E, 0x6D, 0x64, 0]
    let descriptor = name.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
    }
    close(descriptor)

    let index = try CorpusIndex(path: folder.path("index.sqlite"), create: true)
    let report = try await index.index([folder.path("docs")], options: IndexOptions(jobs: 2))
    #expect(report.files == 6)
    #expect(report.added == 1)
    let messages = Dictionary(uniqueKeysWithValues: report.failures.map { ($0.path, $0.message) })
    #expect(messages.count == 5)
    #expect(messages[folder.path("docs/damaged.docx")]?.contains("not a readable zip file") == true)
    #expect(messages[folder.path("docs/damaged-named.txt")]?.contains("not a readable zip file") == true)
    #expect(
      messages[folder.path("docs/pipe.md")]?.hasSuffix("not a regular file (a named pipe)") == true)
    #expect(
      messages[folder.path("docs/zero.txt")]?.hasSuffix("not a regular file (a character device)")
        == true)
    #expect(messages[folder.path("docs") + "/caf\\xE9.md"]?.contains("not valid UTF-8") == true)
    // The next run finds the same failures and nothing else changed.
    let again = try await index.index([folder.path("docs")], options: IndexOptions(jobs: 2))
    #expect(again.failures.count == 5)
    #expect(again.unchanged == 1)
  }

  /// A file swapped for a link to /dev/zero after the walk is refused unread, not read for ever.
  @Test func aFileSwappedForADeviceIsNotRead() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write("The council must publish a plan.\n", to: "note.md")
    let snapshot = FileSnapshot(path: path, size: 33, modified: 0)
    try FileManager.default.removeItem(atPath: path)
    let gone = FileOutcome.process(snapshot, knownHash: nil, reader: DocumentReader())
    guard case .failed(_, _, let message) = gone else {
      Issue.record("expected a failure, got \(gone)")
      return
    }
    #expect(message == path + ": error: no such file or directory: removed or renamed during the run")
    try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/dev/zero")
    let device = FileOutcome.process(snapshot, knownHash: nil, reader: DocumentReader(maximumBytes: 1 << 20))
    guard case .failed(_, _, let deviceMessage) = device else {
      Issue.record("expected a failure, got \(device)")
      return
    }
    #expect(deviceMessage == path + ": error: not a regular file (a character device)")
  }

  @Test func anotherProgramsDatabaseIsRefusedBeforeAnythingIsWritten() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.path("other.sqlite")
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
      try db.execute(sql: "CREATE TABLE note (body TEXT); INSERT INTO note VALUES ('x')")
    }
    try queue.close()
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect {
      try CorpusIndex(path: path, create: true)
    } throws: { error in
      "\(error)".contains("not a corpus index but another program's database (tables: note)")
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
  }

  /// Opened for reading, a database of an older schema is not migrated (nothing is written).
  @Test func readingNeverMigrates() async throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.path("old.sqlite")
    let queue = try DatabaseQueue(path: path)
    try IndexSchema.migrator.migrate(
      queue, upTo: "v1: documents, sections, obligations, parties, failures, search")
    try queue.close()
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect {
      try CorpusIndex(path: path, readOnly: true)
    } throws: { error in
      "\(error)".contains("written by an older version of duties")
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    #expect(try await CorpusIndex(path: path).appliedMigrations().count == 3)
    #expect(try await CorpusIndex(path: path, readOnly: true).appliedMigrations().count == 3)
  }

  @Test(arguments: TestStore.available) func percentAndUnderscoreInFiltersMatchThemselves(_ store: TestStore)
    async throws
  {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("The council must publish a plan.\nThe board must keep records.\n", to: "docs/note.txt")
    let index = try await store.open(in: folder)
    _ = try await index.index([folder.path("docs")])
    #expect(try await index.obligations(matching: ObligationQuery()).count == 2)
    #expect(try await index.obligations(matching: ObligationQuery(bearer: "%")).isEmpty)
    #expect(try await index.obligations(matching: ObligationQuery(bearer: "_")).isEmpty)
    #expect(try await index.obligations(matching: ObligationQuery(bearer: "counc")).count == 1)
    #expect(try await index.obligations(matching: ObligationQuery(document: "%")).isEmpty)
    #expect(try await index.obligations(matching: ObligationQuery(document: "note")).count == 2)
  }

  /// A second indexer started beside a first skips the files the first has committed since.
  @Test func aSecondIndexerSkipsWhatTheFirstCommitted() async throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    for number in 1...6 {
      try folder.write("Council \(number) must publish a plan.\n", to: "docs/note-\(number).txt")
    }
    let database = folder.path("index.sqlite")
    let second = try CorpusIndex(path: database, create: true)
    let first = Once()
    // After its first file, the other indexer (another process) does the whole folder.
    let report = try await second.index([folder.path("docs")], options: IndexOptions(jobs: 1)) { _ in
      guard first.take() else { return }
      let run = try? CommandRunner.run(["corpus", "index", folder.path("docs"), "--db", database, "--quiet"])
      #expect(run?.status == 0)
    }
    #expect(report.added == 1)
    #expect(report.unchanged == 5)
    #expect(try await second.statistics().documents == 6)
  }
}

/// True the first time it is taken, false after.
private final class Once: @unchecked Sendable {
  private let lock = NSLock()
  private var taken = false

  func take() -> Bool {
    lock.withLock {
      defer { taken = true }
      return !taken
    }
  }
}
