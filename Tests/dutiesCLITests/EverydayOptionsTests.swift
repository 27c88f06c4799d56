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
}
