import Duties
import DutiesIndex
import DutiesTestSupport
import Foundation
import Testing

@Suite struct CorpusIndexingTests {
  /// A folder with the demo guidance pair, a malformed XML file and binary junk.
  func makeCorpus() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try folder.copy(
      SharedCorpus.demo("joint-working-guidance/2011-10-guidance.xml"), to: "docs/guidance-2011-10.xml")
    try folder.copy(
      SharedCorpus.demo("joint-working-guidance/2011-11-guidance-revised.md"), to: "docs/guidance-2011-11.md")
    try folder.write(
      "Each council must publish a plan.\n\nA provider may charge a fee.\n", to: "docs/note.txt")
    try folder.write("<?xml version=\"1.0\"?>\n<root>\n  <p>Open\n</root>\n", to: "docs/broken.xml")
    try folder.write(Data([0x00, 0xFF, 0xFE, 0x00, 0x01, 0x02, 0x89, 0x50]), to: "docs/junk.txt")
    return folder
  }

  @Test(arguments: TestStore.available) func indexesGoodFilesAndRecordsBadOnes(_ store: TestStore)
    async throws
  {
    let folder = try makeCorpus()
    defer { folder.remove() }
    let index = try await store.open(in: folder)
    let report = try await index.index([folder.path("docs")], options: IndexOptions(jobs: 2))
    #expect(report.files == 5)
    #expect(report.added == 3)
    // Malformed XML and binary junk are recorded with their errors.
    #expect(report.failures.map(\.path) == [folder.path("docs/broken.xml"), folder.path("docs/junk.txt")])
    #expect(report.failures.last?.message.contains("binary data") == true)
    let failure = try #require(report.failures.first)
    #expect(failure.message.hasPrefix(folder.path("docs/broken.xml") + ":4:"))
    #expect(failure.message.contains(": error: "))
    let statistics = try await index.statistics()
    #expect(statistics.documents == 3)
    #expect(statistics.obligations == report.obligations)
    #expect(statistics.obligations > 50)
    #expect(statistics.failures.count == 2)
    #expect(statistics.kinds.first?.name == "duty")
  }

  @Test(arguments: TestStore.available) func reindexingSkipsUnchangedFilesAndFollowsChanges(
    _ store: TestStore
  ) async throws {
    let folder = try makeCorpus()
    defer { folder.remove() }
    let index = try await store.open(in: folder)
    _ = try await index.index([folder.path("docs")])
    let again = try await index.index([folder.path("docs")])
    #expect(again.added == 0 && again.updated == 0 && again.removed == 0)
    #expect(again.unchanged == 3)  // the bad files are read again (they may have been fixed) and still fail
    #expect(again.failures.count == 2)

    // Same content, new time: hashed, not extracted again. New content: replaced. Gone: removed.
    let note = folder.path("docs/note.txt")
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: note)
    try folder.write(
      "<?xml version=\"1.0\"?>\n<root><p>The board must meet.</p></root>\n", to: "docs/broken.xml")
    try FileManager.default.removeItem(atPath: folder.path("docs/junk.txt"))
    let third = try await index.index([folder.path("docs")])
    #expect(third.unchanged == 3)
    #expect(third.added == 1)
    #expect(third.removed == 1)
    #expect(third.failures.isEmpty)
    let fixed = try await index.obligations(matching: ObligationQuery(document: "broken.xml"))
    #expect(fixed.map(\.obligation.action) == ["meet"])
  }

  @Test(arguments: TestStore.available) func unreadableAndOversizedFilesAreRecordedAndTheRunGoesOn(
    _ store: TestStore
  ) async throws {
    let folder = try makeCorpus()
    defer { folder.remove() }
    let note = folder.path("docs/note.txt")
    try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: note)
    let index = try await store.open(in: folder)
    let report = try await index.index([folder.path("docs")], options: IndexOptions(maximumBytes: 4096))
    let messages = report.failures.map(\.message)
    // The two guidance files are larger than the limit.
    #expect(messages.filter { $0.contains("more than the limit of 4 KiB") }.count == 2)
    if getuid() != 0 {  // root reads files whatever their permissions
      #expect(messages.contains { $0.hasPrefix(note + ": error:") })
    }
    #expect(report.added >= 1)
    #expect(report.failures.count + report.added == 5)
  }

  @Test(arguments: TestStore.available) func resultsDoNotDependOnTheNumberOfJobs(_ store: TestStore)
    async throws
  {
    let folder = try makeCorpus()
    defer { folder.remove() }
    var exports: [String] = []
    for jobs in [1, 3] {
      let index = try await store.open(in: folder, name: "index-\(jobs)")
      _ = try await index.index([folder.path("docs")], options: IndexOptions(jobs: jobs))
      var text = ""
      try await index.export(.jsonl) { text += $0 }
      exports.append(text)
    }
    #expect(exports[0] == exports[1])
    #expect(exports[0].contains("\"record\":\"failure\""))
    #expect(exports[0].contains("\"record\":\"document\""))
  }

  @Test(arguments: TestStore.available) func cancellingStopsAfterTheFilesInFlight(_ store: TestStore)
    async throws
  {
    let folder = try makeCorpus()
    defer { folder.remove() }
    let index = try await store.open(in: folder)
    let task = Task {
      withUnsafeCurrentTask { $0?.cancel() }
      return try await index.index([folder.path("docs")], options: IndexOptions(jobs: 1))
    }
    let report = try await task.value
    #expect(report.interrupted)
    #expect(report.added + report.failures.count <= 1)
    let resumed = try await index.index([folder.path("docs")])
    #expect(!resumed.interrupted)
    #expect(try await index.statistics().documents == 3)
  }
}
