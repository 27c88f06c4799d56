import DutiesTestSupport
import Foundation
import Testing

/// Every report format of the demo pair, byte for byte against the files in `Snapshots/`, so that a change of
/// a renderer shows in review as a change of these files. `DUTIES_RECORD_SNAPSHOTS=1 scripts/test` writes them
/// anew (then read the diff before committing it).
@Suite struct ReportSnapshotTests {
  static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots")

  static let formats = [
    ("text", "txt"), ("markdown", "md"), ("json", "json"), ("csv", "csv"), ("html", "html"),
  ]

  func check(_ name: String, _ arguments: [String], status: Int32) throws {
    let folder = SharedCorpus.demo("joint-working-guidance")
    let result = try CommandRunner.run(arguments, in: folder)
    #expect(result.status == status, "\(name): \(result.stderr)")
    let file = Self.snapshots.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["DUTIES_RECORD_SNAPSHOTS"] == "1" {
      try result.stdout.write(to: file, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: file, encoding: .utf8)
    #expect(
      result.stdout == expected, "\(name) differs from Snapshots/\(name): a renderer changed its output")
  }

  @Test(arguments: formats) func theDiffOfTheDemoPair(format: String, suffix: String) throws {
    try check(
      "demo-diff.\(suffix)",
      [
        "diff", "--format", format, "--color", "never", "--exit-code", "2011-10-guidance.xml",
        "2011-11-guidance-revised.md",
      ], status: 1)
  }

  @Test(arguments: formats) func theRegisterOfTheDemoPair(format: String, suffix: String) throws {
    try check(
      "demo-summary.\(suffix)",
      [
        "summary", "--format", format, "--color", "never", "2011-10-guidance.xml",
        "2011-11-guidance-revised.md",
      ],
      status: 0)
  }
}
