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
    // A file named directly is read whatever its name.
    #expect(DocumentFiles.list([folder.path("README.md")]).files == [folder.path("README.md")])
  }

  @Test func includeExcludeAndIgnoreFiles() throws {
    let folder = try folder()
    defer { folder.remove() }
    #expect(names(folder, FileFilter(include: ["guidance/**"])) == ["guidance/2024.md", "guidance/2025.md"])
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
}
