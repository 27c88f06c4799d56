import Duties
import Foundation
import Testing

/// The batch engine: results in the items' order whatever finishes first, no more than `jobs` at
/// once, within the byte budget, and a stop that finishes what has started.
@Suite struct OrderedBatchTests {
  /// What the work saw: how many ran at once, and the bytes held when each item started. Every
  /// field is read and written under the lock.
  final class Log: @unchecked Sendable {
    private let lock = NSLock()
    private var running = 0
    private var held: [Int: Int] = [:]
    private(set) var mostRunning = 0
    private(set) var heldAtStart: [Int] = []
    private(set) var started: [Int] = []

    func start(_ item: Int, size: Int) {
      lock.withLock {
        running += 1
        mostRunning = max(mostRunning, running)
        heldAtStart.append(held.values.reduce(0, +) + size)
        held[item] = size
        started.append(item)
      }
    }

    func end() { lock.withLock { running -= 1 } }
    func delivered(_ item: Int) { lock.withLock { held[item] = nil } }
    func snapshot() -> (mostRunning: Int, heldAtStart: [Int], started: [Int]) {
      lock.withLock { (mostRunning, heldAtStart, started) }
    }
  }

  /// Work that takes a pseudo-random time, so items finish out of order.
  static func work(_ item: Int, log: Log, size: Int) -> Int {
    log.start(item, size: size)
    usleep(UInt32((item * 7919) % 5) * 1_000)
    log.end()
    return item * item
  }

  @Test(arguments: [1, 2, 4])
  func resultsComeInTheItemsOrder(jobs: Int) async throws {
    let log = Log()
    var delivered: [Int] = []
    try await OrderedBatch(jobs: jobs, byteBudget: 1 << 20).run(Array(0..<40), size: { _ in 1 }) { item in
      Self.work(item, log: log, size: 1)
    } deliver: { item, output in
      #expect(output == item * item)
      delivered.append(item)
      log.delivered(item)
    }
    #expect(delivered == Array(0..<40))
    #expect(log.snapshot().mostRunning <= jobs)
  }

  /// Items of 300 bytes under a budget of 1,000: at most three held, but one always starts (the
  /// 2,000-byte item alone).
  @Test func itemsStartWithinTheBudget() async throws {
    let log = Log()
    let sizes = (0..<30).map { $0 == 10 ? 2_000 : 300 }
    try await OrderedBatch(jobs: 4, byteBudget: 1_000).run(Array(0..<30), size: { sizes[$0] }) { item in
      Self.work(item, log: log, size: sizes[item])
    } deliver: { item, _ in
      log.delivered(item)
    }
    let held = log.snapshot().heldAtStart
    #expect(held.count == 30)
    #expect(held.allSatisfy { $0 <= 1_000 || $0 == 2_000 })
    #expect(held.contains(2_000))
  }

  /// Items of no size still keep to the lookahead; with one job, one item is held at a time.
  @Test func emptyItemsKeepToTheLookaheadAndOneJobHoldsOne() async throws {
    for jobs in [1, 2] {
      let log = Log()
      var mostStartedAhead = 0
      var delivered = 0
      try await OrderedBatch(jobs: jobs, byteBudget: 1 << 20).run(Array(0..<200), size: { _ in 0 }) { item in
        Self.work(item, log: log, size: 0)
      } deliver: { item, _ in
        mostStartedAhead = max(mostStartedAhead, log.snapshot().started.count - delivered)
        delivered += 1
      }
      #expect(mostStartedAhead <= (jobs == 1 ? 1 : 4 * jobs))
    }
    #expect(OrderedBatch(jobs: .max, byteBudget: 1).lookahead == 4 * OrderedBatch.maximumJobs)
  }

  @Test func aStopFinishesAndDeliversWhatHasStarted() async throws {
    let log = Log()
    let task = Task {
      var delivered: [Int] = []
      try await OrderedBatch(jobs: 2, byteBudget: 1 << 20).run(Array(0..<1_000), size: { _ in 1 }) { item in
        Self.work(item, log: log, size: 1)
      } deliver: { item, _ in
        delivered.append(item)
        if item == 5 { withUnsafeCurrentTask { $0?.cancel() } }
      }
      return delivered
    }
    let delivered = try await task.value
    let started = log.snapshot().started
    #expect(started.count < 1_000)
    #expect(delivered == Array(0..<started.count))
  }

  struct Stop: Error {}

  @Test func anErrorInDeliveryEndsTheRun() async throws {
    let log = Log()
    await #expect(throws: Stop.self) {
      try await OrderedBatch(jobs: 2, byteBudget: 1 << 20).run(Array(0..<1_000), size: { _ in 1 }) { item in
        Self.work(item, log: log, size: 1)
      } deliver: { item, _ in
        if item == 3 { throw Stop() }
      }
    }
    // Nothing past the lookahead of the failed item started.
    #expect(log.snapshot().started.count <= 4 + 4 * 2)
  }
}
