import DutiesTestSupport
import Testing

@testable import Duties

@Suite struct ObligationTableTests {
  /// Every CSV row has a cell per column; the thing a requirement is on and law already in force that
  /// the document restates have columns of their own, after the older ones.
  @Test func csvRowsNameTheThingAndRestatedLaw() throws {
    let obligations = try ExtractionProbe.obligations(
      "Councils are already required to publish their accounts. The annual plan must include a budget.")
    let rows = ObligationTable.csvRows(obligations, document: "paper.txt")
    let header = ObligationTable.csvHeader
    #expect(Array(header.suffix(3)) == ["subject", "restated", "key"])
    #expect(rows.allSatisfy { $0.count == header.count })
    let restated = try #require(header.firstIndex(of: "restated"))
    let subject = try #require(header.firstIndex(of: "subject"))
    #expect(rows.map { $0[restated] } == ["true", ""])
    #expect(rows.map { $0[subject] } == ["", "the annual plan"])
    #expect(rows.map(\.last) == obligations.map(\.key))
  }
}
