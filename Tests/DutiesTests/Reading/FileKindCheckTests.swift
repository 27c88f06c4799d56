import Duties
import DutiesTestSupport
import Testing

/// A file is what it is: a name that promises a format the content is not, and formats `duties`
/// does not read, end in an error at `path:1:1` that says what to do, never in a document of garbage.
@Suite struct FileKindCheckTests {
  let reader = DocumentReader()

  private func error(_ bytes: [UInt8], _ path: String) throws -> String {
    let error = try #require(throws: DutiesError.self) { try reader.read(bytes: bytes, path: path) }
    return error.description
  }

  @Test func aDamagedWordFileIsNotReadAsText() throws {
    let message = try error(Array("PK garbage\nThe council must publish a plan.\n".utf8), "policy.docx")
    #expect(message.hasPrefix("policy.docx:1:1: error: the name ends in .docx but the content is plain text"))
    #expect(message.contains("damaged or misnamed"))
  }

  @Test(arguments: ["scan.pdf", "notes.rtf"])
  func anEmptyFileIsEmptyWhateverItsName(path: String) throws {
    let document = try reader.read(bytes: [], path: path)
    #expect(
      document.diagnostics.map(\.description) == [
        "\(path):1:1: warning: the file is empty: there is no text to read"
      ])
  }

  @Test func aWordPackageNamedOpenDocumentNamesBoth() throws {
    let message = try error(HostileFiles.word("The council must publish a plan."), "policy.odt")
    #expect(message.contains("the content is Word (.docx), not OpenDocument text (.odt)"))
  }

  @Test func xmlNamedFilesMustBeMarkup() throws {
    #expect(
      try error(Array("just a note\n".utf8), "rules.xml").contains("the content is plain text, not XML"))
    // A byte order mark before the declaration is still XML.
    let withMark =
      [0xEF, 0xBB, 0xBF] + Array("<?xml version=\"1.0\"?><doc><p>The council must act.</p></doc>".utf8)
    #expect(try reader.read(bytes: withMark, path: "rules.xml").metadata.format == .xml)
  }

  @Test func aGivenFormatOverridesTheName() throws {
    let document = try reader.read(
      bytes: Array("The council must publish a plan.\n".utf8), path: "renamed.docx", format: .text)
    #expect(ObligationExtractor().extract(from: document).map(\.action) == ["publish a plan"])
  }

  @Test func wordInAnyNameIsRead() throws {
    // A .doc that is really a Word package (saved under the old name) is read, not refused.
    let document = try reader.read(
      bytes: HostileFiles.word("The council must publish a plan."), path: "old.doc")
    #expect(ObligationExtractor().extract(from: document).map(\.action) == ["publish a plan"])
  }

  @Test(arguments: [
    ("policy.rtf", Array("{\\rtf1\\ansi The council must publish a plan.}".utf8), "Rich Text Format"),
    ("policy.txt", Array("{\\rtf1\\ansi The council must publish a plan.}".utf8), "Rich Text Format"),
    (
      "policy.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504),
      "Word 97–2003"
    ),
    ("policy.pages", HostileFiles.zip([.stored("Index/Document.iwa", "x")]), "Apple Pages"),
    ("budget.xlsx", HostileFiles.zip([.stored("xl/workbook.xml", "<workbook/>")]), "spreadsheets"),
  ])
  func unsupportedFormatsAreRefusedWithAdvice(path: String, bytes: [UInt8], names: String) throws {
    let message = try error(bytes, path)
    #expect(message.hasPrefix("\(path):1:1: error: "))
    #expect(message.contains(names))
    #expect(message.contains("convert") || message.contains("export") || message.contains("save"))
  }

  @Test func aWorkbookNamedWordSaysWhatItIs() throws {
    let message = try error(HostileFiles.zip([.stored("xl/workbook.xml", "<workbook/>")]), "budget.docx")
    #expect(message.contains("it is an Excel workbook, which duties does not read"))
  }
}
