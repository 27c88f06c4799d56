import ArgumentParser
import Duties
import DutiesIndex
import Foundation

/// `duties corpus query`: finds obligations across the indexed documents.
struct CorpusQueryCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "query",
    abstract: "Find obligations across the corpus by bearer, kind, words and document.",
    discussion: """
      Example: every duty of integrated care boards that mentions co-operation:
        duties corpus query --bearer "integrated care boards" --kind duty --text co-operate

      --bearer matches normalised party names (singular, lower case) and the bearer as written. --text is a \
      full-text search with English stemming over sentences and actions; every word must occur (quotes, OR, \
      NOT, NEAR and * give SQLite FTS5 syntax). jsonl and json records follow docs/obligations-schema.md with \
      the document's path as "source".
      """
  )

  enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, markdown, json, jsonl, csv }

  @OptionGroup var database: DatabaseOption

  @Option(name: .long, help: "A duty-bearer, e.g. \"integrated care boards\".")
  var bearer: String?

  @OptionGroup var kinds: KindOption

  @OptionGroup var width: WidthOption

  @Option(name: .long, help: "Words that must occur in the sentence or action.")
  var text: String?

  @Option(name: .long, help: "Documents: a path glob (with * ? [) or a piece of the path or title.")
  var document: String?

  @Option(name: .long, help: "The most results to show.")
  var limit: Int?

  @Option(name: .long, help: "Output format: table, markdown, json, jsonl or csv.")
  var format: OutputFormat = .table

  func run() async throws {
    let results: [IndexedObligation]
    do {
      let query = ObligationQuery(
        bearer: bearer, kinds: kinds.list, text: text, document: document, limit: limit)
      results = try await database.withIndex { try await $0.obligations(matching: query) }
    } catch {
      Output.report(error)
      throw ExitStatus.error
    }
    switch format {
    case .table: Output.printText(Self.table(results, width: width.width(default: 120)), terminator: "")
    case .markdown: Output.printText(Self.markdown(results), terminator: "")
    case .json:
      Output.print(
        try JSONOutput.pretty(results.map { ObligationLine(source: $0.source, obligation: $0.obligation) }),
        terminator: "")
    case .jsonl:
      for result in results {
        Output.print(
          ObligationLine(source: result.source, obligation: result.obligation).jsonLine)
      }
    case .csv:
      var csv = CSVWriter(header: ObligationTable.csvHeader)
      for result in results {
        for row in ObligationTable.csvRows([result.obligation], document: result.source) { csv.append(row) }
      }
      Output.print(csv.text, terminator: "")
    }
  }

  /// Markdown for a report: a heading and a table per document, in the order of the results.
  static func markdown(_ results: [IndexedObligation]) -> String {
    guard !results.isEmpty else { return "No obligations match.\n" }
    var output = "# Obligations found\n\n\(Plural.count(results.count, "obligation")) in the index.\n"
    var start = results.startIndex
    while start < results.endIndex {
      let source = results[start].source
      let end = results[start...].firstIndex { $0.source != source } ?? results.endIndex
      output +=
        "\n## \(MarkdownText.escaped(results[start].title ?? source))\n\n\(MarkdownText.code(source))\n\n"
      output += ObligationTable.markdownTable(results[start..<end].map(\.obligation))
      start = end
    }
    return output
  }

  /// An aligned table: kind, bearer, action, location; one obligation per row, the bearer and action cut
  /// so that a row fits `width` (with room for a location of 40), or whole when it is wide enough.
  static func table(_ results: [IndexedObligation], width: Int = 120) -> String {
    guard !results.isEmpty else { return "no obligations match\n" }
    let rows = results.map { result -> [String] in
      let obligation = result.obligation
      return [
        obligation.kind.rawValue, obligation.bearer?.names ?? "—", obligation.action,
        DisplayPath.relative(result.source)
          + (obligation.location.page.map { ":page \($0):line \(obligation.location.line)" }
            ?? ":\(obligation.location.line):\(obligation.location.column)"),
      ]
    }
    let kindWidth = max(4, rows.map { $0[0].count }.max() ?? 0)
    let bearerWidth = min(max(28, width / 5), max(6, rows.map { $0[1].count }.max() ?? 0))
    let actionWidth = min(
      max(30, width - kindWidth - bearerWidth - 6 - 40), max(6, rows.map { $0[2].count }.max() ?? 0))
    func cell(_ text: String, _ width: Int) -> String {
      let clipped = text.count > width ? String(text.prefix(width - 1)) + "…" : text
      return clipped.padding(toLength: width, withPad: " ", startingAt: 0)
    }
    var output =
      cell("KIND", kindWidth) + "  " + cell("BEARER", bearerWidth) + "  " + cell("ACTION", actionWidth)
      + "  LOCATION\n"
    for row in rows {
      output +=
        cell(row[0], kindWidth) + "  " + cell(row[1], bearerWidth) + "  " + cell(row[2], actionWidth)
        + "  " + row[3] + "\n"
    }
    output += Plural.count(results.count, "obligation") + "\n"
    return output
  }
}

/// Paths shown relative to the current directory when they are under it.
enum DisplayPath {
  static func relative(_ path: String) -> String {
    let current = FileManager.default.currentDirectoryPath
    let prefix = current.hasSuffix("/") ? current : current + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
  }
}
