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

  /// The supported files under `roots` (folders recursively, files as given), by absolute path.
  static func scan(_ roots: [String]) -> [FileSnapshot] {
    let paths = Set(DocumentFiles.expand(roots.map(absolutePath)).map(absolutePath))
    return paths.sorted().map { path in
      let attributes = try? FileManager.default.attributesOfItem(atPath: path)
      let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
      let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
      return FileSnapshot(path: path, size: size, modified: modified)
    }
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
