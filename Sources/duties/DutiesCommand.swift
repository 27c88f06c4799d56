import ArgumentParser
import Duties

@main
struct DutiesCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "duties",
    abstract: "Read public-policy documents and list, compare and summarise the obligations in them.",
    version: Duties.version,
    subcommands: [
      ExtractCommand.self, DiffCommand.self, SummaryCommand.self, ParseCommand.self, CheckCommand.self,
      CorpusCommand.self,
      SuccessionsCommand.self, PDFWorkerCommand.self,
    ]
  )
}
