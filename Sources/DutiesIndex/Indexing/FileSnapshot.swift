import Duties
import Foundation

/// A file found on disk: its absolute path, size and modification time.
///
/// Size and time decide whether a file needs hashing at all; the content hash decides whether it
/// needs indexing again.
struct FileSnapshot: Sendable, Hashable {
  var path: String
  var size: Int
  var modified: Double

  /// The supported files under `roots` (folders recursively, files as given), by absolute path,
  /// and the documents found there that cannot be read (see ``DocumentFiles/list(_:)``).
  static func scan(_ roots: [String], filter: FileFilter = FileFilter()) -> (
    files: [FileSnapshot], skipped: [DocumentFiles.Skipped]
  ) {
    let listing = DocumentFiles.list(roots.map(absolutePath), filter: filter)
    let paths = Set(listing.files.map(absolutePath))
    let files = paths.sorted().map { path in
      var status = stat()
      guard stat(path, &status) == 0 else { return FileSnapshot(path: path, size: 0, modified: 0) }
      #if canImport(Darwin)
        let time = status.st_mtimespec
      #else
        let time = status.st_mtim
      #endif
      let modified = Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
      return FileSnapshot(path: path, size: Int(status.st_size), modified: modified)
    }
    return (files, listing.skipped)
  }

  /// `path` made absolute against the current directory, with `.` and `..` resolved.
  static func absolutePath(_ path: String) -> String {
    let url =
      path.hasPrefix("/")
      ? URL(fileURLWithPath: path)
      : URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(path)
    let standardized = url.standardizedFileURL.path
    return standardized.count > 1 && standardized.hasSuffix("/")
      ? String(standardized.dropLast()) : standardized
  }
}
