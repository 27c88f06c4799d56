import DutiesTestSupport
import Foundation
import Testing

/// Options that mean one thing in every command (#26).
@Suite struct EverydayOptionsTests {
  let revised = SharedCorpus.demo("joint-working-guidance/2011-11-guidance-revised.md").path
  let first = SharedCorpus.demo("joint-working-guidance/2011-10-guidance.xml").path

  /// The kind and bound parties of each obligation `extract --format json` gives with `arguments`.
  func kindsAndBearers(_ arguments: [String]) throws -> [[String]] {
    let result = try CommandRunner.run(["extract", "--format", "json"] + arguments + [revised])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    return (object?["obligations"] as? [[String: Any]] ?? []).map { obligation in
      let bearer = obligation["bearer"] as? [String: Any]
      return [obligation["kind"] as? String ?? ""] + (bearer?["parties"] as? [String] ?? [])
    }
  }

  @Test func kindIsRepeatableOrCommaSeparatedAndBearerNarrows() throws {
    let all = try kindsAndBearers([])
    let binding = try kindsAndBearers(["--kind", "duty", "--kind", "prohibition"])
    #expect(binding == all.filter { ["duty", "prohibition"].contains($0[0]) })
    #expect(try kindsAndBearers(["--kind", "duty,prohibition"]) == binding)
    let clusters = try kindsAndBearers(["--bearer", "PCT clusters"])
    #expect(!clusters.isEmpty && clusters.count < all.count)
    #expect(clusters.allSatisfy { $0.dropFirst().contains { $0.lowercased().contains("pct cluster") } })
    let unknown = try CommandRunner.run(["summary", "--kind", "dutty", revised])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("The value 'dutty' is invalid for '--kind <kind>'"))
    let summary = try CommandRunner.run(["summary", "--kind", "prohibition", "--kind", "exemption", revised])
    #expect(
      summary.stdout.contains("obligations: ") && !summary.stdout.contains(" duty"), "\(summary.stdout)")
  }

  @Test func diffQuietSaysItByItsExitStatusAlone() throws {
    let changed = try CommandRunner.run(["diff", "-q", first, revised])
    #expect(changed.status == 1 && changed.stdout.isEmpty)
    let same = try CommandRunner.run(["diff", "--quiet", first, first])
    #expect(same.status == 0 && same.stdout.isEmpty)
  }

  @Test func indexingAPathThatIsNotThereMakesNoDatabase() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let database = folder.path("index.db")
    let result = try CommandRunner.run(["corpus", "index", folder.path("nothing-here"), "--db", database])
    #expect(result.status == 2)
    #expect(result.stderr == "\(folder.path("nothing-here")): error: no such file or directory\n")
    #expect(!FileManager.default.fileExists(atPath: database))
  }

  /// Piped text keeps its default width; `$COLUMNS` widens it, `--wide` prints values whole.
  @Test func wideAndColumnsSetTheWidthOfText() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let condition =
      "if the board asks for one in writing at any time in the year after the review of the services has ended"
    let action =
      "publish a joint plan for the commissioning of every community service in the area, with the budget "
      + "of each service, the names of the staff who lead it and the dates of its reviews"
    try folder.write(
      "The council and the integrated care board must \(action) \(condition).\n", to: "plan.md")
    let database = folder.path("index.db")
    #expect(
      try CommandRunner.run(["corpus", "index", "-q", "--db", database, folder.path("plan.md")]).status == 0)
    let query = ["corpus", "query", "--db", database, "--text", "joint"]
    let piped = try CommandRunner.run(query, environment: ["COLUMNS": ""])
    let wide = try CommandRunner.run(query + ["--wide"])
    let columns = try CommandRunner.run(query, environment: ["COLUMNS": "200"])
    #expect(!piped.stdout.contains(action) && piped.stdout.contains("…"))
    #expect(piped.stdout.split(separator: "\n").allSatisfy { $0.count <= 120 + 40 })
    #expect(wide.stdout.contains(action) && wide.stdout.contains("integrated care board"))
    let longest = { (text: String) in text.split(separator: "\n").map(\.count).max() ?? 0 }
    #expect(longest(piped.stdout) < longest(columns.stdout) && longest(columns.stdout) < longest(wide.stdout))
    let extract = try CommandRunner.run(["extract", folder.path("plan.md")], environment: ["COLUMNS": ""])
    #expect(!extract.stdout.contains(condition) && extract.stdout.contains("if the board asks"))
    let wideExtract = try CommandRunner.run(["extract", "--wide", folder.path("plan.md")])
    #expect(wideExtract.stdout.contains(condition))
  }
}
