import DutiesTestSupport
import Foundation
import Testing

@Suite struct SummaryCommandTests {
  let corpus = SharedCorpus.demo("").path

  @Test func folderIsReadRecursivelyAndBadFilesAreSkipped() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try "<a><b></a>".write(to: directory.appendingPathComponent("bad.xml"), atomically: true, encoding: .utf8)
    try "1.1 Councils must publish a plan.\n".write(
      to: directory.appendingPathComponent("sub/good.txt"), atomically: true, encoding: .utf8)
    let result = try CommandRunner.run(["summary", "--color", "never", directory.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("bad.xml:1:"))
    #expect(result.stderr.contains(": error: "))
    #expect(result.stdout.contains("COUNCIL"))
    #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
  }

  @Test func aRenamedBodyIsOnePartyUnlessTheTableIsReplaced() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let old = try folder.write("The NHS Commissioning Board must publish a mandate.\n", to: "a.md")
    let new = try folder.write("NHS England must publish a mandate.\n", to: "b.md")
    let none = try folder.write("predecessor,successor,year,note\n", to: "none.csv")
    let merged = try CommandRunner.run(["summary", "--color", "never", old, new])
    #expect(merged.status == 0)
    #expect(merged.stdout.contains("NHS ENGLAND  2 binding of 2\n  also written: NHS Commissioning Board\n"))
    let apart = try CommandRunner.run([
      "summary", "--color", "never", "--successions", none, old, new,
    ])
    #expect(apart.stdout.contains("NHS COMMISSIONING BOARD  1 binding of 1"))
  }

  @Test func csvRoundTripsThroughPython() throws {
    let result = try CommandRunner.run(["summary", "--format", "csv", corpus])
    #expect(result.status == 0)
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString + ".csv")
    defer { try? FileManager.default.removeItem(at: file) }
    try result.stdout.write(to: file, atomically: true, encoding: .utf8)
    let check = """
      import csv, sys
      raw = open(sys.argv[1], newline='', encoding='utf-8').read()
      rows = list(csv.reader(raw.splitlines(keepends=True)))
      assert rows[0] == ['document','section','line','kind','bearer','parties','action','conditions','timing','sentence','thing'], rows[0]
      assert all(len(r) == 11 for r in rows)
      out = __import__('io').StringIO()
      csv.writer(out, lineterminator='\\r\\n').writerows(rows)
      assert out.getvalue() == raw, 'not byte-identical after a round trip'
      print(len(rows) - 1)
      """
    let python = Process()
    python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    python.arguments = ["python3", "-c", check, file.path]
    let pipe = Pipe()
    python.standardOutput = pipe
    try python.run()
    python.waitUntilExit()
    #expect(python.terminationStatus == 0)
    let count =
      Int(
        String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(
          in: .whitespacesAndNewlines)) ?? 0
    #expect(count > 50)
  }

  @Test func htmlIsSelfContainedWithChartAndFilters() throws {
    let result = try CommandRunner.run(["summary", "--format", "html", corpus])
    #expect(result.stdout.hasPrefix("<!DOCTYPE html>"))
    #expect(result.stdout.contains("<svg class=\"chart\""))
    #expect(result.stdout.contains("id=\"party-filter\""))
    #expect(result.stdout.contains("href=\"file://"))
    #expect(!result.stdout.contains("<link"))
    #expect(!result.stdout.contains("src=\"http"))
  }

  @Test func jsonAndFilters() throws {
    let result = try CommandRunner.run([
      "summary", "--format", "json", "--bearer", "council", "--kind", "duty,prohibition", corpus,
    ])
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    #expect(object?["schemaVersion"] as? Int == 1)
    let parties = object?["parties"] as? [[String: Any]] ?? []
    #expect(!parties.isEmpty)
    #expect(parties.allSatisfy { ($0["party"] as? String)?.contains("council") == true })
    let bad = try CommandRunner.run(["summary", "--kind", "duties", corpus])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("The value 'duties' is invalid for '--kind <kind>'"))
  }
}
