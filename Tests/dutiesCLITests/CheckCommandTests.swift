import DutiesTestSupport
import Foundation
import Testing

@Suite struct CheckCommandTests {
  @Test func saysHowEachFileReadsAndGoesOn() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let good = try folder.write("# Plans\n\nThe council must publish a plan.\n", to: "good.md")
    let empty = try folder.write("", to: "empty.txt")
    let result = try CommandRunner.run(["check", good, "/nonexistent.md", empty])
    #expect(result.status == 1)
    #expect(
      result.stdout.contains(
        "\(good): markdown · 32 characters · 1 sentence · 0 sections · 1 obligation · ok"))
    #expect(
      result.stdout.contains("\(empty): text · 0 characters · 0 sentences · 0 sections · 0 obligations\n"))
    #expect(result.stdout.contains("  \(empty):1:1: warning: the file is empty"))
    #expect(result.stderr.contains("/nonexistent.md: error: no such file or directory"))
    let clean = try CommandRunner.run(["check", good])
    #expect(clean.status == 0)
  }

  @Test func jsonHasAReportOrAnErrorPerFile() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let good = try folder.write("The council must publish a plan.\n", to: "good.txt")
    let result = try CommandRunner.run(["check", "--format", "json", good, "/nonexistent.md"])
    let array = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
    #expect(array?.count == 2)
    let report = array?.first?["report"] as? [String: Any]
    #expect(report?["obligations"] as? Int == 1)
    #expect(report?["format"] as? String == "text")
    #expect((array?.last?["error"] as? String)?.contains("no such file") == true)
  }
}
