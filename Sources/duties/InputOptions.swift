import ArgumentParser
import Duties

/// The options every command that reads documents takes.
struct InputOptions: ParsableArguments {
  enum InputFormat: String, ExpressibleByArgument, CaseIterable {
    case auto, clml, akn, uslm, xml, html, markdown, text
  }

  @Option(name: .long, help: "The input format, or auto to sniff it from the content.")
  var inputFormat: InputFormat = .auto

  var documentFormat: DocumentFormat? {
    inputFormat == .auto ? nil : DocumentFormat(rawValue: inputFormat.rawValue)
  }

  func read(_ path: String) throws -> Document {
    try DocumentReader().read(path: path, format: documentFormat)
  }
}
