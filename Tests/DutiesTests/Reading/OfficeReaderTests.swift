import Duties
import DutiesTestSupport
import Foundation
import Testing

@Suite struct OfficeReaderTests {
  let source = SharedCorpus.demo("joint-working-guidance/2011-11-guidance-revised.md").path

  /// Kind and action of every obligation, in order.
  func obligations(_ path: String) throws -> [String] {
    let document = try DocumentReader().read(path: path)
    return ObligationExtractor().extract(from: document).map { "\($0.kind.rawValue): \($0.action)" }
  }

  /// The headings of a document's divisions, in order.
  func headings(_ path: String) throws -> [String] {
    var result: [String] = []
    try DocumentReader().read(path: path).walk { visit in
      if visit.node.kind.isDivision, let heading = visit.node.heading?.string { result.append(heading) }
    }
    return result
  }

  @Test(arguments: ["guidance.docx", "guidance.odt"])
  func wordProcessorFilesReadLikeTheirSource(_ name: String) throws {
    let path = SharedCorpus.fixture("office/" + name).path
    let document = try DocumentReader().read(path: path)
    #expect(document.metadata.format == (name.hasSuffix("docx") ? .docx : .odt))
    #expect(document.metadata.title == "Maintaining joint working arrangements during PCT clustering")
    #expect(try obligations(path) == obligations(source))
    let expected = try headings(source)
    #expect(!expected.isEmpty)
    #expect(try headings(path) == expected)
  }

  @Test func formatIsSniffedFromTheContentNotTheName() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let renamed = try folder.copy(SharedCorpus.fixture("office/guidance.docx"), to: "guidance.bin")
    #expect(try DocumentReader().read(path: renamed).metadata.format == .docx)
    let odt = try folder.copy(SharedCorpus.fixture("office/guidance.odt"), to: "guidance.zip")
    #expect(try DocumentReader().read(path: odt).metadata.format == .odt)
  }

  @Test func listNumbersAreTheOnesAReaderSees() throws {
    let path = SharedCorpus.fixture("office/tracked-changes.docx").path
    var labels: [String] = []
    try DocumentReader().read(path: path).walk { visit in
      if let number = visit.node.number { labels.append(number) }
    }
    #expect(labels == ["4", "4.1", "4.2", "4.3", "(a)", "(b)", "4.4", "4.5"])
    // Before the tracked changes the inserted paragraph is not there and takes no number.
    let before = try #require(try DocumentReader().readTrackedRevisions(path: path)).before
    var beforeLabels: [String] = []
    before.walk { visit in
      if let number = visit.node.number { beforeLabels.append(number) }
    }
    #expect(beforeLabels == ["4", "4.1", "4.2", "4.3", "(a)", "(b)", "4.4"])
  }

  @Test func trackedChangesAreTwoRevisions() throws {
    let path = SharedCorpus.fixture("office/tracked-changes.docx").path
    let revisions = try #require(try DocumentReader().readTrackedRevisions(path: path))
    let comparison = RevisionDiffer().compare(old: revisions.before, new: revisions.after)
    // In the order of the document: the strengthened duty (4.3) before the added one (4.4).
    let changes = comparison.realChanges
    #expect(changes.map(\.change) == [.strengthened, .added])
    #expect(changes.last?.new?.bearer?.parties == ["single executive team"])
    #expect(changes.first?.old?.trigger.text == "should")
    #expect(changes.first?.new?.trigger.text == "must")
    let byKind = RevisionDiffer(order: .kind).compare(old: revisions.before, new: revisions.after)
    #expect(byKind.realChanges.map(\.change) == [.added, .strengthened])
    // A file without tracked changes has no revisions to compare.
    #expect(
      try DocumentReader().readTrackedRevisions(path: SharedCorpus.fixture("office/guidance.docx").path)
        == nil)
  }

  @Test(arguments: [
    ("billion-laughs.docx", "entity"),
    ("zip-bomb.docx", "possible zip bomb"),
  ])
  func hostilePackagesEndInAClearError(_ name: String, _ message: String) throws {
    let path = SharedCorpus.fixture("office/" + name).path
    #expect {
      try DocumentReader().read(path: path)
    } throws: { error in
      let text = "\(error)"
      return text.hasPrefix(path + ": error:") && text.contains(message)
    }
  }

  @Test func truncatedPackageIsAClearError() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let bytes = try Data(contentsOf: SharedCorpus.fixture("office/guidance.docx"))
    let path = try folder.write(bytes.prefix(bytes.count / 2), to: "truncated.docx")
    #expect(throws: DutiesError.self) { try DocumentReader().read(path: path) }
  }
}

/// Word's numbered list paragraphs are list items, never headings, however short (issue #22).
@Suite struct WordListTests {
  static let namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

