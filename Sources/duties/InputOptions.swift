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

  /// The reader the command line uses: the core formats and PDF.
  static var reader: DocumentReader { DocumentReader(plugins: [PDFReader()]) }

  func read(_ path: String) throws -> Document {
    try Self.reader.read(path: path, format: documentFormat)
  }
}
