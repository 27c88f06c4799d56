import DutiesTestSupport
import Foundation
import Testing

@testable import Duties

/// Folder walks report every document they cannot read, with the true reason (issue #28, items 3
/// and 9).
@Suite struct DocumentFilesTests {
  @Test func documentsThatCannotBeReadAreReportedNotDropped() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let good = try folder.write("The council must publish a plan.\n", to: "good.md")
    try folder.write("not a document\n", to: "notes.json")
    try folder.write("hidden\n", to: ".hidden.md")
    #expect(mkfifo(folder.path("pipe.md"), 0o644) == 0)
    try FileManager.default.createSymbolicLink(
      atPath: folder.path("zero.txt"), withDestinationPath: "/dev/zero")
    try FileManager.default.createSymbolicLink(
      atPath: folder.path("gone.md"), withDestinationPath: folder.path("nowhere.md"))
    let latin1 = folder.url.path + "/caf\u{E9}"
    let name = Array(folder.url.path.utf8) + Array("/caf".utf8) + [0xE9] + Array(".md".utf8) + [0]
    let descriptor = name.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
    }
    #expect(descriptor >= 0)
    close(descriptor)

    let listing = DocumentFiles.list([folder.url.path])
    #expect(listing.files == [good])
    let reasons = Dictionary(uniqueKeysWithValues: listing.skipped.map { ($0.path, $0.reason) })
    #expect(reasons[folder.path("pipe.md")] == "not a regular file (a named pipe)")
    #expect(reasons[folder.path("zero.txt")] == "not a regular file (a character device)")
    #expect(reasons[folder.path("gone.md")] == "a symbolic link to nothing (no such file or directory)")
    #expect(reasons[folder.url.path + "/caf\\xE9.md"]?.hasPrefix("the file name is not valid UTF-8") == true)
    #expect(reasons.count == 4)
    #expect(!listing.skipped.map(\.path).contains(latin1))
    #expect(listing.skipped.allSatisfy { $0.description.hasPrefix($0.path + ": error: ") })
  }

  /// A folder deeper than the system can open by path is reported, with its path.
  @Test func pathsLongerThanTheSystemOpensAreReported() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("The council must publish a plan.\n", to: "good.md")
    // Nested folders made relative to each other (mkdirat), until the path passes PATH_MAX.
    let component = String(repeating: "d", count: 200)
    var descriptor = open(folder.url.path, O_RDONLY | O_DIRECTORY)
    var depth = 0
    while (folder.url.path.utf8.count + depth * 201) <= DocumentFiles.maximumPathBytes + 201 {
      #expect(mkdirat(descriptor, component, 0o755) == 0)
      let next = openat(descriptor, component, O_RDONLY | O_DIRECTORY)
      close(descriptor)
      descriptor = next
      depth += 1
    }
    let file = openat(descriptor, "deep.md", O_CREAT | O_WRONLY, 0o644)
    close(file)
    close(descriptor)
    let listing = DocumentFiles.list([folder.url.path])
    #expect(listing.files == [folder.path("good.md")])
    #expect(listing.skipped.count == 1)
    #expect(listing.skipped.first?.reason.contains("longer than the system can open") == true)
    // Removing it needs the same walk: FileManager cannot reach it by path either.
    removeDeep(folder.url.path, component: component)
  }

  private func removeDeep(_ root: String, component: String) {
    var descriptors = [open(root, O_RDONLY | O_DIRECTORY)]
    while let last = descriptors.last, last >= 0 {
      let next = openat(last, component, O_RDONLY | O_DIRECTORY)
      if next < 0 { break }
      descriptors.append(next)
    }
    _ = unlinkat(descriptors.last!, "deep.md", 0)
    while descriptors.count > 1 {
      let inner = descriptors.removeLast()
      close(inner)
      _ = unlinkat(descriptors.last!, component, AT_REMOVEDIR)
    }
    close(descriptors[0])
  }

  @Test func readingAPipeFoundInAFolderNeverBlocks() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    #expect(mkfifo(folder.path("pipe.md"), 0o644) == 0)
    #expect {
      try DocumentReader().bytes(path: folder.path("pipe.md"), regularFilesOnly: true)
    } throws: { error in
      "\(error)" == folder.path("pipe.md") + ": error: not a regular file (a named pipe)"
    }
    #expect {
      try DocumentReader(maximumBytes: 1 << 20).bytes(path: "/dev/zero")
    } throws: { error in
      "\(error)".contains("more than the limit")
    }
  }

  /// Folders of thousands of files, names of every length: each name is read where its directory
  /// record lies. (A copy of a whole `dirent` read past the last record of readdir's buffer: the
  /// release build crashed on folders of a thousand files of `scripts/synthetic-corpus`, though
  /// not on these in a debug build, whose heap lies otherwise.)
  @Test func largeFoldersWithNamesOfEveryLengthAreListedWhole() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    var expected: Set<String> = []
    for number in 0..<3_000 {
      let name = "n\(number)-" + String(repeating: "x", count: number % 200) + ".txt"
      expected.insert(try folder.write("", to: "docs/\(number % 3)/\(name)"))
    }
    let listing = DocumentFiles.list([folder.path("docs")])
    #expect(listing.skipped.isEmpty)
    #expect(Set(listing.files) == expected)
  }
}
