import Duties
import Testing

@Suite struct ReadingReportTests {
  func report(_ text: String, path: String) throws -> ReadingReport {
    let document = try DocumentReader().read(string: text, path: path)
    return ReadingReport(document: document, obligations: ObligationExtractor().extract(from: document))
  }

  @Test func countsWhatWasRead() throws {
    let report = try report(
      "# Plans\n\n## Annual plan\n\nThe council must publish a plan. It should consult.\n\nThe board may charge.\n",
      path: "policy.md")
    #expect(report.format == .markdown)
    // The first heading is the title, not a section.
    #expect(report.sections == 1)
    #expect(report.sentences == 3)
    #expect(report.obligations == 3)
    #expect(report.characters == "Annual plan".count + 51 + 21)
    #expect(report.isClean)
  }

  @Test func aLongTextWithoutStructureIsSaid() throws {
    let long = String(repeating: "The council must publish a plan for every ward in the area. ", count: 100)
    let report = try report(long, path: "flat.txt")
    #expect(report.sections == 0)
    #expect(report.warnings.map(\.message).first?.hasPrefix("no structure found: 5999 characters") == true)
    #expect(try self.report(String(long.prefix(400)), path: "short.txt").isClean)
  }

  @Test func anEmptyFileWarns() throws {
    let report = try report("  \n", path: "empty.md")
    #expect(!report.isClean)
    #expect(
      report.warnings.map(\.description) == [
        "empty.md:1:1: warning: the file is empty: there is no text to read"
      ])
  }
}
