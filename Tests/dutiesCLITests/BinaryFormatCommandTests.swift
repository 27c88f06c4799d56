import DutiesTestSupport
import Foundation
import Testing

@Suite struct BinaryFormatCommandTests {
  @Test func diffOfOneWordFileComparesItsTrackedChanges() throws {
    let path = SharedCorpus.fixture("office/tracked-changes.docx").path
    let result = try CommandRunner.run(["diff", "--color", "never", path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("old: \(path) (before tracked changes)"))
    #expect(result.stdout.contains("1 added, 1 strengthened."))
    #expect(result.stdout.contains("ADDED duty — single executive team"))
    #expect(result.stdout.contains("[-should-] {+must+}"))
    let plain = try CommandRunner.run(["diff", SharedCorpus.fixture("office/guidance.docx").path])
    #expect(plain.status == 2)
    #expect(plain.stderr.contains("no tracked changes to compare"))
  }

  @Test func extractFromAPDFCitesPages() throws {
    let path = SharedCorpus.fixture("office/guidance.pdf").path
    let result = try CommandRunner.run(["extract", "--format", "jsonl", path])
    #expect(result.status == 0)
    let source = try CommandRunner.run([
      "extract", "--format", "jsonl",
      SharedCorpus.demo("joint-working-guidance/2011-11-guidance-revised.md").path,
    ])
    #expect(result.stdout.split(separator: "\n").count == source.stdout.split(separator: "\n").count)
    #expect(result.stdout.contains("\"page\":2"))
    let text = try CommandRunner.run(["extract", "--color", "never", path])
    #expect(text.stdout.contains("\(path):page 1:line "))
    let bad = try CommandRunner.run(["extract", SharedCorpus.fixture("office/image-only.pdf").path])
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("no text layer"))
  }

  @Test func corpusIndexReadsPDFAndWordFiles() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    for name in ["guidance.pdf", "guidance.docx", "guidance.odt", "encrypted.pdf"] {
      try folder.copy(SharedCorpus.fixture("office/" + name), to: "docs/" + name)
    }
    let result = try CommandRunner.run([
      "corpus", "index", "--db", folder.path("i.sqlite"), folder.path("docs"),
    ])
    #expect(result.status == 1)  // the encrypted PDF
    #expect(result.stderr.contains("3 added"))
    #expect(result.stderr.contains("encrypted.pdf: error: the PDF is encrypted"))
  }
}
