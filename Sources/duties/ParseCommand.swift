import ArgumentParser
import Duties

/// `duties parse`: prints the document tree.
struct ParseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parse",
    abstract: "Print the document tree of each file, with source locations.",
    discussion: """
      The format of each file is sniffed from its content (XML root element and namespace, HTML \
      doctype, Markdown markers) unless --input-format is given. Use - to read standard input.
      """
  )

  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json, text
  }

  @Argument(help: "The files to read (- for standard input).")
  var files: [String]

  @Option(name: .long, help: "Output format: json or text.")
  var format: OutputFormat = .text

  @OptionGroup var input: InputOptions

  @OptionGroup var width: WidthOption

  func run() throws {
    var failures = 0
    var jsonValues: [String] = []  // several files make one JSON array
    for file in files {
      do {
        let document = try input.read(file)
        for diagnostic in document.diagnostics { Output.error("\(diagnostic)") }
        switch format {
        case .json:
          jsonValues.append(try JSONOutput.pretty(DocumentJSON(document)))
        case .text:
          Output.printText(DocumentOutline.render(document, width: width.width(default: 100)), terminator: "")
        }
      } catch {
        Output.report(error)
        failures += 1
      }
    }
    if format == .json {
      Output.print(JSONOutput.combined(jsonValues, asArray: files.count > 1), terminator: "")
    }
    if let status = ExitStatus.failures(failures, of: files.count) { throw status }
  }
}
