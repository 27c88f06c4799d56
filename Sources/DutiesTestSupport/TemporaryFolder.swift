import Foundation

/// A fresh folder under the system's temporary directory, for tests that write files.
public struct TemporaryFolder: Sendable {
  /// The folder.
  public let url: URL

  /// Creates an empty folder with a unique name.
  public init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("duties-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  /// The path of `relativePath` inside the folder.
  public func path(_ relativePath: String) -> String {
    url.appendingPathComponent(relativePath).path
  }

  /// Writes `contents` to `relativePath`, creating folders as needed; returns the path.
  @discardableResult
  public func write(_ contents: String, to relativePath: String) throws -> String {
    try write(Data(contents.utf8), to: relativePath)
  }

  /// Writes bytes to `relativePath`, creating folders as needed; returns the path.
  @discardableResult
  public func write(_ contents: Data, to relativePath: String) throws -> String {
    let file = url.appendingPathComponent(relativePath)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try contents.write(to: file)
    return file.path
  }

  /// Copies a file into the folder at `relativePath`; returns the new path.
  @discardableResult
  public func copy(_ source: URL, to relativePath: String) throws -> String {
    try write(try Data(contentsOf: source), to: relativePath)
  }

  /// Removes the folder and everything in it.
  public func remove() {
    try? FileManager.default.removeItem(at: url)
  }
}
