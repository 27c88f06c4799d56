import DutiesTestSupport
import Foundation
import Testing

@Suite struct ParseCommandTests {
  @Test func jsonIsByteIdenticalAcrossRuns() throws {
    let file = SharedCorpus.demo("joint-working-guidance/2011-10-guidance.xml").path
    let first = try CommandRunner.run(["parse", "--format", "json", file])
    let second = try CommandRunner.run(["parse", "--format", "json", file])
    #expect(first.status == 0)
    #expect(first.stdout == second.stdout)
    #expect(first.stdout.contains("\"schemaVersion\" : 1"))
    #expect(first.stdout.contains("\"format\" : \"akn\""))
  }

  @Test func readsStandardInputAndHonoursInputFormat() throws {
    let result = try CommandRunner.run(
      ["parse", "--input-format", "text", "-"], input: "1. Duties\n\nThe council must act.\n")
    #expect(result.status == 0)
    #expect(result.stdout.contains("plain text"))
    #expect(result.stdout.contains("The council must act."))
  }

  @Test func malformedInputGivesPathLineColumnAndExitOne() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let bad = directory.appendingPathComponent("bad.xml")
    let good = directory.appendingPathComponent("good.md")
    try "<a>\n<b></a>\n".write(to: bad, atomically: true, encoding: .utf8)
    try "# Good\n\nText.\n".write(to: good, atomically: true, encoding: .utf8)
    let result = try CommandRunner.run(["parse", bad.path, good.path])
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("\(bad.path):2:"))
    #expect(result.stderr.contains(": error: "))
    #expect(!result.stderr.contains("Fatal error"))
    #expect(result.stdout.contains("Good"))
  }

  @Test func versionAndHelp() throws {
    let version = try CommandRunner.run(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    let help = try CommandRunner.run(["parse", "--help"])
    #expect(help.stdout.contains("--input-format"))
  }
}
