import Duties
import Testing

/// The direct JSON writer must give the same bytes as `JSONEncoder` does through `Codable`.
@Suite struct ObligationsJSONTests {
  @Test(arguments: [
    "Each council must publish a plan by 31 March 2012, unless the board agrees otherwise.",
    "The \"Tenant\" shall pay rent to Landlord (the “Rent”).\tA back\\slash, a form\u{0C}feed and\u{01} a control.",
    "The primary care trusts (PCTs) must consult the local authority. PCTs may charge for it.",
    "No headings, no obligations here.",
    "",
  ])
  func sameBytesAsJSONEncoder(text: String) throws {
    let document = try DocumentReader().read(string: text, path: "probe/ “quoted”.txt", format: .text)
    let json = ObligationsJSON(document: document, obligations: ObligationExtractor().extract(from: document))
    #expect(json.prettyPrinted == (try JSONOutput.pretty(json)))
  }

  @Test func sameBytesForADocumentWithMetadata() throws {
    let markdown = "---\ntitle: A title\nversion: 2\n---\n# Duties\n\nThe council must publish a plan.\n"
    let document = try DocumentReader().read(string: markdown, path: "probe.md", format: .markdown)
    let json = ObligationsJSON(document: document, obligations: ObligationExtractor().extract(from: document))
    #expect(json.prettyPrinted == (try JSONOutput.pretty(json)))
  }
}
