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
      for path in paths {
        let result = try CommandRunner.run(command + [path])
        #expect(result.status == 1, "\(command) \(path)")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(command) \(path): \(result.stderr)")
        let line = try #require(lines.first.map(String.init))
        #expect(line.hasPrefix(path + ":"), "\(line)")
        #expect(line.contains(" error: "), "\(line)")
        #expect(!result.stderr.contains("Fatal error"))
        #expect(!result.stderr.contains("Backtrace"))
      }
    }
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
}
