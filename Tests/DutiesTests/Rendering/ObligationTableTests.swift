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

  /// Text, CSV and JSON cite the same place for each item of a list: the item's own line, with the
  /// lead-in's modal word on its line named in the text (#26).
  @Test func listItemsAreCitedAtTheirOwnLineEverywhere() throws {
    let text = "# Duties\n\nThe council must:\n\n(a) publish a plan;\n\n(b) consult the board.\n"
    let document = try DocumentReader().read(string: text, path: "duties.md")
    let obligations = ObligationExtractor().extract(from: document)
    #expect(obligations.map(\.location.line) == [5, 7])
    let header = ObligationTable.csvHeader
    let (line, column) = (
      try #require(header.firstIndex(of: "line")), try #require(header.firstIndex(of: "column"))
    )
    let rows = ObligationTable.csvRows(obligations, document: "duties.md")
    #expect(rows.map { "\($0[line]):\($0[column])" } == ["5:5", "7:5"])
    let listing = ObligationTable.text(obligations, document: document, color: false)
    #expect(listing.contains("duties.md:5:5 “must” (line 3)\n"))
    #expect(listing.contains("duties.md:7:5 “must” (line 3)\n"))
    let plain = try ExtractionProbe.obligations("The council must publish a plan.")
    #expect(ObligationTable.citation(plain[0]).hasSuffix(":1:1 “must”"))
  }
}
