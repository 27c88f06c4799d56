import DutiesTestSupport
import Testing

@testable import Duties

/// A document that gives nothing to work on says so (issue #22): on the document, in its JSON, and in
/// a comparison's summary.
@Suite struct ReadingCheckTests {
  func warnings(_ text: String, path: String) throws -> [String] {
    try DocumentReader().read(string: text, path: path).diagnostics.map(\.message)
  }

  @Test func anOrdinaryDocumentHasNoWarning() throws {
    #expect(try warnings("# Title\n\nThe council must act.\n", path: "a.md").isEmpty)
    #expect(try warnings("<doc><p>The council must act.</p></doc>", path: "a.xml").isEmpty)
  }

  @Test func emptyMarkupOnlyAndHeadingsOnlyAreWarnedOf() throws {
    #expect(try warnings("", path: "empty.txt") == ["the file is empty: there is no text to read"])
    #expect(
      try warnings("<!-- only a comment -->\n", path: "note.md") == [
        "no text was read from this document: it may be in another format than it seems, or its text may be "
          + "in images"
      ])
    #expect(
      try warnings("<doc><meta name=\"x\"/></doc>", path: "a.xml").first?.hasPrefix("no text was read")
        == true)
    #expect(
      try warnings("# Title\n\n## Part 1\n", path: "heads.md") == [
        "only headings were read: there is no body text in which to find obligations"
      ])
  }

  @Test func theWarningIsInTheJSONWholeAndStreamed() throws {
    let source = SourceText(path: "heads.md", bytes: Array("# Title\n\n## Part 1\n".utf8))
    let document = try DocumentReader().read(string: "# Title\n\n## Part 1\n", path: "heads.md")
    var bytes: [UInt8] = []
    ObligationsJSON(document: document, obligations: []).writePrettyPrinted { bytes += $0 }
    let whole = String(decoding: bytes, as: UTF8.self)
    #expect(whole.contains("\"warnings\" : [\n      \"heads.md:1:1: warning: only headings were read"))
    let streamed = try ObligationExtractor().extract(streaming: source, format: .markdown) { _ in }
    #expect(streamed.diagnostics.map(\.description) == document.diagnostics.map(\.description))
  }

  @Test func aComparisonLeadsWithTheWarnings() throws {
    let empty = try DocumentReader().read(string: "", path: "old.md")
    let also = try DocumentReader().read(string: "\n", path: "new.md")
    let comparison = RevisionDiffer().compare(old: empty, new: also)
    #expect(
      ComparisonBriefing.headline(comparison) == [
        "old.md:1:1: warning: the file is empty: there is no text to read",
        "new.md:1:1: warning: the file is empty: there is no text to read",
        "No obligation changed.",
      ])
    #expect(ReadingCheck.readNothing(from: empty))
  }
}
