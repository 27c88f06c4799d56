import Foundation
import Testing

@testable import DutiesIndex

@Suite struct BackgroundWriterTests {
  /// Collects what the writes did, from the writer's thread.
  final class Log: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [Int] = []
    func append(_ value: Int) { lock.withLock { entries.append(value) } }
    var values: [Int] { lock.withLock { entries } }
  }

  struct Failure: Error {}

  @Test func writesRunInTheOrderTheyWereHandedIn() throws {
    let log = Log()
    let writer = BackgroundWriter(pending: 2)
    for value in 0..<200 { try writer.submit { log.append(value) } }
    try writer.finish()
    #expect(log.values == Array(0..<200))
  }

  @Test func aFailedWriteStopsTheRestAndIsThrown() throws {
    let log = Log()
    let writer = BackgroundWriter(pending: 1)
    try writer.submit { log.append(1) }
    try writer.submit { throw Failure() }
    // Later writes are either refused at once or skipped on the writer's thread.
    try? writer.submit { log.append(3) }
    #expect(throws: Failure.self) { try writer.finish() }
    #expect(log.values == [1])
  }
}
