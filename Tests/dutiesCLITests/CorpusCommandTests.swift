import DutiesIndex
import DutiesTestSupport
import Foundation
import Testing

@Suite(.serialized) struct CorpusCommandTests {
  /// Real documents of every format, enough for an index run of several seconds with one job.
  static let folders =
    [
      "legalize-uk-care-act-2014-excerpt", "legalize-uk-nhs-act-2006-excerpt", "govuk-html-guidance",
      "rfc6125bis-revisions", "gds-way-revisions", "akn-uk-caselaw", "plaintext-misc",
      "clml-pair-transport-act-2000-s19", "nppf-december-2024", "clml-samples", "akn-uk-lawmaker-bills",
    ].map { SharedCorpus.corpus($0).path } + [SharedCorpus.demo("").path]

  func index(_ database: String, jobs: Int = 1) throws -> CommandRunner.Result {
    try CommandRunner.run(["corpus", "index", "--jobs", "\(jobs)", "--db", database] + Self.folders)
  }

  func export(_ database: String) throws -> String {
    let result = try CommandRunner.run(["corpus", "export", "--db", database])
    #expect(result.status == 0, "\(result.stderr)")
    return result.stdout
  }

  /// The databases the index commands are tried on: an SQLite file, and a PostgreSQL database when
  /// the suite has a server (`scripts/test` starts one).
  static let stores = ["sqlite"] + (ScratchPostgres.serverURL == nil ? [] : ["postgres"])

  /// A new database of `store`'s kind: a file in `folder`, or a database of its own on the server.
  func location(_ store: String, in folder: TemporaryFolder, name: String) throws -> String {
    store == "postgres" ? try #require(try ScratchPostgres.create()) : folder.path(name + ".sqlite")
  }

  /// How many documents the database holds, or `nil` while it cannot be read yet: asked of the
  /// command in a process of its own. (In this process a read of an SQLite file waits for one of
  /// Dispatch's threads, which a full suite's extraction tests keep busy for seconds at a time: the
  /// run could end before a single count came back.)
  func documents(in database: String) -> Int? {
    guard
      let result = try? CommandRunner.run([
        "corpus", "stats", "--top", "0", "--format", "json", "--db", database,
      ]),
      result.status == 0,
      let json = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    else { return nil }
    return json["documents"] as? Int
  }

  /// Starts an index run and waits until it has committed at least `documents` files.
  func startIndexing(_ database: String, until documents: Int, log: String, extra: [String] = []) throws
    -> Process
  {
    let process = Process()
    process.executableURL = CommandRunner.executable
    process.arguments =
      ["corpus", "index", "--jobs", "1", "--quiet", "--db", database] + extra + Self.folders
    process.standardOutput = FileHandle.nullDevice
    _ = FileManager.default.createFile(atPath: log, contents: nil)
    process.standardError = FileHandle(forWritingAtPath: log)
    try process.run()
    let deadline = Date(timeIntervalSinceNow: 120)
    while process.isRunning, Date() < deadline {
      if let count = self.documents(in: database), count >= documents { break }
      Thread.sleep(forTimeInterval: 0.01)
    }
    return process
  }

