import DutiesIndex
import DutiesTestSupport
import Foundation
import Testing

@Suite struct ExtractCommandTests {
  let guidance = SharedCorpus.demo("joint-working-guidance/2011-11-guidance-revised.md").path

  @Test func jsonIsVersionedAndByteIdentical() throws {
    let first = try CommandRunner.run(["extract", "--format", "json", guidance])
    let second = try CommandRunner.run(["extract", "--format", "json", guidance])
    #expect(first.status == 0)
    #expect(first.stdout == second.stdout)
    let object = try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any]
    #expect(object?["schemaVersion"] as? Int == 1)
    let source = object?["source"] as? [String: Any]
    #expect((source?["sha256"] as? String)?.count == 64)
    let obligations = object?["obligations"] as? [[String: Any]] ?? []
    let cluster = obligations.first {
      ($0["sentence"] as? String)?.hasPrefix("The single executive team within a cluster") == true
    }
    #expect(cluster?["kind"] as? String == "duty")
    let conditions = cluster?["conditions"] as? [[String: String]]
    #expect(conditions?.first?["text"] == "where there is one or more Care Trust")
  }

  /// A file has one SHA-256, of its bytes, in `extract`, `diff` and the index: a byte-order mark
  /// and UTF-16 are in it (the text read has neither).
  @Test func aFileHasOneDigestInEveryOutput() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let text = "The council must publish a plan.\n"
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    let utf16: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    for (name, bytes) in [("bom.txt", bom), ("utf16.txt", utf16)] {
      let path = try folder.write(Data(bytes), to: "docs/\(name)")
      let expected = FileDigest.sha256(bytes)
      #expect(expected != FileDigest.sha256(Array(text.utf8)))
      func digest(_ arguments: [String], _ keys: [String]) throws -> String? {
        let result = try CommandRunner.run(arguments)
        var value: Any? = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        for key in keys { value = (value as? [String: Any])?[key] }
        return value as? String
      }
      #expect(try digest(["extract", "--format", "json", path], ["source", "sha256"]) == expected)
      #expect(try digest(["diff", "--format", "json", path, path], ["old", "sha256"]) == expected)
      #expect(try digest(["parse", "--format", "json", path], ["source", "sha256"]) == expected)
    }
    let database = folder.path("index.sqlite")
    _ = try CommandRunner.run(["corpus", "index", folder.path("docs"), "--db", database, "--quiet"])
    let export = try CommandRunner.run(["corpus", "export", "--db", database])
    for bytes in [bom, utf16] {
      #expect(export.stdout.contains("\"sha256\":\"\(FileDigest.sha256(bytes))\""))
    }
  }

  @Test func outputDoesNotDependOnTheNumberOfJobs() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let bad = try folder.write("<?xml version=\"1.0\"?>\n<a>\n<b></a>\n", to: "bad.xml")
    let other = SharedCorpus.demo("joint-working-guidance/2011-10-guidance.xml").path
    let files = [guidance, bad, other, guidance, other]
    for format in ["text", "json", "jsonl", "csv"] {
      let one = try CommandRunner.run(["extract", "--jobs", "1", "--format", format] + files)
      let three = try CommandRunner.run(["extract", "--jobs", "3", "--format", format] + files)
      #expect(one.status == 1 && three.status == 1)
      #expect(one.stdout == three.stdout, "\(format)")
      #expect(one.stderr == three.stderr)
      #expect(one.stderr.contains(bad + ":3:"))
    }
    #expect(try CommandRunner.run(["extract", "--jobs", "0", guidance]).status != 0)
  }

  @Test func jsonLinesCarryTheSource() throws {
    let result = try CommandRunner.run(["extract", "--format", "jsonl", guidance])
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count > 10)
    for line in lines {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      #expect(object?["source"] as? String == guidance)
      #expect(object?["kind"] != nil)
    }
  }

  @Test func csvRoundTripsThroughPython() throws {
    let result = try CommandRunner.run(["extract", "--format", "csv", guidance])
    #expect(result.status == 0)
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("out.csv")
    try result.stdout.write(to: file, atomically: true, encoding: .utf8)
    let python = Process()
    python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    python.arguments = [
      "python3", "-c",
      "import csv,sys; rows=list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8'))); "
        + "assert all(len(r)==len(rows[0]) for r in rows); print(len(rows)-1, rows[0][5], rows[1][5])",
      file.path,
    ]
    let pipe = Pipe()
    python.standardOutput = pipe
    try python.run()
    python.waitUntilExit()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(python.terminationStatus == 0)
    let jsonl = try CommandRunner.run(["extract", "--format", "jsonl", guidance])
    let count = jsonl.stdout.split(separator: "\n").count
    #expect(output.hasPrefix("\(count) kind "))
  }

  @Test func textIsReadableWithoutColourWhenPiped() throws {
    let result = try CommandRunner.run(["extract", guidance])
    #expect(result.status == 0)
    #expect(!result.stdout.contains("\u{1B}["))
    #expect(result.stdout.contains("DUTY single executive team — contain an individual"))
    let coloured = try CommandRunner.run(["extract", "--color", "always", guidance])
    #expect(coloured.stdout.contains("\u{1B}["))
  }

  /// More files than the threads may run ahead of the writer, under a size limit that lets only one or two be
  /// held at once and refuses the largest: the same output, in the files' order, with any number of jobs.
  @Test func manyFilesUnderASmallSizeLimitComeOutInOrder() throws {
    let papers = ["2005-03-green-paper.md", "2006-01-white-paper.txt", "2007-10-guidance.md"].map {
      SharedCorpus.demo("integration-papers/\($0)").path
    }
    // 15.5 kB: over the limit.
    let large = SharedCorpus.demo("joint-working-guidance/2011-10-guidance.xml").path
    let files = (0..<6).flatMap { papers + ($0 % 2 == 0 ? [guidance] : [large]) }
    let one = try CommandRunner.run(
      ["extract", "--jobs", "1", "--max-file-size", "10K", "--format", "jsonl"] + files)
    #expect(one.status == 1 && one.stderr.contains(large))
    #expect(one.stdout.contains("2007-10-guidance.md"))
    for jobs in ["2", "5"] {
      let many = try CommandRunner.run(
        ["extract", "--jobs", jobs, "--max-file-size", "10K", "--format", "jsonl"] + files)
      #expect(
        many.status == one.status && many.stdout == one.stdout && many.stderr == one.stderr, "\(jobs) jobs")
    }
  }

  @Test func badFileIsReportedAndTheRestGoOn() throws {
    let result = try CommandRunner.run(["extract", "/nonexistent.xml", guidance])
    #expect(result.status == 1)
    #expect(result.stderr.contains("/nonexistent.xml: error: no such file"))
    #expect(result.stdout.contains("single executive team"))
  }
}

