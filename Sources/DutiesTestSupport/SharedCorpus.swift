import Foundation

/// Finds the shared corpus and evaluation data that sit beside the repository (`../shared`).
public enum SharedCorpus {
  /// The `shared` folder: `$DUTIES_SHARED` if set, else `../shared` beside the package root.
  public static var root: URL {
    if let override = ProcessInfo.processInfo.environment["DUTIES_SHARED"] {
      return URL(fileURLWithPath: override)
    }
    return packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
  }

  /// The package root, found from this source file's path.
  public static var packageRoot: URL {
    URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent()  // DutiesTestSupport
      .deletingLastPathComponent()  // Sources
      .deletingLastPathComponent()
  }

  /// A file in `shared/corpus`.
  public static func corpus(_ relativePath: String) -> URL {
    root.appendingPathComponent("corpus").appendingPathComponent(relativePath)
  }

  /// A file in the repository's own `corpus/`.
  public static func demo(_ relativePath: String) -> URL {
    packageRoot.appendingPathComponent("corpus").appendingPathComponent(relativePath)
  }

  /// A committed test fixture in `Tests/Fixtures` (made by `scripts/make-fixtures`).
  public static func fixture(_ relativePath: String) -> URL {
    packageRoot.appendingPathComponent("Tests/Fixtures").appendingPathComponent(relativePath)
  }

  /// Whether the shared corpus is present.
  public static var isAvailable: Bool {
    FileManager.default.fileExists(atPath: root.appendingPathComponent("corpus").path)
  }
}
