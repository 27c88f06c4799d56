import Foundation

/// A PostgreSQL database of its own for each test, on the server named by `$DUTIES_TEST_POSTGRES`
/// (`scripts/test` starts one on loopback with `scripts/postgres` and sets it).
public enum ScratchPostgres {
  /// The URL of the test server's main database; `nil` when the suite runs without one.
  public static var serverURL: String? {
    ProcessInfo.processInfo.environment["DUTIES_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
  }

  /// Creates an empty database (`duties_test_…`, which `scripts/test` drops on its next run) and
  /// returns its URL; `nil` when there is no test server.
  public static func create() throws -> String? {
    guard let base = serverURL, var components = URLComponents(string: base) else { return nil }
    let name = "duties_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
    try psql(base, "CREATE DATABASE \(name)")
    components.path = "/" + name
    return components.string
  }

  /// Runs one SQL statement with `psql` against the database at `url`; throws with what psql said
  /// when it fails.
  public static func psql(_ url: String, _ sql: String) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", url, "-c", sql]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let message = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw Failure(message: "psql \(sql): " + String(decoding: message, as: UTF8.self))
    }
  }

  /// What `psql` said when a statement failed.
  public struct Failure: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
  }
}
