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

  /// The reader the command line uses: the core formats and PDF, with the size limit.
  var reader: DocumentReader { Self.reader(maximumBytes: maxFileSize.bytes) }

  static func reader(maximumBytes: Int) -> DocumentReader {
    DocumentReader(maximumBytes: maximumBytes, plugins: [PDFReader()])
  }

  func read(_ path: String) throws -> Document {
    try reader.read(path: path, format: documentFormat)
  }
}
