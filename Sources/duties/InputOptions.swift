import ArgumentParser
import Duties
import DutiesIndex
import DutiesPDF

/// The options every command that reads documents takes.
struct InputOptions: ParsableArguments {
  enum InputFormat: String, ExpressibleByArgument, CaseIterable {
    case auto, clml, akn, uslm, xml, html, markdown, text, pdf, docx, odt
  }

  @Option(name: .long, help: "The input format, or auto to sniff it from the content.")
  var inputFormat: InputFormat = .auto

  var documentFormat: DocumentFormat? {
    inputFormat == .auto ? nil : DocumentFormat(rawValue: inputFormat.rawValue)
  }

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The largest file to read, in bytes or with K, M, G or T (1.5G, 256MiB). Larger files are refused "
        + "before reading: reading a file whole takes up to about eleven times its size in memory (extracting "
        + "one text file as JSON or CSV, about twice).",
      valueName: "size"))
  var maxFileSize = ByteCount(bytes: DocumentReader.defaultMaximumBytes)

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The CPU time one PDF may take to read, in seconds. Each PDF is read in a process of its own; one "
        + "that takes longer (a decompression bomb, or a damaged file) is refused and the rest go on.",
      valueName: "seconds"))
  var pdfTimeLimit = PDFWorker.Limits().cpuSeconds

  func validate() throws {
    try Self.validate(pdfTimeLimit: pdfTimeLimit)
  }

  /// Refuses a PDF time limit outside 1 s to a day.
  static func validate(pdfTimeLimit: Int) throws {
    guard (1...PDFWorker.Limits.maximumCPUSeconds).contains(pdfTimeLimit) else {
      throw ValidationError(
        "--pdf-time-limit must be between 1 and \(PDFWorker.Limits.maximumCPUSeconds) seconds")
    }
  }

  /// The reader the command line uses: the core formats and PDF, with the size limit.
  var reader: DocumentReader {
    Self.reader(maximumBytes: maxFileSize.bytes, pdfTimeLimit: pdfTimeLimit)
  }

  /// The reader the command line uses: PDFs are read by a worker process, this program run as
  /// `duties pdf-worker`, within `pdfTimeLimit` seconds of CPU.
  static func reader(maximumBytes: Int, pdfTimeLimit: Int = PDFWorker.Limits().cpuSeconds) -> DocumentReader {
    let worker = CommandLine.executablePath.map {
      PDFWorker(executable: $0, arguments: ["pdf-worker"], limits: PDFWorker.Limits(cpuSeconds: pdfTimeLimit))
    }
    return DocumentReader(maximumBytes: maximumBytes, plugins: [PDFReader(worker: worker)])
  }

  /// Reads a document, its SHA-256 (of the file's bytes) in its metadata.
  func read(_ path: String) throws -> Document {
    let (bytes, sha256) = try fileBytes(path)
    var document = try reader.read(bytes: bytes, path: path, format: documentFormat)
    document.metadata.sha256 = sha256
    return document
  }

  /// The two revisions of a Word document's tracked changes, both with the file's SHA-256.
  func readTrackedRevisions(_ path: String) throws -> (Document, Document)? {
    let (bytes, sha256) = try fileBytes(path)
    guard var (before, after) = try reader.readTrackedRevisions(bytes: bytes, path: path) else { return nil }
    before.metadata.sha256 = sha256
    after.metadata.sha256 = sha256
    return (before, after)
  }

  /// Reads a file as ``read(_:)`` does, leaving a plain text or Markdown as its source for
  /// extraction part by part; with the SHA-256 of its bytes.
  func reading(_ path: String) throws -> (DocumentReader.Reading, sha256: String) {
    let (bytes, sha256) = try fileBytes(path)
    return (try reader.reading(bytes: bytes, path: path, format: documentFormat), sha256)
  }

  /// A file's bytes, within the size limit, and their SHA-256: where the command line reads files,
  /// so that every output gives the file one digest. `REV:path` (a path that is no file, with a
  /// revision before the colon) is the file at that git revision.
  private func fileBytes(_ path: String) throws -> (bytes: [UInt8], sha256: String) {
    // "HEAD~1:policy.md": the file at a git revision.
    if let (revision, file) = GitRevision.split(path) {
      let bytes = try GitRevision.bytes(
        revision: revision, path: file, limit: maxFileSize.bytes, argument: path)
      return (bytes, FileDigest.sha256(bytes))
    }
    let bytes = try reader.bytes(path: path)
    return (bytes, FileDigest.sha256(bytes))
  }
}
