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

  /// Runs one SQL statement with `psql` against the database at `url` and returns what it printed
  /// (rows unaligned, a line each, fields split by `|`); throws with what psql said when it fails.
  @discardableResult
  public static func psql(_ url: String, _ sql: String) throws -> String {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", url, "-c", sql]
    // Files, not pipes: a pipe that fills while the process waits to write would never drain.
    let (output, errors) = (folder.path("out"), folder.path("err"))
    _ = FileManager.default.createFile(atPath: output, contents: nil)
    _ = FileManager.default.createFile(atPath: errors, contents: nil)
    process.standardOutput = FileHandle(forWritingAtPath: output)
    process.standardError = FileHandle(forWritingAtPath: errors)
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw Failure(message: "psql \(sql): " + ((try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""))
    }
    return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
  }

  /// What `psql` said when a statement failed.
  public struct Failure: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
  }
}