extension ExtractCommandTests {
  @Test func severalFilesMakeOneJSONArray() throws {
    let other = SharedCorpus.demo("joint-working-guidance/2011-10-guidance.xml").path
    for command in ["extract", "parse"] {
      let result = try CommandRunner.run([command, "--format", "json", guidance, "/nonexistent.md", other])
      #expect(result.status == 1)
      let array = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
      #expect(array?.count == 2, "\(command)")
    }
    let single = try CommandRunner.run(["extract", "--format", "json", guidance])
    #expect((try JSONSerialization.jsonObject(with: Data(single.stdout.utf8))) is [String: Any])
  }

  /// One text file is extracted part by part; with an empty second file it goes the whole-document way:
  /// the rows and lines must be the same.
  @Test func oneTextFileGivesWhatTheWholeDocumentGives() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let empty = try folder.write("Nothing here obliges anyone.\n", to: "empty.txt")
    let white = try folder.write("The council must publish a plan by 31 March 2012.\n", to: "plan.txt")
    for file in [guidance, white, SharedCorpus.demo("integration-papers/2006-01-white-paper.txt").path] {
      for format in ["jsonl", "csv"] {
        let one = try CommandRunner.run(["extract", "--format", format, file])
        let two = try CommandRunner.run(["extract", "--format", format, file, empty])
        #expect(one.status == 0 && two.status == 0)
        #expect(!one.stdout.isEmpty && one.stdout == two.stdout, "\(format) of \(file)")
      }
      let json = try CommandRunner.run(["extract", "--format", "json", file])
      let array = try CommandRunner.run(["extract", "--format", "json", file, empty])
      let whole = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? NSDictionary
      let first = (try JSONSerialization.jsonObject(with: Data(array.stdout.utf8)) as? [NSDictionary])?.first
      #expect(whole != nil && whole == first, "json of \(file)")
    }
  }
}

@Suite struct ExtractFolderTests {
  @Test func aFolderIsReadAsSummaryAndTheIndexReadIt() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("# Project\n\nYou must read the licence.\n", to: "README.md")
    try folder.write("The council must publish a plan.\n", to: "policy/plans.md")
    try folder.write("Schools must open.\n", to: "policy/drafts/schools.md")
    let result = try CommandRunner.run(["extract", "--format", "csv", folder.url.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("plans.md") && result.stdout.contains("schools.md"))
    #expect(!result.stdout.contains("README.md"))
    let filtered = try CommandRunner.run([
      "extract", "--format", "json", "--exclude", "drafts/", folder.url.path,
    ])
    let array = try JSONSerialization.jsonObject(with: Data(filtered.stdout.utf8)) as? [[String: Any]]
    #expect(array?.count == 1)
    let all = try CommandRunner.run([
      "extract", "--no-default-excludes", "--include", "*.md", folder.url.path,
    ])
    #expect(all.stdout.contains("README.md"))
    let summary = try CommandRunner.run(["summary", "--exclude", "policy/", folder.url.path])
    #expect(summary.stdout.contains("0 obligations"), "\(summary.stdout)")
  }
}
