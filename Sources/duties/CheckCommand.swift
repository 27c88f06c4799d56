import ArgumentParser
import Duties

/// `duties check`: whether each file was read properly, before a comparison relies on it.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Say how each file reads: format, text, sentences, sections, obligations and warnings.",
    discussion: """
      A preflight before a diff: an empty file, a file from which no text was read, a PDF with pages \
      without text (scanned), text that is mostly replacement characters, a file with headings and no \
      body text, or a long text with no heading or numbered section gets a warning (path:line:column: \
      warning: …); a file that cannot be read at all (an image-only PDF among them) an error, and the \
      others go on. Exit status: 0 when every file read without a warning; 1 when a file has a warning \
      or could not be read while others were; 2 when none could be read; 64 on a usage error.
      """
  )

  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Argument(help: "The files to check (- for standard input).")
  var files: [String]

  @Option(name: .long, help: "Output format: text or json.")
  var format: OutputFormat = .text

  @OptionGroup var input: InputOptions

  /// A file's report, or why it could not be read.
  struct Outcome: Encodable {
    var path: String
    var report: ReadingReport?
    var error: String?
  }

  func run() throws {
    var outcomes: [Outcome] = []
    for file in files {
      do {
        let document = try input.read(file)
        let report = ReadingReport(
          document: document, obligations: ObligationExtractor().extract(from: document))
        outcomes.append(Outcome(path: file, report: report))
        if format == .text { Output.printText(Self.describe(report), terminator: "") }
      } catch {
        Output.report(error)
        outcomes.append(Outcome(path: file, error: (error as? DutiesError)?.description ?? "\(error)"))
      }
    }
    if format == .json { Output.print(try JSONOutput.pretty(outcomes), terminator: "") }
    let failed = outcomes.filter { $0.report == nil }.count
    if let status = ExitStatus.failures(failed, of: outcomes.count) { throw status }
    if outcomes.contains(where: { $0.report?.isClean != true }) { throw ExitStatus.found }
  }

  /// "policy.md: markdown · 12,345 characters · 120 sentences · 34 sections · 29 obligations", then
  /// each warning on a line of its own.
  static func describe(_ report: ReadingReport) -> String {
    func count(_ value: Int, _ noun: String) -> String {
      // Thousands grouped: "12,345 characters".
      var digits = String(value)
      for index in stride(from: digits.count - 3, to: 0, by: -3) {
        digits.insert(",", at: digits.index(digits.startIndex, offsetBy: index))
      }
      return "\(digits) \(noun)\(value == 1 ? "" : "s")"
    }
    var text =
      "\(report.path): \(report.format.rawValue) · " + count(report.characters, "character") + " · "
      + count(report.sentences, "sentence") + " · " + count(report.sections, "section") + " · "
      + count(report.obligations, "obligation") + (report.isClean ? " · ok" : "") + "\n"
    for warning in report.warnings { text += "  \(warning)\n" }
    return text
  }
}
