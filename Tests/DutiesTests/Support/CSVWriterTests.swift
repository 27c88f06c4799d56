import Testing

@testable import Duties

@Suite struct CSVWriterTests {
  /// Cells a spreadsheet would run as a formula start with an apostrophe (CSV injection).
  @Test func formulaCellsAreEscaped() {
    let row = CSVWriter.row([
      "=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "a=b", "plain",
    ])
    #expect(row == "\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2,'@SUM(A1),'\tx,\"'\rx\",a=b,plain\r\n")
  }

  @Test func theEscapeComesOffWhenATableIsReadBack() throws {
    let table = BearerSuccession(entries: [
      .init(predecessor: "=board", successor: "-trust", year: "2013", note: "@note")
    ])
    let read = try BearerSuccession(csv: table.csv)
    #expect(read.entries.map(\.predecessor) == ["=board"])
    #expect(read.entries.map(\.successor) == ["-trust"])
    #expect(read.entries.map(\.note) == ["@note"])
    #expect(CSVWriter.unescapeFormula("'plain") == "'plain")
  }
}
