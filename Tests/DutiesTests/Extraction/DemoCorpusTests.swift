import Duties
import DutiesTestSupport
import Testing

/// The demo guidance yields the obligations a reader would list by hand.
@Suite struct DemoCorpusTests {
  func obligations(_ path: String) throws -> [Obligation] {
    let document = try DocumentReader().read(path: SharedCorpus.demo(path).path)
    return ObligationExtractor().extract(from: document)
  }

  @Test func firstRevision() throws {
    let all = try obligations("joint-working-guidance/2011-10-guidance.xml")
    // 3.2: the lead-in "Each PCT cluster must—" gives one duty per item.
    let items = all.filter { $0.section.hasPrefix("3 › 3.2 › (") }
    #expect(items.count == 4)
    #expect(items.allSatisfy { $0.kind == .duty && $0.bearer?.parties == ["PCT cluster"] })
    #expect(items[0].timing.map(\.text) == ["by 31 December 2011"])
    // 3.5: an exemption for councils.
    #expect(all.contains { $0.kind == .exemption && $0.bearer?.parties == ["council"] })
    // 5.4: a recommendation with its deadline.
    let review = try #require(all.first { $0.action.hasPrefix("review every section 75 agreement") })
    #expect(review.kind == .recommendation)
    #expect(review.timing.map(\.text) == ["by 31 March 2012"])
    // Nothing is extracted from the background or the definitions.
    #expect(!all.contains { $0.sentence.contains("may take time") })
    #expect(all.allSatisfy { !$0.action.isEmpty })
  }

  @Test func revisedGuidanceAddsTheCareTrustDuty() throws {
    let all = try obligations("joint-working-guidance/2011-11-guidance-revised.md")
    let duty = try #require(all.first { $0.bearer?.parties == ["single executive team"] && $0.kind == .duty })
    #expect(duty.action.hasPrefix("contain an individual who has experience of the health-related functions"))
    #expect(duty.conditions == [Condition(kind: .where, text: "where there is one or more Care Trust")])
    #expect(duty.section == "4 › 4.4")
    let joint = try #require(all.first { $0.bearer?.parties.count == 4 })
    #expect(
      joint.bearer?.parties == ["strategic health authority", "PCT cluster", "primary care trust", "council"])
  }

  @Test func whitePaperCommitmentsAndDuties() throws {
    let all = try obligations("integration-papers/2006-01-white-paper.txt")
    let fromApril = try #require(all.first { $0.timing.contains { $0.kind == .start } })
    #expect(fromApril.kind == .duty)
    #expect(fromApril.bearer?.parties == ["primary care trust"] || fromApril.bearer?.parties == ["PCT"])
  }
}
