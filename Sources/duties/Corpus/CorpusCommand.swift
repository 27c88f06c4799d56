import ArgumentParser
import DutiesIndex

/// `duties corpus`: index folders of documents into a database and ask it questions.
struct CorpusCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "corpus",
    abstract:
      "Index folders of documents into a database, then query it, count it and follow revisions.",
    discussion: """
      Every subcommand takes --db PATH (an SQLite file; default: duties-index.sqlite in the current directory, \
      or $DUTIES_DB) or --db postgres://user@host:5432/dbname (a PostgreSQL database a team shares; several \
      `index --shard K/N` runs fill it at once, see docs/scaling.md). The schema is described in \
      docs/index-schema.md.
      """,
    subcommands: [
      CorpusIndexCommand.self, CorpusQueryCommand.self, CorpusStatsCommand.self, CorpusSeriesCommand.self,
      CorpusChangesCommand.self, CorpusExportCommand.self,
    ]
  )
}

/// `--db PATH|URL`, shared by every `corpus` subcommand.
struct DatabaseOption: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The corpus database: an SQLite file or a postgres:// URL (default: duties-index.sqlite, or $DUTIES_DB).",
      valueName: "path-or-url"))
  var db: String?

  var path: String { db ?? CorpusIndex.defaultPath }

  /// Opens the database (for reading only, unless `create`), hands it to `body`, and closes it.
  func withIndex<T>(create: Bool = false, _ body: (CorpusIndex) async throws -> T) async throws -> T {
    let index = try await CorpusIndex.open(path, create: create, readOnly: !create)
    do {
      let value = try await body(index)
      await index.close()
      return value
    } catch {
      await index.close()
      throw error
    }
  }
}
