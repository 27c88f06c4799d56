import Duties
import DutiesIndex
import DutiesTestSupport
import Foundation
import Testing

@testable import DutiesIndex

@Suite struct IndexShardTests {
  @Test func readsKOfNAndRefusesWhatIsOutOfRange() {
    #expect(IndexShard("2/4") == IndexShard(number: 2, of: 4))
    #expect(IndexShard("2/4")?.description == "2/4")
    for bad in ["0/4", "5/4", "1/0", "1", "a/b", "1/2/3", "-1/2", ""] {
      #expect(IndexShard(bad) == nil, "\(bad)")
    }
  }

  @Test func everyFileIsInExactlyOneShardAndTheSplitIsEven() throws {
    let paths = (0..<2_000).map { "guidance/\($0 / 100)/note-\($0).md" }
    for count in [1, 2, 3, 4] {
      let shards = (1...count).map { try! #require(IndexShard(number: $0, of: count)) }
      var sizes = Array(repeating: 0, count: count)
      for path in paths {
        let owners = shards.indices.filter { shards[$0].contains(relativePath: path) }
        #expect(owners.count == 1, "\(path)")
        if let owner = owners.first { sizes[owner] += 1 }
      }
      #expect(sizes.allSatisfy { abs($0 - paths.count / count) < paths.count / count / 5 }, "\(sizes)")
    }
  }

  /// The hash is FNV-1a: the same on every machine and in every process (a worker started
  /// tomorrow on another machine agrees with one started today).
  @Test func theHashIsStable() {
    #expect(IndexShard.hash("") == 0xcbf2_9ce4_8422_2325)
    #expect(IndexShard.hash("a") == 0xaf63_dc4c_8601_ec8c)
    #expect(IndexShard.hash("foobar") == 0x85944171f73967e8)
  }

  @Test func aPathIsTakenRelativeToTheFolderItWasFoundUnder() {
    let roots = ["/data/statutes", "/data", "/srv/one.md"]
    #expect(IndexShard.relativePath("/data/statutes/uk/a.xml", roots: roots) == "uk/a.xml")
    #expect(IndexShard.relativePath("/data/guidance/b.md", roots: roots) == "guidance/b.md")
    #expect(IndexShard.relativePath("/srv/one.md", roots: roots) == "one.md")
  }

  /// A run of one shard adds, replaces and removes only that shard's files; the other shard's
  /// run does the rest.
  @Test(arguments: TestStore.available) func aShardsRunTouchesOnlyItsOwnFiles(_ store: TestStore) async throws
  {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    for number in 1...12 {
      try folder.write("Council \(number) must publish a plan.\n", to: "docs/note-\(number).txt")
    }
    let index = try await store.open(in: folder)
    let first = try #require(IndexShard("1/2"))
    let second = try #require(IndexShard("2/2"))
    let one = try await index.index([folder.path("docs")], options: IndexOptions(shard: first))
    let two = try await index.index([folder.path("docs")], options: IndexOptions(shard: second))
    #expect(one.files > 0 && two.files > 0 && one.files + two.files == 12)
    #expect(try await index.statistics().documents == 12)

    let mine = (1...12).filter { first.contains(relativePath: "note-\($0).txt") }
    let theirs = (1...12).filter { !mine.contains($0) }
    for number in [mine[0], theirs[0]] {
      try FileManager.default.removeItem(atPath: folder.path("docs/note-\(number).txt"))
    }
    let again = try await index.index([folder.path("docs")], options: IndexOptions(shard: first))
    #expect(again.removed == 1)
    #expect(again.obligations == mine.count - 1)
    #expect(try await index.statistics().documents == 11)
    #expect(try await index.index([folder.path("docs")], options: IndexOptions(shard: second)).removed == 1)
    #expect(try await index.statistics().documents == 10)
    await index.close()
  }

  /// Two workers that mount one corpus at different paths, each with its shard, store it under one
  /// name: together they index it as one run does, and a run from either mount finds it current.
  @Test(arguments: TestStore.available) func workersMountingTheCorpusAtDifferentPathsShareOneIndex(
    _ store: TestStore
  ) async throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    for mount in ["one", "two"] {
      for number in 1...8 {
        try folder.write("Council \(number) must publish a plan.\n", to: "\(mount)/acts/note-\(number).txt")
      }
    }
    let index = try await store.open(in: folder)
    let first = try await index.index(
      [folder.path("one")], options: IndexOptions(shard: IndexShard("1/2"), storedAs: "team/corpus/"))
    let second = try await index.index(
      [folder.path("two")], options: IndexOptions(shard: IndexShard("2/2"), storedAs: "team/corpus"))
    #expect(first.added + second.added == 8 && first.removed + second.removed == 0)
    let found = try await index.obligations(matching: ObligationQuery())
    #expect(found.map(\.source) == (1...8).map { "team/corpus/acts/note-\($0).txt" }.sorted())
    #expect(found.map(\.obligation.location.path) == found.map(\.source))
    let again = try await index.index([folder.path("two")], options: IndexOptions(storedAs: "team/corpus"))
    #expect(again.unchanged == 8 && again.added + again.updated + again.removed == 0)

    // A file given as the root is that one document: the rest stored under the name stay.
    let one = try await index.index(
      [folder.path("one/acts/note-3.txt")], options: IndexOptions(storedAs: "team/corpus/acts"))
    #expect(one.files == 1 && one.unchanged == 1 && one.removed == 0)
    #expect(try await index.statistics().documents == 8)

    // A file that cannot be read is named as it is stored, not where this worker found it. (The
    // files of this mount have other times than the other's: they are read again, and too large.)
    try folder.write(String(repeating: "Council must act. ", count: 4), to: "one/acts/long.txt")
    let failed = try await index.index(
      [folder.path("one")], options: IndexOptions(maximumBytes: 20, storedAs: "team/corpus"))
    #expect(failed.failures.map(\.path).contains("team/corpus/acts/long.txt"))
    #expect(failed.failures.allSatisfy { $0.message.hasPrefix($0.path + ": error: ") })
    await index.close()
  }

  @Test func aStoredNameIsAPathOfNamesForOneFolder() throws {
    #expect(try IndexScope(roots: ["/srv/acts"], shard: nil, storedAs: "acts/").roots == ["acts"])
    #expect(
      try IndexScope(roots: ["/srv/acts"], shard: nil, storedAs: "team/uk acts").roots == ["team/uk acts"])
    // An absolute name could be the real path of documents indexed without one.
    for bad in ["", "/", "/data/acts", " ", "acts/ /uk", "../acts", "acts/./uk", "a//b"] {
      #expect(throws: DutiesError.self, "\(bad)") {
        try IndexScope(roots: ["/srv/acts"], shard: nil, storedAs: bad)
      }
    }
    #expect(throws: DutiesError.self) { try IndexOptions(storedAs: "acts").check(roots: ["/a", "/b"]) }
  }
}
