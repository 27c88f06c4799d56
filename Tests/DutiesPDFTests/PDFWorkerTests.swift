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

  @Test(arguments: ["encrypted.pdf", "truncated.pdf", "image-only.pdf"])
  func aWorkerRefusesAFileWithTheSameError(_ name: String) {
    let bytes = Array(try! Data(contentsOf: SharedCorpus.fixture("office/\(name)")))
    #expect(failure(reader(), bytes) == failure(inProcess, bytes))
    #expect(failure(reader(), bytes).hasPrefix("file.pdf: error: "))
  }

  /// A Flate bomb whose filter is spelt `/Fl#61teDecode`: no byte search finds it, and poppler
  /// spends seconds expanding 330 MiB of spaces; the worker is stopped at its one second.
  @Test func aBombBehindAnEscapedFilterNameIsStoppedAtTheTimeLimit() {
    let bomb = HostileFiles.pdf(
      content: HostileFiles.zlibRun(of: UInt8(ascii: " "), count: 330 << 20), flate: true,
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
  }

  @Test func aWorkerThatWritesTooMuchIsStopped() {
    let message = failure(shellReader("cat >/dev/null; yes", memoryBytes: 1 << 20), [])
    #expect(message.hasPrefix("file.pdf: error: the PDF's text is larger than 1 MiB"))
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
