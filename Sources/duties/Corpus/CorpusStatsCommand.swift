import ArgumentParser
import Duties
import DutiesIndex

/// `duties corpus stats`: what the corpus holds.
struct CorpusStatsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract:
      "Count documents by format, obligations by kind, the parties with most duties, series and failures."
  )

  enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

  @OptionGroup var database: DatabaseOption

  @Option(name: .long, help: "How many duty-bearers to list.")
  var top = 15

  @Option(name: .long, help: "Output format: text or json.")
  var format: OutputFormat = .text

  func run() async throws {
    let statistics: CorpusStatistics
    do {
      statistics = try await database.withIndex { try await $0.statistics(bearers: top) }
    } catch {
      Output.report(error)
      throw ExitStatus.error
    }
    switch format {
    case .json: Output.print(try JSONOutput.pretty(statistics), terminator: "")
    case .text: Output.printText(Self.text(statistics), terminator: "")
    }
  }

  static func text(_ statistics: CorpusStatistics) -> String {
    var output =
      Plural.count(statistics.documents, "document") + ", "
      + Plural.count(statistics.obligations, "obligation") + ", "
    output +=
      "\(statistics.series) revision series, \(Plural.count(statistics.failures.count, "failure"))\n\n"
    output += "Documents by format\n"
    for count in statistics.formats { output += "  \(pad(count.name, 16)) \(count.count)\n" }
    output += "\nObligations by kind\n"
    for count in statistics.kinds { output += "  \(pad(count.name, 16)) \(count.count)\n" }
    if !statistics.bearers.isEmpty {
      output += "\nParties with most duties (binding / all obligations, documents)\n"
      for bearer in statistics.bearers {
        output += "  \(pad(bearer.party, 40)) \(bearer.binding) / \(bearer.total)  (\(bearer.documents))\n"
      }
    }
    if !statistics.failures.isEmpty {
      output += "\nFailures\n"
      for failure in statistics.failures { output += "  \(failure.message)\n" }
    }
    return output
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text.padding(toLength: width, withPad: " ", startingAt: 0)
  }
}
