import Testing

@testable import Duties

/// Statements of when a document, or a part of it, starts to apply.
@Suite struct CommencementFinderTests {
  func found(_ text: String) -> [String] {
    CommencementFinder.commencements(in: text) { _ in SourceLocation(path: "t", line: 1, column: 1, offset: 0)
    }
    .map { "\($0.scope) | \($0.phrase) | \($0.when)" }
  }

  @Test(arguments: [
    ("This policy takes effect on 1 January 2026.", "This policy | takes effect on | 1 January 2026"),
    (
      "These Regulations come into force on 12th December 2012.",
      "These Regulations | come into force on | 12th December 2012"
    ),
    ("Section 3 applies from 1 April 2027.", "Section 3 | applies from | 1 April 2027"),
    ("This Part shall apply from 1 April 2027.", "This Part | shall apply from | 1 April 2027"),
    (
      "This Act, apart from section 1, comes into force on the day on which it is passed.",
      "This Act, apart from section 1 | comes into force on | the day on which it is passed"
    ),
    (
      "This subsection shall take effect on October 1, 1995, and shall apply only to rules issued after it.",
      "This subsection | shall take effect on | October 1, 1995"
    ),
    (
      "DATES: This final rule is effective on June 11, 2018.",
      "This final rule | is effective on | June 11, 2018"
    ),
  ])
  func statementsOfCommencement(text: String, expected: String) {
    #expect(found(text) == [expected])
  }

  @Test(arguments: [
    "Each agreement under this section shall take effect only upon the concurrence of the Commission.",
    "The Carers Act 2004, which comes into force next month, requires councils to tell carers of their rights.",
    "The council must publish a plan that takes effect on 1 April.",
    "The changes we made last year to the way that councils and health bodies work together take effect on 1 May.",
  ])
  func notStatementsOfCommencement(text: String) {
    #expect(found(text).isEmpty)
  }

  @Test func aMovedDateIsACommencementChange() throws {
    let reader = DocumentReader()
    let old = try reader.read(
      string: "# Policy\n\nThis policy takes effect on 1 January 2026.\n", path: "old.md")
    let new = try reader.read(
      string: "# Policy\n\nThis policy comes into force on 1 April 2026.\n", path: "new.md")
    let comparison = RevisionDiffer().compare(old: old, new: new)
    #expect(comparison.hasChanges)
    #expect(
      ComparisonBriefing.headline(comparison) == [
        "Commencement changed: This policy takes effect on 1 January 2026 → comes into force on 1 April 2026."
      ])
    #expect(ComparisonText.csv(comparison).contains("commencement-changed,,,,,This policy,This policy,"))
    let same = try reader.read(
      string: "# Policy\n\nThis policy takes effect on 1st January 2026.\n", path: "same.md")
    #expect(RevisionDiffer().compare(old: old, new: same).commencementChanges == nil)
  }

  @Test func streamingAndWholeReadingsAgree() throws {
    let text = "# Policy\n\nThis policy takes effect on 1 January 2026.\n\nThe council must publish a plan.\n"
    let source = SourceText(path: "p.md", bytes: Array(text.utf8))
    let streamed = try ObligationExtractor().extract(streaming: source, format: .markdown) { _ in }
    let whole = try DocumentReader().read(string: text, path: "p.md")
    #expect(SourceInfo(streamed).commencements == SourceInfo(whole).commencements)
    #expect(SourceInfo(whole).commencements?.first?.location.line == 3)
  }
}
