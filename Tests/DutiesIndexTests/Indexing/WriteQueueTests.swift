import Foundation
import Testing

@testable import DutiesIndex

@Suite struct WriteQueueTests {
  /// Collects what the writes did, from their tasks (under the lock).
  final class Log: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [Int] = []
    func append(_ value: Int) { lock.withLock { entries.append(value) } }
    var values: [Int] { lock.withLock { entries } }
  }

  struct Failure: Error {}

  @Test func writesRunInTheOrderTheyWereHandedIn() async throws {
    let log = Log()
    let writes = WriteQueue(limit: 2)
    for value in 0..<200 { try await writes.submit { log.append(value) } }
    try await writes.finish()
    #expect(log.values == Array(0..<200))
  }

  @Test func aFailedWriteStopsTheRestAndIsThrown() async throws {
    let log = Log()
    let writes = WriteQueue(limit: 4)
    try await writes.submit {
      usleep(20_000)
      log.append(1)
    }
    try await writes.submit { throw Failure() }
    // Later writes are either refused at once or skipped when their turn comes.
    try? await writes.submit { log.append(3) }
    await #expect(throws: Failure.self) { try await writes.finish() }
    #expect(log.values == [1])
  }
}
