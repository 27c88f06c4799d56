import Foundation
import Testing

@testable import DutiesPDF

/// The child process a PDF worker runs in: waited for within the deadline whatever it does.
@Suite struct ChildProcessTests {
  func shell(_ script: String) -> ChildProcess {
    ChildProcess(executable: "/bin/sh", arguments: ["-c", script])
  }

  @Test func aChildThatClosesItsOutputAndGoesOnIsStoppedAtTheDeadline() throws {
    let start = Date()
    let result = try shell("cat >/dev/null; exec >&-; sleep 100").run(
      input: [], maximumOutput: 100, timeout: 0.5)
    #expect(result.ending == .timedOut)
    #expect(Date().timeIntervalSince(start) < 5)
  }

  @Test func aChildThatNeverReadsItsInputIsStoppedAtTheDeadline() throws {
    let result = try shell("sleep 100").run(
      input: [UInt8](repeating: 0, count: 4 << 20), maximumOutput: 100, timeout: 0.5)
    #expect(result.ending == .timedOut)
  }

  @Test func outputStatusAndCPUTimeAreGiven() throws {
    let result = try shell("cat; exit 5").run(input: Array("echo".utf8), maximumOutput: 100, timeout: 10)
    #expect(result.output == Data("echo".utf8))
    #expect(result.ending == .exited(5))
    #expect(result.cpuSeconds >= 0 && result.cpuSeconds < 5)
  }
}