  /// A Word package with one body paragraph per entry: `(text, listed)`.
  static func word(_ paragraphs: [(String, Bool)]) -> [UInt8] {
    let body = paragraphs.map { text, listed in
      let number =
        listed ? "<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>" : ""
      return "<w:p>\(number)<w:r><w:t>\(text)</w:t></w:r></w:p>"
    }.joined()
    let numbering = """
      <w:numbering xmlns:w="\(namespace)"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">\
      <w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>\
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>
      """
    return HostileFiles.zip([
      .stored(
        "word/document.xml", "<w:document xmlns:w=\"\(namespace)\"><w:body>\(body)</w:body></w:document>"),
      .stored("word/numbering.xml", numbering),
    ])
  }

  @Test func aWordListAndItsMarkdownDiffToNothing() throws {
    let docx = Self.word([
      ("Each trust must:", false), ("Keep records of complaints", true), ("Publish an annual report", true),
      ("The council must publish a plan.", false),
    ])
    let markdown = """
      Each trust must:

      1. Keep records of complaints
      2. Publish an annual report

      The council must publish a plan.
      """
    let word = try DocumentReader().read(bytes: docx, path: "list.docx")
    var headings: [String] = []
    word.walk { visit in if let heading = visit.node.heading?.string { headings.append(heading) } }
    #expect(headings.isEmpty)
    let comparison = RevisionDiffer().compare(
      old: word, new: try DocumentReader().read(string: markdown, path: "list.md"))
    #expect(comparison.realChanges.isEmpty, "\(comparison.realChanges.map(\.change))")
  }
}

/// What a Word file holds besides its paragraphs: text boxes and endnotes are read, each once;
/// reviewers' comments are not, and a warning says so (issue #29).
@Suite struct WordPartsTests {
  static let namespace = WordListTests.namespace

  /// A paragraph anchoring a text box written twice, as Word does: the drawing and its fallback.
  static let textBox = """
    <w:p><w:r><w:t>The council must publish a plan.</w:t></w:r><w:r><mc:AlternateContent>\
    <mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r>\
    <w:t>The board must approve the plan.</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>\
    <mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>The board must approve the plan.</w:t>\
    </w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
    """

  static func package(body: String, comments: Int = 0, endnote: String? = nil) -> [UInt8] {
    let declarations = """
      xmlns:w="\(namespace)" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
      xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"
      """
    var parts: [HostileFiles.ZipPart] = [
      .stored("word/document.xml", "<w:document \(declarations)><w:body>\(body)</w:body></w:document>")
    ]
    if comments > 0 {
      let list = (0..<comments).map {
        "<w:comment w:id=\"\($0)\"><w:p><w:r><w:t>Must we?</w:t></w:r></w:p></w:comment>"
      }
      parts.append(
        .stored("word/comments.xml", "<w:comments xmlns:w=\"\(namespace)\">\(list.joined())</w:comments>"))
    }
    if let endnote {
      parts.append(
        .stored(
          "word/endnotes.xml",
          "<w:endnotes xmlns:w=\"\(namespace)\"><w:endnote w:id=\"1\"><w:p><w:r><w:t>\(endnote)</w:t></w:r></w:p>"
            + "</w:endnote></w:endnotes>"))
    }
    return HostileFiles.zip(parts)
  }

  @Test func aTextBoxIsReadOnceAsItsOwnParagraph() throws {
    let document = try DocumentReader().read(bytes: Self.package(body: Self.textBox), path: "box.docx")
    #expect(
      ObligationExtractor().extract(from: document).map(\.action) == ["publish a plan", "approve the plan"])
  }

  @Test func endnotesAreReadAsNotes() throws {
    let body = """
      <w:p><w:r><w:t>The council must publish a plan.</w:t></w:r><w:r><w:endnoteReference w:id="1"/></w:r></w:p>
      """
    let document = try DocumentReader().read(
      bytes: Self.package(body: body, endnote: "As set out in the 2020 order."), path: "notes.docx")
    #expect(document.annotations.map(\.text) == ["As set out in the 2020 order."])
  }

  @Test func commentsAreNotReadAndAWarningSaysSo() throws {
    let body = "<w:p><w:r><w:t>The council must publish a plan.</w:t></w:r></w:p>"
    let document = try DocumentReader().read(
      bytes: Self.package(body: body, comments: 2), path: "review.docx")
    #expect(
      document.diagnostics.map(\.description) == [
        "review.docx:1:1: warning: 2 reviewer comments are not read: they are notes on the document, not its text"
      ])
    #expect(ObligationExtractor().extract(from: document).map(\.action) == ["publish a plan"])
  }
}
