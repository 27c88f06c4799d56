import DutiesTestSupport
import Foundation
import Testing

/// Every command exits alike (#26): 0 done, 1 something found or some files failed while the others
/// were done, 2 nothing could be done, 64 a command line that does not parse; an error is said once.
@Suite struct ExitStatusTests {
  @Test func aMissingFileIsAnErrorInEveryCommand() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let good = try folder.write("The council must publish a plan.\n", to: "good.md")
    let missing = folder.path("missing.md")
    for arguments in [
      ["extract", missing], ["extract", "--format", "text", missing], ["parse", missing],
      ["summary", missing], ["check", missing], ["diff", missing, good], ["diff", good, missing],
    ] {
      let result = try CommandRunner.run(arguments)
      #expect(result.status == 2, "\(arguments)")
      #expect(result.stderr == "\(missing): error: no such file or directory\n", "\(arguments)")
    }
  }

  @Test func someFilesFailingWhileOthersAreDoneIsOne() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let good = try folder.write("The council must publish a plan.\n", to: "good.md")
    let missing = folder.path("missing.md")
    for command in ["extract", "parse", "summary", "check"] {
      let result = try CommandRunner.run([command, good, missing])
      #expect(result.status == 1, "\(command)")
      #expect(result.stderr.hasPrefix("\(missing): error: no such file or directory\n"), "\(command)")
      #expect(!result.stdout.isEmpty, "\(command)")
    }
  }

  @Test func aFolderWithNothingReadableIsAnErrorAndAnEmptyOneEmptyJSON() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("<doc><p>open</doc>\n", to: "bad/broken.xml")
    #expect(try CommandRunner.run(["extract", folder.path("bad")]).status == 2)
    let index = try CommandRunner.run([
      "corpus", "index", "-q", "--db", folder.path("i.db"), folder.path("bad"),
    ])
    #expect(index.status == 2, "\(index.stderr)")
    try FileManager.default.createDirectory(atPath: folder.path("empty"), withIntermediateDirectories: true)
    let empty = try CommandRunner.run(["extract", "--format", "json", folder.path("empty")])
    #expect(empty.status == 0 && empty.stdout == "[]\n")
  }

  @Test func doneIsZeroAndAnUnparsedCommandLineSixtyFour() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let good = try folder.write("The council must publish a plan.\n", to: "good.md")
    for command in ["extract", "parse", "summary", "check"] {
      #expect(try CommandRunner.run([command, good]).status == 0, "\(command)")
    }
    #expect(try CommandRunner.run(["diff", "--exit-code", good, good]).status == 0)
    #expect(try CommandRunner.run(["extract", "--no-such-option", good]).status == 64)
  }

  /// git's own "fatal:" or "error:" is not said after duties' "error:".
  @Test func gitsMessageIsNotASecondError() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let good = try folder.write("The council must publish a plan.\n", to: "good.md")
    let result = try CommandRunner.run(["diff", "HEAD:good.md", good], in: folder.url)
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("HEAD:good.md: error: git: "), "\(result.stderr)")
    #expect(result.stderr.components(separatedBy: "error:").count == 2, "\(result.stderr)")
  }

  /// An empty file is read (nothing fails) and warned of, in every command that reads documents.
  @Test func anEmptyFileIsWarnedOfEverywhere() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let empty = try folder.write("", to: "empty.md")
    for command in ["extract", "parse", "summary", "check"] {
      let result = try CommandRunner.run([command, empty])
      // `check` reports on standard output what the others say on standard error.
      let said = command == "check" ? result.stdout : result.stderr
      #expect(said.contains("\(empty):1:1: warning: the file is empty"), "\(command): \(said)")
      #expect(result.status == (command == "check" ? 1 : 0), "\(command)")
    }
  }
}
