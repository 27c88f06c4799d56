import ArgumentParser
import Duties
import DutiesIndex

/// `duties corpus series`: the revision series found in the corpus.
struct CorpusSeriesCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "series",
    abstract: "List the documents that are versions of the same work, oldest first.",
    discussion: """
      Documents join a series when they share a work identifier, the same title with different dates, or \
      names that differ only by a date or version mark. Use an id with `duties corpus changes --series ID`.
      """
  )

  enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

  @OptionGroup var database: DatabaseOption

  @Option(name: .long, help: "Output format: text or json.")
  var format: OutputFormat = .text

  func run() async throws {
    let series: [RevisionSeries]
    do {
      series = try await database.withIndex { try await $0.series() }
    } catch {
      Output.report(error)
      throw ExitStatus.error
    }
    switch format {
    case .json: Output.print(try JSONOutput.pretty(series), terminator: "")
    case .text:
      if series.isEmpty { Output.print("no revision series: no two documents are versions of the same work") }
      for item in series {
        Output.printText("\(item.id)  \(item.title)")
        for member in item.members {
          let when = member.date ?? member.version ?? "undated"
          Output.printText(
            "  \(when.padding(toLength: 12, withPad: " ", startingAt: 0)) \(DisplayPath.relative(member.path))  (\(member.obligations) obligations)"
          )
        }
      }
    }
  }
}
