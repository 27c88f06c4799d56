import Duties
import DutiesTestSupport
import Foundation
import Testing

/// Every file of the shared corpus parses, with the right format, a real tree and true locations.
@Suite(.enabled(if: SharedCorpus.isAvailable, "needs ../shared/corpus"))
struct RealCorpusTests {
  static let samples: [(String, DocumentFormat)] = [
    ("clml-pair-transport-act-2000-s19/ukpga-2000-38-section-19.xml", .clml),
    ("clml-pair-transport-act-2000-s19/ukpga-2000-38-section-19-2014-04-01.xml", .clml),
    ("clml-samples/ukpga_20030004_en.xml", .clml),
    ("clml-samples/uksi_19980668_en.xml", .clml),
    ("clml-samples/ukdsi_2012_9780111529935_kqpap_draft.xml", .clml),
    ("clml-samples/ukpga-1999-27-section-10A-2010-04-01.xml", .clml),
    ("clml-samples/changes-affecting-ukpga-2002-38-feed.xml", .xml),
    ("akn-uk-lawmaker-bills/Sustainable_Aviation_Fuel_Bill__Commons__AAC.xml", .akn),
    ("akn-uk-lawmaker-bills/Bill_as_amended_at_Stage_2.xml", .akn),
    ("akn-uk-caselaw/ewfc_2017_83.xml", .akn),
    ("akn-uk-caselaw/ewhc_ch_2017_3414.xml", .akn),
    ("uslm-bill-versions/HJ37_RH.XML", .uslm),
    ("uslm-bill-versions/HJ37_RFS.XML", .uslm),
    ("uslm-bulk-benchmark/FR-2018-02-07-uslm.xml", .uslm),
    ("uslm-bulk-benchmark/CFR-2018-title27-vol3-uslm.xml", .uslm),
    ("govuk-html-guidance/best-practice-command-paper.body.html", .html),
    ("govuk-html-guidance/political_detailed_guide.body.html", .html),
    ("legalize-uk-care-act-2014-excerpt/post-2022_4fa878e2/ukpga-2014-23.md", .markdown),
    ("legalize-uk-nhs-act-2006-excerpt/2025-09-01_d3f4e085/ukpga-2006-41.md", .markdown),
    ("gds-way-revisions/github-actions/after-43beb739f4/using-github-actions.html.md.erb", .markdown),
    ("rfc6125bis-revisions/draft-06/draft-ietf-uta-rfc6125bis.md", .markdown),
    ("nppf-december-2024/NPPF_December_2024.md", .markdown),
    ("plaintext-misc/rfc2119.txt", .text),
  ]

  @Test(arguments: samples)
  func parsesWithFormatTreeAndLocations(_ sample: (String, DocumentFormat)) throws {
    let path = SharedCorpus.corpus(sample.0).path
    let document = try DocumentReader().read(path: path)
    #expect(document.metadata.format == sample.1)
    #expect(document.nodeCount >= 5)
    let total = LocationCheck.textNodeCount(in: document)
    let wrong = LocationCheck.mismatches(in: document)
    #expect(total > 0)
    #expect(
      wrong.isEmpty,
      "\(wrong.count) of \(total) misplaced, first: \(wrong.first.map { "\($0.1) \($0.0.prefix(60))" } ?? "")"
    )
  }

  @Test func everyCorpusFileParses() throws {
    let root = SharedCorpus.root.appendingPathComponent("corpus")
    let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!
      .compactMap { $0 as? URL }
      .filter { ["xml", "md", "html", "txt", "erb"].contains($0.pathExtension.lowercased()) }
      .filter { $0.lastPathComponent != "SOURCES.md" && !$0.path.contains("/schema/") }
    #expect(files.count >= 80)
    for file in files {
      let document = try DocumentReader().read(path: file.path)
      #expect(document.nodeCount > 0, "\(file.path) has an empty tree")
    }
  }

  @Test func federalRegisterFilesAreUSLMWithSections() throws {
    let folder = SharedCorpus.corpus("uslm-bulk-benchmark")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.hasPrefix("FR-")
    }
    #expect(files.count == 5)
    for file in files {
      let document = try DocumentReader().read(path: folder.appendingPathComponent(file).path)
      #expect(document.metadata.format == .uslm)
      var sections = 0
      document.walk { if $0.node.kind.isDivision || $0.node.kind == .subsection { sections += 1 } }
      #expect(sections > 10, "\(file): \(sections) divisions")
    }
  }

  @Test func transportActSection19KeepsNumbersAndCommentaries() throws {
    let path = SharedCorpus.corpus("clml-pair-transport-act-2000-s19/ukpga-2000-38-section-19.xml").path
    let document = try DocumentReader().read(path: path)
    #expect(document.metadata.identifier == "http://www.legislation.gov.uk/id/ukpga/2000/38")
    var paths: [String] = []
    document.walk { paths.append($0.sectionPath.sectionPathDescription) }
    #expect(paths.contains("Part I › Chapter I › 19 › (1)"))
    #expect(paths.contains("Part I › Chapter I › 19 › (2) › (a) › (ii)"))
    #expect(document.annotations.contains { $0.kind == .commentary })
    #expect(document.annotations.contains { $0.kind == .marker })
    var subsection1: Node?
    document.walk { if $0.sectionPath.last == "(1)" { subsection1 = $0.node } }
    let text = try #require(subsection1?.text)
    #expect(text.string.hasPrefix("Where the CMA"))
    #expect(!text.string.contains("F1"))
    let location = document.location(of: text)
    #expect(document.source.text(ofLine: location.line).contains("Where the"))
  }

  @Test func careActMarkdownNumbersAsWritten() throws {
    let path = SharedCorpus.corpus("legalize-uk-care-act-2014-excerpt/post-2022_4fa878e2/ukpga-2014-23.md")
      .path
    let document = try DocumentReader().read(path: path)
    var found: NodeVisit?
    document.walk { if $0.node.number == "(1A)" { found = $0 } }
    let visit = try #require(found)
    #expect(visit.sectionPath.sectionPathDescription == "Part 1 › 6 › (1A)")
    #expect(visit.node.location.line == 17)
    #expect(document.metadata.title == "Care Act 2014")
  }

  @Test func aknMetadataFromFRBR() throws {
    let path = SharedCorpus.corpus("akn-uk-caselaw/ewfc_2017_83.xml").path
    let document = try DocumentReader().read(path: path)
    #expect(document.metadata.identifier == "https://caselaw.nationalarchives.gov.uk/id/ewfc/2017/83")
    #expect(document.metadata.version == "2017-12-21")
    #expect(document.metadata.title == "Y v Z & Ors")
  }
}
