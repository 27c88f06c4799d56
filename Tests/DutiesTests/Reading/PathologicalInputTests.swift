import Duties
import Foundation
import Testing

/// Inputs built to make a careless reader or extractor quadratic: each must finish in linear time.
///
/// The bounds are generous (a debug build on a slow, busy machine does each in a few seconds), so a
/// failure means a change of complexity, not a slow machine.
@Suite struct PathologicalInputTests {
  let reader = DocumentReader()
  let bound = Duration.seconds(60)

  /// Reads `bytes` and extracts its obligations, checking the time taken.
  private func extract(_ text: String, path: String, format: DocumentFormat? = nil) throws -> [Obligation] {
    let start = ContinuousClock.now
    let document = try reader.read(string: text, path: path, format: format)
    let obligations = ObligationExtractor().extract(from: document)
    #expect(ContinuousClock.now - start < bound)
    return obligations
  }

  @Test(arguments: [DocumentFormat.text, .markdown, .html])
  func megabyteWithNoSentenceBreak(format: DocumentFormat) throws {
    let text = "The council must publish " + String(repeating: "word ", count: 200_000)
    let obligations = try extract(text, path: "nobreak", format: format)
    #expect(obligations.count <= 1)
  }

  @Test func megabyteOnOneLine() throws {
    let text = String(repeating: "The council must publish a plan. ", count: 32_000)
    #expect(text.utf8.count > 1_000_000)
    let obligations = try extract(text, path: "line.txt", format: .text)
    #expect(obligations.count == 32_000)
  }

  @Test func megabyteOfOneWord() throws {
    let obligations = try extract(String(repeating: "x", count: 1 << 20), path: "word.md", format: .markdown)
    #expect(obligations.isEmpty)
  }

  @Test func hundredThousandNestedElements() throws {
    let depth = 100_000
    let xml =
      String(repeating: "<a>", count: depth) + "The council must act."
      + String(repeating: "</a>", count: depth)
    let start = ContinuousClock.now
    // libxml2 refuses the depth with a located error; it must not recurse 100,000 frames deep.
    let error = try #require(throws: DutiesError.self) { try reader.read(string: xml, path: "deep.xml") }
    #expect(error.description.hasPrefix("deep.xml:1:"))
    let html =
      "<html><body>" + String(repeating: "<div>", count: depth) + "<p>The council must act.</p></body></html>"
    _ = try reader.read(string: html, path: "deep.html")
    #expect(ContinuousClock.now - start < bound)
  }

  @Test func sentenceWithFiveHundredAnds() throws {
    let items = (1...500).map { "publish report \($0)" }.joined(separator: " and ")
    let obligations = try extract("The council must \(items).\n", path: "and.txt", format: .text)
    #expect(obligations.count == 1)
  }

  @Test func obligationsPerSentenceAreBounded() throws {
    let clauses = (1...500).map { "must publish report \($0)" }.joined(separator: " and ")
    let obligations = try extract("The council \(clauses).\n", path: "many.txt", format: .text)
    #expect(!obligations.isEmpty)
    #expect(obligations.count <= 64)
  }

  @Test func thousandsOfListItemsInOneSentence() throws {
    let items = (1...5_000).map { "(\($0)) publish report \($0);" }.joined(separator: "\n")
    let obligations = try extract("The council must—\n\(items)\n", path: "list.txt", format: .text)
    #expect(obligations.count <= 5_001)
  }
}
