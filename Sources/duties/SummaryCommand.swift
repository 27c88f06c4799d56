import ArgumentParser
import Duties

/// `duties summary`: a register of who must do what.
struct SummaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "summary",
    abstract: "Write a register of obligations grouped by duty-bearer, across one or more documents.",
    discussion: """
      Folders are read recursively (files ending in .xml, .html, .md, .txt and the like); a file that cannot be \
      read is reported (path: error: …) and the others are registered. Parties are normalised and merged across documents \
      (an acronym with its name, a body renamed in the successions table with its later name, each party keeping the \
      other names it is written by); joint duties are listed under each party. JSON follows docs/summary-schema.md.
      """
  )

  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, html, csv, json
  }

  @Argument(help: "Files or folders to read (- for standard input).")
  var paths: [String]

  @Option(name: .long, help: "Only parties whose name contains this text (e.g. \"local authority\").")
  var bearer: String?

  @OptionGroup var kinds: KindOption

  @OptionGroup var width: WidthOption

  @Option(name: .long, help: "Output format: text, markdown, html, csv or json.")
  var format: OutputFormat = .text

  @Option(name: .long, help: "Colour in text output: auto, always or never.")
  var color: ColorChoice = .auto

  @OptionGroup var input: InputOptions

  @OptionGroup var folders: FolderOptions

  @OptionGroup var succession: SuccessionOptions

  func run() throws {
    // A bad table is reported before any document is read.
    let successions = try succession.table()
    let extractor = ObligationExtractor()
    var documents: [(document: Document, obligations: [Obligation])] = []
    let listing = DocumentFiles.list(paths, filter: folders.filter)
    for unreadable in listing.skipped { Output.error(unreadable.description) }
    var skipped = listing.skipped.count
    for path in listing.files {
      do {
        let document = try input.read(path)
        for diagnostic in document.diagnostics { Output.error("\(diagnostic)") }
        documents.append((document, extractor.extract(from: document)))
      } catch {
        Output.report(error)
        skipped += 1
      }
    }
    let register = RegisterBuilder(bearer: bearer, kinds: kinds.set, successions: successions).build(
      documents)
    switch format {
    case .text:
      Output.printText(
        RegisterText.terminal(register, color: color.isEnabled, width: width.width(default: 80)),
        styled: color.isEnabled, terminator: "")
    case .markdown: Output.printText(RegisterText.markdown(register), terminator: "")
    case .html: Output.print(RegisterHTML.render(register), terminator: "")
    case .csv: Output.print(RegisterText.csv(register), terminator: "")
    case .json: Output.print(try JSONOutput.pretty(register), terminator: "")
    }
    if let status = ExitStatus.failures(skipped, of: documents.count + skipped) { throw status }
  }
}
