import DutiesTestSupport
import Foundation
import Testing

/// Bad input of every kind: each file gets one `path: error: …` (or `path:line:column: error: …`) line
/// on standard error and exit status 1 (2 for `diff`), never a crash or a Swift backtrace.
@Suite struct BadInputCommandTests {
  /// Files that no reader can make a document of.
  static let badFiles: [(name: String, bytes: [UInt8])] = [
    ("malformed.xml", Array("<?xml version=\"1.0\"?>\n<doc><p>open\n</doc>\n".utf8)),
    ("deep.xml", Array((String(repeating: "<a>", count: 100_000) + "x").utf8)),
    ("truncated.docx", [0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0x41, count: 64)),
    (
      "truncated.odt",
      [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x00, 0x00]
        + Array("mimetypeapplication/vnd.oasis.opendocument.text".utf8)
    ),
    ("truncated.pdf", Array("%PDF-1.7\n1 0 obj\n<<".utf8)),
    (
      "entity-loop.xml",
      Array("<!DOCTYPE d [<!ENTITY a \"&b;\"><!ENTITY b \"&a;\">]><d a=\"&a;\">&a;</d>".utf8)
    ),
  ]

  @Test func everyBadFileIsOneLocatedErrorLine() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    var paths: [String] = []
    for file in Self.badFiles {
      paths.append(try folder.write(Data(file.bytes), to: file.name))
    }
    paths.append(folder.url.path)  // a directory
    paths.append(folder.path("missing.txt"))
    for command in [["parse"], ["extract"]] {
      // `extract` reads a folder's documents (below); `parse` refuses a folder.
      for path in paths where command == ["parse"] || path != folder.url.path {
        // The only file failing, nothing was done: an error.
        let result = try CommandRunner.run(command + [path])
        #expect(result.status == 2, "\(command) \(path)")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(command) \(path): \(result.stderr)")
        let line = try #require(lines.first.map(String.init))
        #expect(line.hasPrefix(path + ":"), "\(line)")
        #expect(line.contains(" error: "), "\(line)")
        #expect(!result.stderr.contains("Fatal error"))
        #expect(!result.stderr.contains("Backtrace"))
      }
    }
    // A folder of bad files: each one is one located error line, and the run goes on to the end.
    let result = try CommandRunner.run(["extract", folder.url.path])
    #expect(result.status == 2)
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(lines.count == Self.badFiles.count, "\(result.stderr)")
    #expect(lines.allSatisfy { $0.hasPrefix(folder.url.path + "/") && $0.contains(" error: ") })
  }

  @Test func diffOfABadFileExitsTwo() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let good = try folder.write("The council must publish a plan.\n", to: "good.txt")
    let bad = try folder.write("<doc><p>open</doc>\n", to: "bad.xml")
    let result = try CommandRunner.run(["diff", good, bad])
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix(bad + ":1:"))
    #expect(!result.stderr.contains("Fatal error"))
  }

  @Test func aGigabyteFileIsRefusedBeforeReading() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    // A sparse file: 1 GiB long, no disk used.
    let path = folder.path("huge.txt")
    #expect(FileManager.default.createFile(atPath: path, contents: Data("The council must act.\n".utf8)))
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.truncate(atOffset: 1 << 30)
    try handle.close()
    let small = try folder.write("The council must publish a plan.\n", to: "small.txt")
    let result = try CommandRunner.run(["extract", "--format", "jsonl", path, small])
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        path + ": error: the file is 1 GiB, more than the limit of 256 MiB"),
      "\(result.stderr)")
    // The other file is still done.
    #expect(result.stdout.contains("publish a plan"))

    let lowered = try CommandRunner.run(["parse", "--max-file-size", "16", small])
    #expect(lowered.status == 2)
    #expect(lowered.stderr.contains("more than the limit of 16 bytes"))
    let raised = try CommandRunner.run(["parse", "--max-file-size", "1K", small])
    #expect(raised.status == 0)
    for size in ["12X", "0", "-1", "+40", "1B2", "1.5", ".5G", "KiB"] {
      let bad = try CommandRunner.run(["parse", "--max-file-size", size, small])
      #expect(bad.status != 0 && bad.stderr.contains("--max-file-size"), "\(size)")
    }
    for size in ["1K", "1.5k", "1MiB", "2GB", "1T", "4096"] {
      #expect(try CommandRunner.run(["parse", "--max-file-size", size, small]).status == 0, "\(size)")
    }
  }

  @Test func aDeviceWithoutEndIsReadInPiecesAndRefused() throws {
    try #require(FileManager.default.fileExists(atPath: "/dev/zero"))
    let result = try CommandRunner.run(["parse", "--max-file-size", "2M", "/dev/zero"])
    #expect(result.status == 2)
    #expect(
      result.stderr.contains("/dev/zero: error: the input is more than the limit of 2 MiB"),
      "\(result.stderr)")
  }

  @Test func endlessStandardInputStopsAtTheLimit() throws {
    let input = String(repeating: "The council must publish a plan.\n", count: 40_000)
    let result = try CommandRunner.run(["extract", "--max-file-size", "1M", "-"], input: input)
    #expect(result.status == 2)
    #expect(result.stderr.contains("-: error: standard input is more than the limit of 1 MiB"))
  }
}
