import Duties
import DutiesPDF
import DutiesTestSupport
import Foundation
import Testing

@Suite struct PDFReaderTests {
  let reader = DocumentReader(plugins: [PDFReader()])
  let source = SharedCorpus.demo("joint-working-guidance/2011-11-guidance-revised.md").path
  let pdf = SharedCorpus.fixture("office/guidance.pdf").path

  func obligations(_ path: String) throws -> [Obligation] {
    ObligationExtractor().extract(from: try reader.read(path: path))
  }

  /// Numbers and headings of the divisions and provisions, in order.
  func outline(_ path: String) throws -> [String] {
    var result: [String] = []
    try reader.read(path: path).walk { visit in
      if visit.node.kind.isDivision {
        result.append("\(visit.node.number ?? "") \(visit.node.heading?.string ?? "")")
      }
      if visit.node.kind == .paragraph, let number = visit.node.number { result.append(number) }
    }
    return result
  }

  @Test func readsTheSameObligationsAsItsSource() throws {
    let fromPDF = try obligations(pdf)
    let fromSource = try obligations(source)
    #expect(fromPDF.map(\.kind) == fromSource.map(\.kind))
    #expect(fromPDF.map(\.action) == fromSource.map(\.action))
    #expect(fromPDF.map { $0.bearer?.parties } == fromSource.map { $0.bearer?.parties })
    // Sentences are whole: none is cut at a page break.
    #expect(fromPDF.map(\.sentence) == fromSource.map(\.sentence))
  }

  @Test func headingsAndNumbersMatchTheSource() throws {
    let expected = try outline(source)
    #expect(expected.count > 20)
    #expect(try outline(pdf) == expected)
    let document = try reader.read(path: pdf)
    #expect(document.metadata.format == .pdf)
    #expect(document.metadata.title == "Maintaining joint working arrangements during PCT clustering")
  }

  @Test func locationsNameThePageAndLine() throws {
    let found = try obligations(pdf)
    #expect(found.allSatisfy { $0.location.page != nil })
    #expect(Set(found.compactMap(\.location.page)).count >= 2)
    let first = try #require(found.first)
    #expect("\(first.location)" == "\(pdf):page \(first.location.page!):line \(first.location.line)")
    // The cited line holds the trigger.
    let text = try String(decoding: runPdftotext(page: first.location.page!), as: UTF8.self)
    #expect(text.contains(first.trigger.text))
  }

  func runPdftotext(page: Int) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["pdftotext", "-f", "\(page)", "-l", "\(page)", pdf, "-"]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return data
  }

  @Test(arguments: [
    ("image-only.pdf", "no text layer"),
    ("encrypted.pdf", "encrypted"),
    ("truncated.pdf", "damaged or truncated"),
  ])
  func unreadablePDFsSayWhy(_ name: String, _ message: String) throws {
    let path = SharedCorpus.fixture("office/" + name).path
    #expect {
      try reader.read(path: path)
    } throws: { error in
      "\(error)".hasPrefix(path + ": error:") && "\(error)".contains(message)
    }
  }

  @Test func withoutThePluginPDFIsAClearError() throws {
    #expect {
      try DocumentReader().read(path: pdf)
    } throws: { error in
      "\(error)".contains("needs the DutiesPDF module")
    }
  }
}

/// PDFs and Word files that LibreOffice makes from the shared corpus at test time.
@Suite struct GeneratedPDFTests {
  let reader = DocumentReader(plugins: [PDFReader()])

  func actions(_ url: URL) throws -> [String] {
    ObligationExtractor().extract(from: try reader.read(path: url.path)).map {
      "\($0.kind.rawValue): \($0.action)"
    }
  }

  @Test func commandPaperPDFAndWordMatchTheGOVUKPage() throws {
    try #require(SharedCorpus.isAvailable)
    let page = SharedCorpus.corpus("govuk-html-guidance/best-practice-command-paper.body.html")
    let expected = try actions(page)
    #expect(expected.count > 50)
    #expect(try actions(GeneratedFixtures.file("command-paper.pdf")) == expected)
    #expect(try actions(GeneratedFixtures.file("command-paper.docx")) == expected)
  }

