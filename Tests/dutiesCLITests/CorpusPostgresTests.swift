import DutiesTestSupport
import Foundation
import Testing

/// The corpus commands on a PostgreSQL database give what they give on an SQLite file, and several
/// indexing processes fill one database together (issue #27).
@Suite(
  .serialized, .enabled(if: ScratchPostgres.serverURL != nil, "needs the test server scripts/test starts"))
struct CorpusPostgresTests {
  static let folders = CorpusCommandTests.folders

  func run(_ arguments: [String]) throws -> CommandRunner.Result {
    try CommandRunner.run(arguments)
  }

  /// Starts `duties` with `arguments` in the background: its output to `output` (or nowhere), its
  /// errors to the file `log` (or nowhere).
  func start(_ arguments: [String], output: Pipe? = nil, log: String? = nil) throws -> Process {
    let process = Process()
    process.executableURL = CommandRunner.executable
    process.arguments = arguments
    process.standardOutput = output ?? FileHandle.nullDevice
    if let log {
      _ = FileManager.default.createFile(atPath: log, contents: nil)
      process.standardError = FileHandle(forWritingAtPath: log)
    } else {
      process.standardError = FileHandle.nullDevice
    }
    try process.run()
    return process
  }

  /// The export of the test folders indexed into a new SQLite file, made once for the suite: what
  /// every PostgreSQL run must end with.
  static let referenceExport: String? = {
    guard let folder = try? TemporaryFolder() else { return nil }
    defer { folder.remove() }
    let reference = folder.path("reference.sqlite")
    guard (try? CommandRunner.run(["corpus", "index", "--quiet", "--db", reference] + folders))?.status == 0
    else {
      return nil
    }
    return try? CommandRunner.run(["corpus", "export", "--db", reference]).stdout
  }()

  /// Waits, while `process` runs and for two minutes at most, until the database holds `count`
  /// documents.
  func wait(for process: Process, toWrite count: Int, in database: String) async throws {
    let deadline = Date(timeIntervalSinceNow: 120)
    while process.isRunning, Date() < deadline, documents(in: database) < count {
      try await Task.sleep(for: .milliseconds(10))
    }
  }

