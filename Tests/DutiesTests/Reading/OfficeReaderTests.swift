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