  @Test func nppfPDFKeepsItsNumberedParagraphsWhole() throws {
    try #require(SharedCorpus.isAvailable)
    func paragraphs(_ url: URL) throws -> [String: String] {
      var result: [String: String] = [:]
      try reader.read(path: url.path).walk { visit in
        if visit.node.kind == .paragraph, let number = visit.node.number, let text = visit.node.text?.string,
          Int(number) != nil, result[number] == nil
        {
          result[number] = text
        }
      }
      return result
    }
    let word = try paragraphs(GeneratedFixtures.file("nppf.docx"))
    let printed = try paragraphs(GeneratedFixtures.file("nppf.pdf"))
    // The NPPF has 200-odd numbered paragraphs; nearly all are laid out the same in both, whole
    // across page breaks.
    #expect(word.count > 200)
    let same = word.filter { printed[$0.key] == $0.value }.count
    #expect(Double(same) >= Double(word.count) * 0.9, "\(same) of \(word.count) paragraphs match")
    let pages = Set(
      ObligationExtractor().extract(from: try reader.read(path: GeneratedFixtures.file("nppf.pdf").path))
        .compactMap(\.location.page))
    #expect(pages.count > 50)
  }
}

/// A hand-made PDF with the layouts that break naive text extraction.
@Suite struct PDFLayoutTests {
  let path = SharedCorpus.fixture("office/two-columns.pdf").path

  @Test func twoColumnsRunningLinesFootnotesAndPageBreaks() throws {
    let document = try DocumentReader(plugins: [PDFReader()]).read(path: path)
    var numbers: [String] = []
    var texts: [String] = []
    document.walk { visit in
      if let number = visit.node.number { numbers.append(number) }
      if let text = visit.node.text?.string { texts.append(text) }
    }
    // The left column before the right, not row by row across the gutter.
    #expect(numbers == ["1", "1.1", "1.2", "1.3", "1.4", "2", "2.1", "2.2"])
    let all = texts.joined(separator: "\n")
    // Running header and page numbers gone; the footnote kept apart.
    #expect(!all.contains("consultation draft"))
    #expect(!all.contains("Page 2"))
    #expect(!all.contains("formed during 2011"))
    #expect(document.annotations.map(\.text) == ["PCT clusters were formed during 2011."])
    #expect(document.annotations.first?.label == "1")
    #expect(document.annotations.first?.location.page == 1)
    #expect((document.annotations.first?.location.line ?? 99) < 20)  // its line on the page
    // A word broken at a line end is mended as the document writes it elsewhere.
    #expect(all.contains("the council-led partnership board."))
    // A paragraph that runs on to the next page is one paragraph.
    #expect(
      texts.contains(
        "Each council-led partnership board must meet at least quarterly and must publish its minutes "
          + "within 28 days of each meeting."))
  }

  @Test func obligationsComeOutWhole() throws {
    let found = ObligationExtractor().extract(
      from: try DocumentReader(plugins: [PDFReader()]).read(path: path))
    #expect(
      found.map { "\($0.kind.rawValue) \($0.bearer?.names ?? "-"): \($0.action)" } == [
        "duty PCT cluster: publish a joint working plan",
        "duty PCT cluster: co-operate with every council in its area",
        "recommendation cluster board: review the plan annually with the council-led partnership board",
        "permission council: charge a reasonable fee for advice it gives to a cluster under paragraph 1.1",
        "duty council-led partnership board: meet",
        "duty council-led partnership board: publish its minutes",
        "prohibition PCT cluster: withdraw from a pooled budget without the agreement of the council",
        "recommendation strategic health authority: report progress to the Department of Health",
      ])
    #expect(found.last.map { "\($0.location)" } == "\(path):page 3:line 2")
  }
}
