import Duties
import DutiesTestSupport
import Foundation
import Testing

@Suite struct FileFilterTests {
  /// A folder of policy documents with the project files a repository keeps beside them.
  func folder() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    for path in [
      "README.md", "CHANGES.md", "LICENSE.txt", "guidance/2024.md", "guidance/2025.md", "guidance/readme.txt",
      "drafts/2026.md", "drafts/keep.md", "notes.txt",
    ] {
      try folder.write("The council must act.\n", to: path)
    }
    return folder
  }

  func names(_ folder: TemporaryFolder, _ filter: FileFilter = FileFilter()) -> [String] {
    DocumentFiles.list([folder.url.path], filter: filter).files.map {
      String($0.dropFirst(folder.url.path.count + 1))
    }
  }

  @Test func projectFilesAreLeftOutOfFoldersByDefault() throws {
    let folder = try folder()
    defer { folder.remove() }
    #expect(
      names(folder) == [
        "drafts/2026.md", "drafts/keep.md", "guidance/2024.md", "guidance/2025.md", "notes.txt",
      ])
    #expect(names(folder, FileFilter(usesDefaultExcludes: false)).count == 9)
    // Only a project file's own name: not a policy document whose name starts alike.
    for name in [
      "changes-to-the-code.md", "Notice of variation.md", "security-policy.md", "Readme.txt", "license",
    ] {
      try folder.write("The council must act.\n", to: "more/\(name)")
    }
    #expect(
      names(folder).filter { $0.hasPrefix("more/") }
        == ["more/Notice of variation.md", "more/changes-to-the-code.md", "more/security-policy.md"])
    // A file named directly is read whatever its name.
    #expect(DocumentFiles.list([folder.path("README.md")]).files == [folder.path("README.md")])
  }

  @Test func includeExcludeAndIgnoreFiles() throws {
    let folder = try folder()
    defer { folder.remove() }
    #expect(names(folder, FileFilter(include: ["guidance/**"])) == ["guidance/2024.md", "guidance/2025.md"])
    #expect(names(folder, FileFilter(include: ["guidance/"])) == ["guidance/2024.md", "guidance/2025.md"])
    #expect(
      names(folder, FileFilter(exclude: ["drafts/", "*.txt"])) == ["guidance/2024.md", "guidance/2025.md"])
    #expect(
      names(folder, FileFilter(exclude: ["drafts/*", "!drafts/keep.md"]))
        == ["drafts/keep.md", "guidance/2024.md", "guidance/2025.md", "notes.txt"])
    try folder.write("# Drafts are not policy\ndrafts/\n\nnotes.txt\n", to: ".dutiesignore")
    try folder.write("2024.md\n!../notes.txt\n", to: "guidance/.dutiesignore")
    #expect(names(folder) == ["guidance/2025.md"])
    // The command line has the last word.
    #expect(names(folder, FileFilter(exclude: ["!notes.txt"])) == ["guidance/2025.md", "notes.txt"])
  }

  @Test func anIgnoreFileThatCannotBeReadIsSaid() throws {
    let folder = try folder()
    defer { folder.remove() }
    try folder.write(Data([0x64, 0x72, 0xFF, 0x0A]), to: ".dutiesignore")
    let listing = DocumentFiles.list([folder.url.path])
    #expect(listing.skipped.map(\.path) == [folder.path(".dutiesignore")])
    #expect(listing.skipped.first?.reason.contains("cannot be read as UTF-8") == true)
    #expect(listing.files.count == 5)
  }
}
