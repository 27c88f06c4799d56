import Duties
import DutiesPDF
import DutiesTestSupport
import Foundation
import Testing

/// Reading PDFs in a worker process (issue #28, item 7): the same documents as in this process,
/// and a file that passes the worker's limits or stops it refused with the reason.
@Suite struct PDFWorkerTests {
  let inProcess = DocumentReader(plugins: [PDFReader()])

  func reader(cpuSeconds: Int = 60, memoryBytes: Int = 2 << 30) -> DocumentReader {
    let worker = PDFWorker(
      executable: CommandRunner.executable.path, arguments: ["pdf-worker"],
      limits: PDFWorker.Limits(cpuSeconds: cpuSeconds, memoryBytes: memoryBytes))
    return DocumentReader(plugins: [PDFReader(worker: worker)])
  }

  /// Reading through a program that is not a worker: a shell running `script`.
  func shellReader(_ script: String, memoryBytes: Int = 2 << 30) -> DocumentReader {
    let worker = PDFWorker(
      executable: "/bin/sh", arguments: ["-c", script],
      limits: PDFWorker.Limits(cpuSeconds: 5, memoryBytes: memoryBytes))
    return DocumentReader(plugins: [PDFReader(worker: worker)])
  }

  func failure(_ reader: DocumentReader, _ bytes: [UInt8]) -> String {
    do {
      _ = try reader.read(bytes: bytes, path: "file.pdf", format: .pdf)
      return "read"
    } catch {
      return "\(error)"
    }
  }

  @Test(arguments: ["guidance.pdf", "two-columns.pdf"])
  func aWorkerReadsTheSameDocument(_ name: String) throws {
    let path = SharedCorpus.fixture("office/\(name)").path
    let expected = try inProcess.read(path: path)
    let document = try reader().read(path: path)
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    #expect(
      try encoder.encode(DocumentJSON(document)) == encoder.encode(DocumentJSON(expected)))
    #expect(ObligationExtractor().extract(from: document) == ObligationExtractor().extract(from: expected))
  }

  /// A page 400 digits wide is infinitely wide to poppler: the reply keeps it so.
  @Test func aWorkerReadsAnInfinitelyWidePage() throws {
    let bytes = HostileFiles.pdf(
      content: HostileFiles.pageText("The council must publish a plan."), flate: false,
      mediaBox: "0 0 " + String(repeating: "9", count: 400) + " 792")
    let expected = try inProcess.read(bytes: bytes, path: "wide.pdf")
    let document = try reader().read(bytes: bytes, path: "wide.pdf")
    #expect(ObligationExtractor().extract(from: document).map(\.action) == ["publish a plan"])
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    #expect(try encoder.encode(DocumentJSON(document)) == encoder.encode(DocumentJSON(expected)))
  }

  @Test(arguments: ["encrypted.pdf", "truncated.pdf", "image-only.pdf"])
  func aWorkerRefusesAFileWithTheSameError(_ name: String) {
    let bytes = Array(try! Data(contentsOf: SharedCorpus.fixture("office/\(name)")))
    #expect(failure(reader(), bytes) == failure(inProcess, bytes))
    #expect(failure(reader(), bytes).hasPrefix("file.pdf: error: "))
  }

  /// A Flate bomb whose filter is spelt `/Fl#61teDecode`: no byte search finds it, and poppler
  /// spends seconds expanding 1 GiB of spaces (8 s here); the worker is stopped at its one second.
  @Test func aBombBehindAnEscapedFilterNameIsStoppedAtTheTimeLimit() {
    let bomb = HostileFiles.pdf(
      content: HostileFiles.zlibRun(of: UInt8(ascii: " "), count: 1 << 30), flate: true,
      filterName: "/Fl#61teDecode")
    let start = Date()
    #expect(
      failure(reader(cpuSeconds: 1), bomb)
        == "file.pdf: error: reading the PDF took more than 1 s, the limit for one file; it may be a "
        + "decompression bomb, or damaged")
    #expect(Date().timeIntervalSince(start) < 20)
  }

  @Test func aWorkerThatStopsOnASignalIsReported() {
    #expect(
      failure(shellReader("kill -SEGV $$"), [])
        == "file.pdf: error: the PDF reader stopped on this file (signal 11); it is damaged, or needs "
        + "more than 2048 MiB of memory")
    // Killed well within its CPU time: not "took more than".
    #expect(failure(shellReader("kill -KILL $$"), []).contains("stopped on this file (signal 9)"))
    #expect(failure(shellReader("kill -INT $$"), []) == "file.pdf: error: reading the PDF was interrupted")
  }

  @Test func aWorkerWhoseReplyCannotBeReadIsReported() {
    #expect(
      failure(shellReader("cat >/dev/null; echo nonsense"), [])
        == "file.pdf: error: the PDF reader gave a reply that cannot be read")
    #expect(
      failure(shellReader("exit 3"), []) == "file.pdf: error: the PDF reader did not receive the whole file")
  }

  @Test func aWorkerThatWritesTooMuchIsStopped() {
    let message = failure(shellReader("cat >/dev/null; yes"), [])
    #expect(message.hasPrefix("file.pdf: error: the PDF's text is larger than 32 MiB"))
  }

  @Test func aWorkerThatFailsOrCannotStartIsReported() {
    #expect(
      failure(shellReader("exit 7"), Array("%PDF-1.4".utf8))
        == "file.pdf: error: the PDF reader failed on this file (exit status 7)")
    let missing = DocumentReader(plugins: [PDFReader(worker: PDFWorker(executable: "/nonexistent/duties"))])
    #expect(
      failure(missing, [])
        == "file.pdf: error: the PDF reader could not be started: cannot start /nonexistent/duties: "
        + "No such file or directory")
  }

  /// The worker reads only its own requests.
  @Test func aWorkerRefusesInputThatIsNotARequest() throws {
    let result = try CommandRunner.run(["pdf-worker"], input: "%PDF-1.4\n")
    #expect(result.status == 2)
    #expect(result.stderr == "not a request of a duties PDF worker\n")
  }
}
