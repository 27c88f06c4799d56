import Foundation

/// Runs the built `duties` executable, for end-to-end tests.
public enum CommandRunner {
  /// What a run printed and how it ended.
  public struct Result: Sendable {
    /// The exit status.
    public var status: Int32
    /// Standard output.
    public var stdout: String
    /// Standard error.
    public var stderr: String
  }

  /// The executable: `$DUTIES_BINARY`, else the one beside the test bundle, else `.build/debug/duties`.
  public static var executable: URL {
    if let override = ProcessInfo.processInfo.environment["DUTIES_BINARY"] {
      return URL(fileURLWithPath: override)
    }
    let besideTests = Bundle.main.bundleURL.appendingPathComponent("duties")
    if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
    for candidate in [".build/debug/duties", ".build/release/duties"] {
      let url = SharedCorpus.packageRoot.appendingPathComponent(candidate)
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return SharedCorpus.packageRoot.appendingPathComponent(".build/debug/duties")
  }

  /// Runs `duties` with arguments and optional standard input, in `directory` (default: this process's).
  public static func run(
    _ arguments: [String], input: String? = nil, environment: [String: String] = [:], in directory: URL? = nil
  ) throws -> Result {
    try run(program: executable, arguments, input: input, environment: environment, in: directory)
  }

  /// Runs another program (Node, `setpriv` in front of `duties`) the same way.
  public static func run(
    program: URL, _ arguments: [String], input: String? = nil, environment: [String: String] = [:],
    in directory: URL? = nil
  ) throws -> Result {
    let process = Process()
    process.executableURL = program
    if let directory { process.currentDirectoryURL = directory }
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    // The width of text output follows $COLUMNS: a test has the fixed widths unless it sets one.
    env["COLUMNS"] = nil
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let output = Pipe()
    let error = Pipe()
    let inputPipe = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = inputPipe
    try process.run()
    if let input { inputPipe.fileHandleForWriting.write(Data(input.utf8)) }
    try inputPipe.fileHandleForWriting.close()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }
}
