import Duties
import DutiesIndex
import DutiesTestSupport
import Foundation
import Testing

@Suite struct CorpusQueryTests {
  /// The demo guidance pair indexed into a fresh database.
  func makeIndex(_ store: TestStore) async throws -> (TemporaryFolder, CorpusIndex) {
    let folder = try TemporaryFolder()
    let index = try await store.open(in: folder)
    _ = try await index.index([SharedCorpus.demo("joint-working-guidance").path])
    return (folder, index)
  }

  @Test(arguments: TestStore.available) func bearerMatchesNormalisedPartiesAndKindsFilter(_ store: TestStore)
    async throws
  {
    let (folder, index) = try await makeIndex(store)
    defer { folder.remove() }
    let all = try await index.obligations(matching: ObligationQuery(bearer: "The PCT Clusters"))
    #expect(!all.isEmpty)
    #expect(all.allSatisfy { ($0.obligation.bearer?.parties ?? []).contains("PCT cluster") })
    let duties = try await index.obligations(
      matching: ObligationQuery(bearer: "PCT clusters", kinds: [.duty]))
    #expect(!duties.isEmpty && duties.count < all.count)
    #expect(duties.allSatisfy { $0.obligation.kind == .duty })
  }

  @Test(arguments: TestStore.available) func fullTextSearchStemsWords(_ store: TestStore) async throws {
    let (folder, index) = try await makeIndex(store)
    defer { folder.remove() }
    let published = try await index.obligations(matching: ObligationQuery(text: "publishing statement"))
    #expect(!published.isEmpty)
    #expect(published.allSatisfy { $0.obligation.sentence.lowercased().contains("publish") })
    let none = try await index.obligations(matching: ObligationQuery(text: "zebra"))
    #expect(none.isEmpty)
    await #expect(throws: DutiesError.self) {
      try await index.obligations(matching: ObligationQuery(text: "\"unbalanced"))
    }
  }

  @Test(arguments: TestStore.available) func documentFilterAndLimit(_ store: TestStore) async throws {
    let (folder, index) = try await makeIndex(store)
    defer { folder.remove() }
    let markdown = try await index.obligations(matching: ObligationQuery(document: "*.md"))
    #expect(!markdown.isEmpty && markdown.allSatisfy { $0.source.hasSuffix(".md") })
    let byTitle = try await index.obligations(matching: ObligationQuery(document: "PCT CLUSTERING", limit: 3))
    #expect(byTitle.count == 3)
  }

  @Test(arguments: TestStore.available) func changesFollowTheRevisionSeries(_ store: TestStore) async throws {
    let (folder, index) = try await makeIndex(store)
    defer { folder.remove() }
    let series = try await index.series()
    #expect(series.count == 1)
    let chain = try #require(series.first)
    #expect(
      chain.members.map { URL(fileURLWithPath: $0.path).lastPathComponent } == [
        "2011-10-guidance.xml", "2011-11-guidance-revised.md",
      ])
    let comparison = try #require(try await index.changes(in: chain).first)
    let kinds = comparison.realChanges.map(\.change.rawValue)
    #expect(kinds.filter { $0 == "added" }.count == 3)
    #expect(kinds.contains("strengthened"))
  }

  @Test(arguments: TestStore.available) func aPolicyCanBeFollowedAcrossPapersByBearerAndWords(
    _ store: TestStore
  )
    async throws
  {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let index = try await store.open(in: folder)
    _ = try await index.index([SharedCorpus.demo("integration-papers").path])
    // "primary care trusts" also finds the white paper's "PCTs", which it does not spell out.
    let found = try await index.obligations(
      matching: ObligationQuery(
        bearer: "primary care trusts", kinds: [.proposal, .commitment, .duty], text: "co-operate"))
    let byDocument = Dictionary(grouping: found) { URL(fileURLWithPath: $0.source).lastPathComponent }
    #expect(byDocument["2005-03-green-paper.md"]?.map(\.obligation.kind) == [.proposal])
    #expect(byDocument["2006-01-white-paper.txt"]?.map(\.obligation.kind) == [.commitment])
    #expect(byDocument["2007-10-guidance.md"]?.first?.obligation.kind == .duty)
    // FTS5 syntax passes through, with hyphenated words quoted.
    #expect(try await !index.obligations(matching: ObligationQuery(text: "co-operate OR pooled")).isEmpty)
  }
}