  @Test(arguments: stores) func killedRunResumesToTheSameDatabase(_ store: String) async throws {
    try #require(SharedCorpus.isAvailable)
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let full = try location(store, in: folder, name: "full")
    let uninterrupted = try index(full)
    #expect(uninterrupted.status == 0, "\(uninterrupted.stderr)")
    let total = try #require(documents(in: full))

    let killed = try location(store, in: folder, name: "killed")
    let logPath = folder.path("killed.log")
    let process = try startIndexing(killed, until: 1, log: logPath)
    let log = { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }
    // Without a run to kill, the rest would test nothing; stop here and say why.
    try #require(
      process.isRunning,
      "the run ended before it could be killed: \(log())")
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal, "\(log())")
    let atKill = try #require(documents(in: killed))
    #expect(atKill >= 1 && atKill < total, "\(atKill) of \(total) documents at the kill; \(log())")

    let resumed = try index(killed)
    #expect(resumed.status == 0, "\(resumed.stderr)")
    // Nothing committed before the kill is done again.
    #expect(
      resumed.stderr.contains("\(total - atKill) added, 0 updated, \(atKill) unchanged"), "\(resumed.stderr)")
    #expect(try export(killed) == export(full))
    let stats = try CommandRunner.run(["corpus", "stats", "--format", "json", "--db", killed])
    let fullStats = try CommandRunner.run(["corpus", "stats", "--format", "json", "--db", full])
    #expect(stats.stdout == fullStats.stdout)
  }

  @Test func interruptSavesWorkAndSaysHowToContinue() async throws {
    try #require(SharedCorpus.isAvailable)
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let database = folder.path("index.sqlite")
    let process = try startIndexing(database, until: 2, log: folder.path("index.log"))
    kill(process.processIdentifier, SIGINT)
    process.waitUntilExit()
    #expect(process.terminationStatus == 130)
    let resumed = try index(database)
    #expect(resumed.status == 0)
    #expect(!resumed.stderr.contains(" 0 unchanged"))
  }

  @Test func badFilesAreReportedAndTheExitStatusSaysSo() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("Each council must publish a plan.\n", to: "docs/good.txt")
    let broken = try folder.write("<?xml version=\"1.0\"?>\n<a>\n<b></a>\n", to: "docs/broken.xml")
    let result = try CommandRunner.run([
      "corpus", "index", "--db", folder.path("i.sqlite"), folder.path("docs"),
    ])
    #expect(result.status == 1)
    #expect(result.stderr.contains(broken + ":3:"))
    #expect(result.stderr.contains("1 added"))
    #expect(result.stderr.contains("1 failed"))
    #expect(result.stderr.contains("database: " + folder.path("i.sqlite")))
    let missing = try CommandRunner.run(["corpus", "stats", "--db", folder.path("none.sqlite")])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("none.sqlite: error: no corpus index here"))
  }

  @Test func queryStatsSeriesChangesAndExportFromTheCommandLine() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let database = folder.path("i.sqlite")
    let indexed = try CommandRunner.run([
      "corpus", "index", "--quiet", "--db", database, SharedCorpus.demo("").path,
    ])
    #expect(indexed.status == 0)
    #expect(indexed.stderr.isEmpty)

    let query = try CommandRunner.run([
      "corpus", "query", "--db", database, "--bearer", "PCT clusters", "--kind", "duty", "--text", "publish",
    ])
    #expect(query.status == 0)
    #expect(query.stdout.contains("PCT cluster"))
    #expect(query.stdout.contains("2011-11-guidance-revised.md:"))
    let jsonl = try CommandRunner.run([
      "corpus", "query", "--db", database, "--kind", "prohibition", "--format", "jsonl",
    ])
    let lines = jsonl.stdout.split(separator: "\n")
    #expect(!lines.isEmpty)
    #expect(lines.allSatisfy { $0.contains("\"kind\":\"prohibition\"") && $0.contains("\"source\":") })
    let markdown = try CommandRunner.run([
      "corpus", "query", "--db", database, "--kind", "prohibition", "--format", "markdown",
    ])
    #expect(
      markdown.stdout.hasPrefix("# Obligations found\n\n\(lines.count) obligations in the index.\n\n## "))
    #expect(markdown.stdout.components(separatedBy: "| prohibition |").count - 1 == lines.count)

    let stats = try CommandRunner.run(["corpus", "stats", "--db", database])
    // The guidance pair and three papers: README and CHANGES are project files, left out of folders.
    #expect(stats.stdout.contains("5 documents"))
    #expect(stats.stdout.contains("1 revision series"))

    let series = try CommandRunner.run(["corpus", "series", "--db", database])
    let id = try #require(series.stdout.split(separator: " ").first.map(String.init))
    let changes = try CommandRunner.run([
      "corpus", "changes", "--db", database, "--series", id, "--color", "never",
    ])
    #expect(changes.stdout.contains("STRENGTHENED duty — PCT cluster"))
    let html = try CommandRunner.run(["corpus", "changes", "--db", database, "--format", "html"])
    #expect(html.status == 0)
    #expect(html.stdout.hasPrefix("<!DOCTYPE html>") && html.stdout.contains("id=\"export\""))
    #expect(
      html.stdout.components(separatedBy: "<div class=\"change\"").count - 1
        == changes.stdout.split(separator: "\n").filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }.count)
    let unknown = try CommandRunner.run(["corpus", "changes", "--db", database, "--series", "nope"])
    #expect(unknown.status == 2)

    let csv = try CommandRunner.run(["corpus", "export", "--format", "csv", "--db", database])
    #expect(csv.stdout.hasPrefix("document,id,section,line,column,kind,"))
    // Columns added to `extract`'s CSV come after "title" and "format", which keep their places.
    let header = csv.stdout.split(separator: "\r\n").first.map { $0.split(separator: ",").map(String.init) }
    #expect(header?[19...].elementsEqual(["title", "format", "subject", "restated", "key"]) == true)
    #expect(csv.stdout.split(separator: "\r\n").count > 50)
  }

  /// Needs no server: the URL is refused before any connection.
  @Test func aURLThatCannotBeReadIsAnErrorThatHidesThePassword() throws {
    for url in [
      "postgres://ann:secret@127.0.0.1:54x/duties", "postgres://ann:secret@127.0.0.1/duties?sslmode=maybe",
      "postgres://ann@127.0.0.1/duties?password=secret&sslmode=maybe",
    ] {
      let result = try CommandRunner.run(["corpus", "stats", "--db", url])
      #expect(result.status == 2)
      #expect(result.stderr.hasPrefix("postgres://…@127.0.0.1"), "\(result.stderr)")
      #expect(!result.stderr.contains("ann"))
      #expect(result.stderr.contains("not a PostgreSQL URL that can be read"), "\(result.stderr)")
      #expect(!result.stderr.contains("secret"))
    }
  }

  /// Two shard workers reading one corpus from different mounts, with `--as`, store one corpus: the
  /// export of one run over either mount. A bad name or two folders are refused before any database.
  @Test func workersOnDifferentMountsStoreOneCorpusUnderOneName() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    for mount in ["mnt-a", "mnt-b"] {
      for number in 1...6 {
        try folder.write("Council \(number) must publish a plan.\n", to: "\(mount)/acts/act-\(number).txt")
      }
      try folder.write("<?xml version=\"1.0\"?>\n<a>\n<b></a>\n", to: "\(mount)/acts/broken.xml")
    }
    let whole = folder.path("whole.sqlite")
    let shared = folder.path("shared.sqlite")
    let one = try CommandRunner.run([
      "corpus", "index", "--as", "acts", "--db", whole, folder.path("mnt-a/acts"),
    ])
    #expect(one.status == 1)
    #expect(one.stderr.contains("acts/broken.xml:3:"), "\(one.stderr)")
    for (shard, mount) in [("1/2", "mnt-a"), ("2/2", "mnt-b")] {
      let run = try CommandRunner.run([
        "corpus", "index", "--quiet", "--as", "acts", "--shard", shard, "--db", shared,
        folder.path(mount + "/acts"),
      ])
      #expect(run.status <= 1, "\(run.stderr)")
    }
    let export = try export(shared)
    #expect(export == (try self.export(whole)))
    #expect(export.contains("\"path\":\"acts/act-1.txt\""))
    #expect(!export.contains(folder.path("")))

    let refusals: [([String], Int32, String)] = [
      (["--as", "../acts", "mnt-a"], 2, "is not a relative path of names"),
      (["--as", folder.path("mnt-b"), "mnt-a"], 2, "is not a relative path of names"),
      (["--as", "acts", "mnt-a", "mnt-b"], 64, "--as names one folder; 2 were given"),
    ]
    for (arguments, status, message) in refusals {
      let refused = try CommandRunner.run(
        ["corpus", "index", "--db", folder.path("never.sqlite")]
          + arguments.map {
            $0.hasPrefix("mnt") ? folder.path($0) : $0
          })
      #expect(refused.status == status, "\(arguments)")
      #expect(refused.stderr.contains(message), "\(refused.stderr)")
      #expect(!FileManager.default.fileExists(atPath: folder.path("never.sqlite")))
    }
  }
}
