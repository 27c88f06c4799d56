import ArgumentParser
import DutiesIndex

/// `duties corpus`: index folders of documents into a database and ask it questions.
struct CorpusCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "corpus",
    abstract:
      "Index folders of documents into a SQLite database, then query it, count it and follow revisions.",
    discussion: """
      Every subcommand takes --db PATH (default: duties-index.sqlite in the current directory, or $DUTIES_DB). \
      The schema is described in docs/index-schema.md.
      """,
    subcommands: [
      CorpusIndexCommand.self, CorpusQueryCommand.self, CorpusStatsCommand.self, CorpusSeriesCommand.self,
      CorpusChangesCommand.self, CorpusExportCommand.self,
    ]
  )
}

/// `--db PATH`, shared by every `corpus` subcommand.
struct DatabaseOption: ParsableArguments {
  @Option(name: .long, help: "The corpus database (default: duties-index.sqlite, or $DUTIES_DB).")
  var db: String?

  var path: String { db ?? CorpusIndex.defaultPath }
}
