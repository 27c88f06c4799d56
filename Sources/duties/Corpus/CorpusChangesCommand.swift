import ArgumentParser
import Duties
import DutiesIndex

/// `duties corpus changes`: obligation changes between consecutive versions in each series.
struct CorpusChangesCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "changes",
    abstract:
      "Show how obligations changed between consecutive versions of each revision series, newest first.",
    discussion: """
      Uses the obligations stored when the files were indexed. JSON is an array of objects with the series id \
      and its comparisons, each following docs/diff-schema.md.
      """
  )

  enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, markdown, json, csv, html }

  @OptionGroup var database: DatabaseOption

  @Option(name: .long, help: "Only this series (see `duties corpus series`).")
  var series: String?

  @Option(
    name: .long, help: "Output format: text, markdown, json, csv or html (one page, with the reviewer).")
  var format: OutputFormat = .text

  @Option(name: .long, help: "Colour in text output: auto, always or never.")
  var color: ColorChoice = .auto

  @OptionGroup var order: SortOption

  @OptionGroup var succession: SuccessionOptions

  struct SeriesChanges: Encodable {
    var series: String
    var title: String
    var comparisons: [DocumentComparison]
  }

  func run() async throws {
    let results: [SeriesChanges]
    do {
      let successions = try succession.table()
      results = try await database.withIndex { index in
        var chosen = try await index.series()
        if let series {
          chosen = chosen.filter { $0.id == series }
          if chosen.isEmpty {
            throw DutiesError.invalidRequest(
              path: index.path, reason: "no series \"\(series)\"; `duties corpus series` lists them")
          }
        }
        var results: [SeriesChanges] = []
        for item in chosen {
          let comparisons = try await index.changes(in: item, successions: successions, order: order.sort)
          results.append(
            SeriesChanges(
              series: item.id, title: item.title, comparisons: comparisons.map { $0.withoutUnchanged() }))
        }
        return results
      }
    } catch {
      Output.report(error)
      throw ExitStatus.error
    }
    switch format {
    case .json: Output.print(try JSONOutput.pretty(results), terminator: "")
    case .csv:
      let comparisons = results.flatMap(\.comparisons)
      if !comparisons.isEmpty { Output.print(ComparisonText.csv(comparisons), terminator: "") }
    case .html:
      Output.print(ComparisonHTML.render(results.flatMap(\.comparisons)), terminator: "")
    case .markdown, .text:
      if results.isEmpty { Output.print("no revision series in the index") }
      for result in results {
        Output.printText(
          format == .markdown
            ? "# \(result.title) (`\(result.series)`)\n" : "== \(result.series): \(result.title)\n")
        for comparison in result.comparisons {
          Output.printText(
            format == .markdown
              ? ComparisonText.markdown(comparison)
              : ComparisonText.terminal(comparison, color: color.isEnabled),
            styled: color.isEnabled && format != .markdown)
        }
      }
    }
  }
}
