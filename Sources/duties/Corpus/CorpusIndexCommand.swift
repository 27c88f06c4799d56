import ArgumentParser
import Duties
import DutiesIndex
import DutiesPDF
import Foundation

/// `duties corpus index`: reads every supported file under some folders into the database.
struct CorpusIndexCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "index",
    abstract: "Read every supported file under the folders, extract obligations and store them.",
    discussion: """
      Files whose content has not changed are not read again; changed files replace their old rows; files \
      gone from the folders are removed. Each file is written in its own transaction, so Ctrl-C or a kill \
      leaves a consistent database and the next run carries on. A file that cannot be read is recorded with \
      its error and the run goes on.

      Exit status: 0 when every file is indexed, 1 when any file failed, 2 when the database could not be \
      used, 130 when interrupted.
      """
  )

  @Argument(help: "Folders (searched recursively) or files to index.")
  var paths: [String]

  @OptionGroup var database: DatabaseOption

  @OptionGroup var folders: FolderOptions

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Index only shard K of N (by a stable hash of each file's path under its folder), so that N processes or "
        + "machines index one corpus together into one PostgreSQL database.",
      valueName: "K/N"))
  var shard: IndexShard?

  @Option(
    name: .customLong("as"),
    help: ArgumentHelp(
      "Store the folder's files as NAME/ and their path under it, not by absolute path, so that workers which "
        + "mount the corpus at different paths share one index.",
      valueName: "name"))
  var storedAs: String?

  @Option(name: .long, help: "Files to process at once (default: one per core).")
  var jobs: Int = IndexOptions.defaultJobs

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The largest file to read, in bytes or with K, M, G or T; larger ones are recorded as failures.",
      valueName: "size"))
  var maxFileSize = ByteCount(bytes: DocumentReader.defaultMaximumBytes)

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The CPU time one PDF may take to read, in seconds; a PDF that takes longer is recorded as a failure.",
      valueName: "seconds"))
  var pdfTimeLimit = PDFWorker.Limits().cpuSeconds

  @Flag(name: [.customShort("q"), .long], help: "Print nothing but errors.")
  var quiet = false

  @Option(name: .long, help: "The end summary as text or json.")
  var format: SummaryFormat = .text

  enum SummaryFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

  func validate() throws {
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    if storedAs != nil && paths.count != 1 {
      throw ValidationError("--as names one folder; \(paths.count) were given")
    }
    try InputOptions.validate(pdfTimeLimit: pdfTimeLimit)
  }

  func run() async throws {
    // A path that is not there is an error before anything is made: no database is created for it.
    for path in paths where !FileManager.default.fileExists(atPath: path) {
      Output.report(DutiesError.unreadable(path: path, reason: "no such file or directory"))
      throw ExitStatus.error
    }
    let options = IndexOptions(
      jobs: jobs, maximumBytes: maxFileSize.bytes,
      reader: InputOptions.reader(maximumBytes: maxFileSize.bytes, pdfTimeLimit: pdfTimeLimit),
      filter: folders.filter, shard: shard, storedAs: storedAs)
    let index: CorpusIndex
    do {
      try options.check(roots: paths)
      index = try await CorpusIndex.open(database.path, create: true)
    } catch {
      Output.report(error)
      throw ExitStatus.error
    }
    let view = IndexProgressView(enabled: !quiet)
    let roots = paths
    // The handler is in place before any work starts, so an early Ctrl-C is not lost.
    let cancellation = Cancellation()
    let signals = InterruptHandler { cancellation.cancel() }
    defer { signals.stop() }
    let task = Task { try await index.index(roots, options: options) { view.update($0) } }
    cancellation.attach { task.cancel() }
    let report: IndexReport
    do {
      report = try await task.value
    } catch {
      view.finish()
      await index.close()
      Output.report(error)
      throw ExitStatus.error
    }
    view.finish()
    await index.close()
    for failure in report.failures { Output.error(failure.message) }
    switch format {
    case .json: Output.print(try JSONOutput.pretty(report), terminator: "")
    case .text where !quiet: Output.error(Self.summary(report))
    case .text: break
    }
    if report.interrupted { throw ExitStatus.interrupted }
    if let status = ExitStatus.failures(report.failures.count, of: report.files) { throw status }
  }

  static func summary(_ report: IndexReport) -> String {
    var lines = [
      "\(report.interrupted ? "interrupted" : "indexed") \(Plural.count(report.files, "file")) in "
        + String(format: "%.2f", report.seconds) + " s: \(report.added) added, \(report.updated) updated, "
        + "\(report.unchanged) unchanged, \(report.removed) removed, \(report.failures.count) failed; "
        + Plural.count(report.obligations, "obligation"),
      "database: \(report.database)",
    ]
    if report.interrupted { lines.append("run the same command again to continue") }
    return lines.joined(separator: "\n")
  }
}

extension IndexShard: ExpressibleByArgument {
  public init?(argument: String) {
    self.init(argument)
  }
}
