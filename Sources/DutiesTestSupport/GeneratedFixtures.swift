import Foundation

/// PDF and Word versions of documents in `../shared/corpus`, made once per test run by
/// `scripts/make-fixtures shared` (LibreOffice in headless mode) and never committed.
public enum GeneratedFixtures {
  /// The folder holding `command-paper.pdf`, `command-paper.docx`, `nppf.pdf` and `nppf.docx`.
  public static let folder: Result<URL, FixtureError> = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("duties-fixtures-\(getpid())")
    let process = Process()
    process.executableURL = SharedCorpus.packageRoot.appendingPathComponent("scripts/make-fixtures")
    process.arguments = ["shared", folder.path]
    var environment = ProcessInfo.processInfo.environment
    environment["DUTIES_SHARED"] = SharedCorpus.root.path
    process.environment = environment
    let error = Pipe()
    process.standardError = error
    do {
      try process.run()
    } catch {
      return .failure(FixtureError(message: "cannot run scripts/make-fixtures: \(error)"))
    }
    let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return .failure(FixtureError(message: message)) }
    return .success(folder)
  }()

  /// Why the fixtures could not be made.
  public struct FixtureError: Error, CustomStringConvertible {
    /// What `scripts/make-fixtures` said.
    public var message: String
    public var description: String { message }
  }

  /// A generated file, or an error that says why there is none.
  public static func file(_ name: String) throws -> URL {
    try folder.get().appendingPathComponent(name)
  }
}