  /// How many documents the PostgreSQL database holds (0 while it has no index yet).
  func documents(in database: String) -> Int {
    let count = try? ScratchPostgres.psql(database, "SELECT count(*) FROM duties.document")
    return Int(count?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
  }

  /// Every read-only command's output on both databases, which must be the same.
  func outputs(_ database: String) throws -> [String] {
    var outputs: [String] = []
    let commands: [[String]] = [
      ["corpus", "export"], ["corpus", "export", "--format", "csv"], ["corpus", "stats", "--format", "json"],
      ["corpus", "series", "--format", "json"], ["corpus", "changes", "--format", "json"],
      ["corpus", "query", "--bearer", "secretary of state", "--format", "jsonl"],
      ["corpus", "query", "--kind", "prohibition", "--text", "certificate", "--format", "jsonl"],
      ["corpus", "query", "--text", "co-operate OR \"joint working\"", "--format", "jsonl"],
      ["corpus", "query", "--text", "publish*", "--document", "*.md", "--format", "jsonl"],
      ["corpus", "query", "--text", "NEAR(local authority, 3)", "--format", "jsonl"],
    ]
    for command in commands {
      let result = try run(command + ["--db", database])
      #expect(result.status == 0, "\(command): \(result.stderr)")
      // The database's name is the one thing that may differ.
      outputs.append(result.stdout.replacingOccurrences(of: database, with: "DATABASE"))
    }
    return outputs
  }

  @Test func theSameFilesGiveTheSameAnswersAsSQLite() throws {
    try #require(SharedCorpus.isAvailable)
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let sqlite = folder.path("index.sqlite")
    let postgres = try #require(try ScratchPostgres.create())
    for database in [sqlite, postgres] {
      let result = try run(["corpus", "index", "--quiet", "--db", database] + Self.folders)
      #expect(result.status == 0, "\(result.stderr)")
    }
    let expected = try outputs(sqlite)
    #expect(expected[0].split(separator: "\n").count > 1_000)
    #expect(try outputs(postgres) == expected)
  }

  @Test func twoShardsIndexedAtOnceGiveWhatOneRunGives() async throws {
    try #require(SharedCorpus.isAvailable)
    let whole = try #require(try ScratchPostgres.create())
    let single = try run(["corpus", "index", "--quiet", "--db", whole] + Self.folders)
    #expect(single.status == 0, "\(single.stderr)")

    let shared = try #require(try ScratchPostgres.create())
    let workers = try (1...2).map { shard in
      let output = Pipe()
      let arguments =
        ["corpus", "index", "--jobs", "1", "--format", "json", "--db", shared, "--shard", "\(shard)/2"]
        + Self.folders
      return (try start(arguments, output: output), output)
    }
    var files = 0
    for (process, output) in workers {
      let report = output.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      #expect(process.terminationStatus == 0)
      let json = try #require(try JSONSerialization.jsonObject(with: report) as? [String: Any])
      let count = try #require(json["files"] as? Int)
      #expect(count > 0)
      files += count
    }
    let wholeExport = try run(["corpus", "export", "--db", whole]).stdout
    #expect(try run(["corpus", "export", "--db", shared]).stdout == wholeExport)
    let report = try run(["corpus", "index", "--format", "json", "--db", whole] + Self.folders)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
    #expect(json["files"] as? Int == files)

    // A shard run again over the whole database finds its files unchanged and leaves the others be
    // (IndexShardTests has one remove only its own shard's missing files).
    let rerun = try run(["corpus", "index", "--quiet", "--db", shared, "--shard", "1/2"] + Self.folders)
    #expect(rerun.status == 0)
    #expect(try run(["corpus", "export", "--db", shared]).stdout == wholeExport)
  }

  /// One of two workers is killed part-way while the other goes on: run again, its shard completes,
  /// with nothing lost or doubled.
  @Test func aKilledWorkersShardCompletesWhenItIsRunAgain() async throws {
    try #require(SharedCorpus.isAvailable)
    let expected = try #require(Self.referenceExport)

    let shared = try #require(try ScratchPostgres.create())
    func worker(_ shard: String) throws -> Process {
      try start(
        ["corpus", "index", "--jobs", "1", "--quiet", "--db", shared, "--shard", shard] + Self.folders)
    }
    let survivor = try worker("1/2")
    let victim = try worker("2/2")
    try await wait(for: victim, toWrite: 4, in: shared)
    try #require(victim.isRunning, "the worker ended before it could be killed")
    kill(victim.processIdentifier, SIGKILL)
    victim.waitUntilExit()
    survivor.waitUntilExit()
    #expect(survivor.terminationStatus == 0)
    #expect(try run(["corpus", "export", "--db", shared]).stdout != expected)

    let rerun = try run(["corpus", "index", "--db", shared, "--shard", "2/2"] + Self.folders)
    #expect(rerun.status == 0, "\(rerun.stderr)")
    #expect(rerun.stderr.contains(" 0 updated, "), "\(rerun.stderr)")
    #expect(try run(["corpus", "export", "--db", shared]).stdout == expected)
  }

  /// The server ends the worker's connections part-way: the run stops with an error that says so,
  /// no document is half written, and running it again completes the index.
  @Test func aServerThatGoesAwayStopsTheRunCleanly() async throws {
    try #require(SharedCorpus.isAvailable)
    let expected = try #require(Self.referenceExport)
    let folder = try TemporaryFolder()
    defer { folder.remove() }

    let database = try #require(try ScratchPostgres.create())
    let name = try #require(URLComponents(string: database)?.path.dropFirst())
    let log = folder.path("index.log")
    let process = try start(
      ["corpus", "index", "--jobs", "1", "--quiet", "--db", database] + Self.folders, log: log)
    try await wait(for: process, toWrite: 3, in: database)
    try #require(process.isRunning, "the run ended before the server could end it")
    try ScratchPostgres.psql(
      database,
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '\(name)' AND pid <> pg_backend_pid()"
    )
    process.waitUntilExit()
    let stderr = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
    #expect(process.terminationStatus == 2, "\(stderr)")
    #expect(stderr.hasPrefix(database + ": error: "), "\(stderr)")
    #expect(
      stderr.contains("terminating connection") || stderr.contains("closed the connection"), "\(stderr)")
    let halfWritten = try ScratchPostgres.psql(
      database,
      """
      SELECT count(*) FROM duties.document d
      WHERE d.obligation_count <> (SELECT count(*) FROM duties.obligation o WHERE o.document_id = d.id)
      """)
    #expect(halfWritten.trimmingCharacters(in: .whitespacesAndNewlines) == "0")

    #expect(try run(["corpus", "index", "--quiet", "--db", database] + Self.folders).status == 0)
    #expect(try run(["corpus", "export", "--db", database]).stdout == expected)
  }

  @Test func unreachableServersUnknownUsersAndNewerSchemasAreClearErrors() throws {
    let closed = try run(["corpus", "stats", "--db", "postgres://duties@127.0.0.1:1/duties"])
    #expect(closed.status == 2)
    #expect(
      closed.stderr.hasPrefix("postgres://duties@127.0.0.1:1/duties: error: cannot connect to PostgreSQL: "),
      "\(closed.stderr)")
    #expect(closed.stderr.contains("Connection refused"), "\(closed.stderr)")

    let base = try #require(ScratchPostgres.serverURL)
    let stranger = base.replacingOccurrences(of: "://duties@", with: "://nobody:secret@")
    let refused = try run(["corpus", "index", "--db", stranger, SharedCorpus.demo("").path])
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("role \"nobody\" does not exist"), "\(refused.stderr)")
    #expect(!refused.stderr.contains("secret"))

    let database = try #require(try ScratchPostgres.create())
    let empty = try run(["corpus", "query", "--db", database])
    #expect(empty.status == 2)
    #expect(empty.stderr.contains("no corpus index in this database"), "\(empty.stderr)")
    let made = try run([
      "corpus", "index", "--quiet", "--db", database, SharedCorpus.demo("integration-papers").path,
    ])
    #expect(made.status == 0, "\(made.stderr)")
    try ScratchPostgres.psql(database, "INSERT INTO duties.migration (name) VALUES ('v99: from the future')")
    for command in [["corpus", "stats"], ["corpus", "index", "--quiet", SharedCorpus.demo("").path]] {
      let newer = try run(command + ["--db", database])
      #expect(newer.status == 2)
      #expect(newer.stderr.contains("written by a newer version of duties"), "\(newer.stderr)")
    }
  }
}
