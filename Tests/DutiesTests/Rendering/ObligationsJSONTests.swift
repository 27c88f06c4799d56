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
    // Policy kinds with the kind proposed, a legal basis, and a document that defines its own scale.
    "The Department is considering imposing a legal duty on councils to work together. We will legislate to "
      + "require trusts to co-operate.",
    "In this guidance “must” is used where there is a legal requirement. Under section 82 of the National Health "
      + "Service Act 2006, each council must have regard to the plan.",
  ])
  func sameBytesAsJSONEncoder(text: String) throws {
    let document = try DocumentReader().read(string: text, path: "probe/ “quoted”.txt", format: .text)
    let json = ObligationsJSON(document: document, obligations: ObligationExtractor().extract(from: document))
    #expect(json.prettyPrinted == (try JSONOutput.pretty(json)))
    for obligation in json.obligations {
      let line = ObligationLine(source: document.path, obligation: obligation)
      #expect(line.jsonLine == (try JSONOutput.line(line)))
      #expect(obligation.compactJSON == (try JSONOutput.line(obligation)))
    }
  }

  /// The core links no cryptography: a document's SHA-256 is written when whoever read the file
  /// gave one, and left out otherwise.
  @Test func theDigestIsWrittenOnlyWhenGiven() throws {
    var document = try DocumentReader().read(string: "The council must act.", path: "a.txt")
    #expect(document.metadata.sha256 == nil)
    var json = ObligationsJSON(document: document, obligations: [])
    #expect(!json.prettyPrinted.contains("sha256"))
    #expect(json.prettyPrinted == (try JSONOutput.pretty(json)))
    document.metadata.sha256 = String(repeating: "ab", count: 32)
    json = ObligationsJSON(document: document, obligations: [])
    #expect(json.prettyPrinted.contains("\"sha256\" : \"\(document.metadata.sha256!)\""))
    #expect(json.prettyPrinted == (try JSONOutput.pretty(json)))
  }

  @Test func largeOutputIsWrittenInPiecesWithTheSameBytes() throws {
    let text = (1...600).map {
      "\($0). Each council in area \($0) must publish a plan for scheme \($0) by 31 March 2030."
    }
    .joined(separator: "\n\n")
    let document = try DocumentReader().read(string: text, path: "many.txt", format: .text)
    let json = ObligationsJSON(document: document, obligations: ObligationExtractor().extract(from: document))
    var pieces: [[UInt8]] = []
    json.writePrettyPrinted { pieces.append(Array($0)) }
    #expect(pieces.count > 1)
    #expect(pieces.joined().elementsEqual(Array((try JSONOutput.pretty(json)).utf8)))
    var member: [UInt8] = []
    json.writePrettyPrinted(newline: false) { member.append(contentsOf: $0) }
    #expect(member + [0x0A] == json.prettyPrintedUTF8)
  }

  @Test func sameBytesForAPagedDocument() throws {
    let laidOut = LaidOutText(
      lines: [
        LaidOutText.Line(text: "1. Each council must publish a plan.", page: 1, lineOnPage: 3),
        LaidOutText.Line(text: "2. The board should meet.", page: 2, lineOnPage: 1),
      ], metadata: DocumentMetadata(format: .pdf), hasRunningLines: true)
    let document = DocumentReader().read(laidOut: laidOut, path: "paged.pdf")
    let obligations = ObligationExtractor().extract(from: document)
    #expect(obligations.compactMap(\.location.page) == [1, 2])
    let json = ObligationsJSON(document: document, obligations: obligations)
    #expect(json.prettyPrinted == (try JSONOutput.pretty(json)))
  }

  @Test func sameBytesForADocumentWithMetadata() throws {
    let markdown = "---\ntitle: A title\nversion: 2\n---\n# Duties\n\nThe council must publish a plan.\n"
    let document = try DocumentReader().read(string: markdown, path: "probe.md", format: .markdown)
    let json = ObligationsJSON(document: document, obligations: ObligationExtractor().extract(from: document))
    #expect(json.prettyPrinted == (try JSONOutput.pretty(json)))
  }
}
