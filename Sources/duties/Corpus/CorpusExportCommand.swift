import ArgumentParser
import Duties
import DutiesIndex
import Foundation

/// `duties corpus export`: everything in the database, for other tools.
struct CorpusExportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write every document, obligation and failure in the database as JSON Lines or CSV.",
    discussion: """
      jsonl: one record per line with "record": "document" (with its sections), "obligation" (the fields of \
      docs/obligations-schema.md and "source") or "failure". csv: one row per obligation. The order is stable: \
      documents by path, obligations in document order.
      """
  )

  @OptionGroup var database: DatabaseOption

  @Option(name: .long, help: "Output format: jsonl or csv.")
  var format: ExportFormat = .jsonl

  func run() async throws {
    do {
      var buffer = ""
      try await database.withIndex { index in
        try await index.export(format) { piece in
          buffer += piece
          if buffer.utf8.count > 1 << 16 {
            Output.print(buffer, terminator: "")
            buffer = ""
          }
        }
      }
      Output.print(buffer, terminator: "")
    } catch {
      Output.report(error)
      throw ExitStatus.error
    }
  }
}

extension ExportFormat: ExpressibleByArgument {}
