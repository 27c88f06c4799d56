import ArgumentParser
import Duties

@main
struct DutiesCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "duties",
    abstract: "Read public-policy documents and list, compare and summarise the obligations in them.",
    discussion: """
      Exit status, alike in every command: 0 done, nothing found; 1 something found (a change with \
      diff --exit-code or -q, a file that reads badly in check) or, in extract, parse, summary, check and \
      corpus index, some files failed while the others were done; 2 an error kept the command from its \
      work (no input could be read, a document diff could not read, a bad review file or database); 64 a \
      command line that does not parse; 130 interrupted.
      """,
    version: Duties.version,
    subcommands: [
      ExtractCommand.self, DiffCommand.self, SummaryCommand.self, ParseCommand.self, CheckCommand.self,
      CorpusCommand.self,
      SuccessionsCommand.self, PDFWorkerCommand.self,
    ]
  )

  /// Runs the command the arguments name. An error of duties' own that a command lets through is reported
  /// once, as `path:line:column: error: message`, with exit status 2 (``ExitStatus``); anything else is
  /// swift-argument-parser's to report (help, usage errors with 64).
  static func main() async {
    do {
      var command = try parseAsRoot()
      if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch let error as DutiesError {
      Output.report(error)
      exit(withError: ExitStatus.error)
    } catch {
      exit(withError: error)
    }
  }
}
