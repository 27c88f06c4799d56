import ArgumentParser
import Duties
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

  func read(_ path: String) throws -> Document {
    try reader.read(path: path, format: documentFormat)
  }
}
