import DutiesTestSupport
import Foundation
import Testing

/// Hostile files from the command line (issue #28): one bad file is reported and the batch goes on;
/// nothing printed acts on a terminal or a spreadsheet; a read-only index can be queried.
@Suite struct HostileFileCommandTests {
  @Test func aDamagedZipIsOneErrorAndTheBatchGoesOn() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let good = try folder.write("The council must publish a plan.\n", to: "docs/good.md")
    let damaged = try folder.write(
      Data(HostileFiles.zip([.stored("word/document.xml", "<w:document/>")], directoryOffsetShift: 9_999)),
      to: "docs/damaged.docx")
    let extract = try CommandRunner.run(["extract", "--format", "jsonl", damaged, good])
    #expect(extract.status == 1)
    #expect(
      extract.stderr == damaged + ": error: not a readable zip file: the zip directory points past the end "
        + "of the file (truncated or damaged)\n")
    #expect(extract.stdout.contains("\"action\":\"publish a plan\""))
    let database = folder.path("index.sqlite")
    let index = try CommandRunner.run(["corpus", "index", folder.path("docs"), "--db", database, "--quiet"])
    #expect(index.status == 1)
    #expect(index.stderr.contains(damaged + ": error: not a readable zip file"))
    let stats = try CommandRunner.run(["corpus", "stats", "--db", database])
    #expect(stats.stdout.hasPrefix("1 document, 1 obligation, 0 revision series, 1 failure"))
  }

  /// A `.docx` that is not a Word package is an error at its first byte, never a text of "added"
  /// obligations: in a batch the rest is read, and in `diff` it fails the comparison.
  @Test func aMisnamedFileIsOneErrorAndNeverADiffOfEverything() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let good = try folder.write("The council must publish a plan.\n", to: "good.md")
    let misnamed = try folder.write("The council must publish a plan.\nThe board must act.\n", to: "bad.docx")
    let extract = try CommandRunner.run(["extract", "--format", "jsonl", misnamed, good])
    #expect(extract.status == 1)
    #expect(
      extract.stderr.hasPrefix(misnamed + ":1:1: error: the name ends in .docx but the content is plain text")
    )
    #expect(extract.stdout.contains("\"action\":\"publish a plan\""))
    let diff = try CommandRunner.run(["diff", good, misnamed])
    #expect(diff.status != 0 && diff.status != 1)
    #expect(diff.stderr.hasPrefix(misnamed + ":1:1: error: "))
    #expect(!diff.stdout.contains("ADDED"))
  }

  /// A PDF bomb no check finds before poppler (its filter name spelt with an escape) is stopped at
  /// the time limit in its worker process; `extract` and `corpus index` go on past it.
  @Test func aPDFThatTakesTooLongIsOneErrorAndTheBatchGoesOn() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let good = try folder.write("The council must publish a plan.\n", to: "docs/good.md")
    let bomb = try folder.write(
      Data(
        HostileFiles.pdf(
          content: HostileFiles.zlibRun(of: UInt8(ascii: " "), count: 1 << 30), flate: true,
          filterName: "/Fl#61teDecode")),
      to: "docs/bomb.pdf")
    let extract = try CommandRunner.run(["extract", "--format", "jsonl", "--pdf-time-limit", "1", bomb, good])
    #expect(extract.status == 1)
    #expect(
      extract.stderr == bomb + ": error: reading the PDF took more than 1 s, the limit for one file; it may "
        + "be a decompression bomb, or damaged\n")
    #expect(extract.stdout.contains("\"action\":\"publish a plan\""))
    let database = folder.path("index.sqlite")
    let index = try CommandRunner.run([
      "corpus", "index", folder.path("docs"), "--db", database, "--quiet", "--pdf-time-limit", "1",
    ])
    #expect(index.status == 1)
    #expect(index.stderr.contains(bomb + ": error: reading the PDF took more than 1 s"))
  }

  /// `summary` of a folder names what it could not read, registers the rest, and says by its exit
  /// status that some files failed.
  @Test func summaryOfAFolderReportsWhatItSkips() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("The council must publish a plan.\n", to: "docs/good.md")
    #expect(mkfifo(folder.path("docs/pipe.md"), 0o644) == 0)
    try FileManager.default.createSymbolicLink(
      atPath: folder.path("docs/gone.txt"), withDestinationPath: folder.path("nowhere"))
    let result = try CommandRunner.run(["summary", folder.path("docs")])
    #expect(result.status == 1)
    #expect(
      result.stderr.split(separator: "\n").sorted() == [
        "\(folder.path("docs/gone.txt")): error: a symbolic link to nothing (no such file or directory)",
        "\(folder.path("docs/pipe.md")): error: not a regular file (a named pipe)",
      ])
    #expect(result.stdout.contains("publish a plan"))
  }

  @Test func controlCharactersNeverReachTheTerminal() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write(
      "# Plan\u{1B}]0;owned\u{07}\n\nThe council must publish\u{1B}[2J a plan\u{9B}8m.\n",
      to: "esc\u{1B}[31m.md")
    for format in ["text", "markdown"] {
      let result = try CommandRunner.run(["extract", "--format", format, "--color", "always", path])
      #expect(result.status == 0)
      if format == "markdown" { #expect(!result.stdout.contains("\u{1B}")) }
      #expect(!result.stdout.contains("\u{1B}]0;"))
      #expect(!result.stdout.contains("\u{1B}[2J"))
      #expect(!result.stdout.contains("\u{9B}"))
    }
    let text = try CommandRunner.run(["extract", "--color", "never", path])
    #expect(!text.stdout.contains("\u{1B}"))
    #expect(text.stdout.contains("a plan\u{FFFD}8m"))
    let missing = try CommandRunner.run(["extract", path + "\u{07}"])
    #expect(!missing.stderr.contains("\u{1B}"))
    #expect(!missing.stderr.contains("\u{07}"))
  }

  /// A bidirectional override in a document cannot reorder what the reader sees, and a link in
  /// it is text in every Markdown report.
  @Test func bidiControlsAndLinksFromDocumentsAreInert() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let old = try folder.write("The council must publish a notice.\n", to: "old.txt")
    let new = try folder.write(
      "The council must publish a \u{202E}ecnedive\u{202C} notice at [the portal](javascript:alert(1)).\n",
      to: "new.txt")
    for arguments in [
      ["extract", new], ["extract", "--format", "markdown", new], ["diff", old, new],
      ["diff", "--format", "markdown", old, new], ["summary", "--format", "markdown", new],
    ] {
      let result = try CommandRunner.run(arguments)
      #expect(!result.stdout.contains("\u{202E}"), "\(arguments)")
      #expect(result.stdout.contains("\u{FFFD}ecnedive\u{FFFD}"), "\(arguments)")
      if arguments.contains("markdown") {
        #expect(!result.stdout.contains("portal](javascript:"), "\(arguments)")
      }
    }
  }

  @Test func csvCellsNeverStartAFormula() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write(
      "@SUM(1+1)*cmd|' /C calc'!A0 The council must publish a plan.\n", to: "notes.txt")
    let result = try CommandRunner.run(["extract", "--format", "csv", path])
    #expect(result.status == 0)
    let row = try #require(result.stdout.split(separator: "\r\n").dropFirst().first)
    #expect(row.contains(",'@SUM(1+1)*cmd|' /C calc'!A0 The council must publish a plan.,"))
    for cell in row.split(separator: ",") {
      #expect(!["=", "+", "-", "@"].contains(cell.first), "\(cell)")
    }
  }

  /// A database the user cannot write (here: owned by root, queried as nobody) is read, not migrated.
  @Test func aReadOnlyIndexCanBeQueried() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("The council must publish a plan.\n", to: "docs/note.md")
    let database = folder.path("index.sqlite")
    let index = try CommandRunner.run(["corpus", "index", folder.path("docs"), "--db", database, "--quiet"])
    #expect(index.status == 0)
    chmod(database, 0o444)
    chmod(folder.url.path, 0o555)
    defer { chmod(folder.url.path, 0o755) }
    // As root every file is writable: run the queries as nobody, as a user without write access is.
    var prefix =
      getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
      ? ["/usr/bin/setpriv", "--reuid", "65534", "--regid", "65534", "--clear-groups"] : []
    // Where nobody may not run the build (a checkout in a private folder), the queries run as root,
    // which proves less: that they still write nothing is checked below.
    if !prefix.isEmpty,
      try CommandRunner.run(
        program: URL(fileURLWithPath: prefix[0]),
        Array(prefix.dropFirst()) + [CommandRunner.executable.path, "--help"]
      ).status != 0
    {
      prefix = []
    }
    let before = try Data(contentsOf: URL(fileURLWithPath: database))
    for command in [["stats"], ["query", "--bearer", "council"], ["export"], ["series"]] {
      let arguments = ["corpus"] + command + ["--db", database]
      let result = try CommandRunner.run(
        program: URL(fileURLWithPath: prefix.first ?? CommandRunner.executable.path),
        Array(prefix.dropFirst()) + (prefix.isEmpty ? [] : [CommandRunner.executable.path]) + arguments)
      #expect(result.status == 0, "\(command): \(result.stderr)")
      #expect(!result.stderr.contains("readonly"), "\(command): \(result.stderr)")
      #expect(!result.stdout.isEmpty)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
  }
}
