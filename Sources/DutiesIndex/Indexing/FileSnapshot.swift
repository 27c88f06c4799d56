import Duties
import Foundation

/// A file found on disk: the path the index stores it under, where it is read from, its size and
/// modification time.
///
/// Size and time decide whether a file needs hashing at all; the content hash decides whether it
/// needs indexing again.
struct FileSnapshot: Sendable, Hashable {
  /// The document's path in the index: the file's absolute path, or its path under the name given
  /// as ``IndexOptions/storedAs``.
  var path: String
  /// Where the file is read from, absolute.
  var location: String
  var size: Int
  var modified: Double

  init(path: String, location: String? = nil, size: Int, modified: Double) {
    self.path = path
    self.location = location ?? path
    self.size = size
    self.modified = modified
  }

  /// The supported files under `roots` (folders recursively, files as given), by absolute path
  /// (or, with `storedAs`, by their path under that name), and the documents found there that
  /// cannot be read (see ``DocumentFiles/list(_:)``).
  static func scan(_ roots: [String], filter: FileFilter = FileFilter(), storedAs: String? = nil) -> (
    files: [FileSnapshot], skipped: [DocumentFiles.Skipped]
  ) {
    let absolute = roots.map(absolutePath)
    let listing = DocumentFiles.list(absolute, filter: filter)
    let name = { (location: String) in storedAs.map { key(location, under: $0, roots: absolute) } ?? location
    }
    let paths = Set(listing.files.map(absolutePath))
    let files = paths.sorted().map { location in
      var status = stat()
      guard stat(location, &status) == 0 else {
        return FileSnapshot(path: name(location), location: location, size: 0, modified: 0)
      }
      #if canImport(Darwin)
        let time = status.st_mtimespec
      #else
        let time = status.st_mtim
      #endif
      let modified = Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
      return FileSnapshot(
        path: name(location), location: location, size: Int(status.st_size), modified: modified)
    }
    let skipped = listing.skipped.map { DocumentFiles.Skipped(path: name($0.path), reason: $0.reason) }
    return (files.sorted { $0.path < $1.path }, skipped)
  }

  /// The path under `name` of the file at the absolute `location`: `name/` and its path relative to
  /// the root it was found under.
  static func key(_ location: String, under name: String, roots: [String]) -> String {
    name + "/" + IndexShard.relativePath(location, roots: roots)
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
