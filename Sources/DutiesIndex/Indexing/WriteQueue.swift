import Foundation

/// Runs the index's database writes one at a time, in the order they were handed in, on a thread of
/// their own, so that SQLite's work (and its waits for another indexer's lock) never holds a thread
/// of the task that hands them in: `submit` suspends, not blocks, while ``limit`` writes are
/// pending. After a write fails the rest are skipped, and `submit` and `finish` throw its error.
actor WriteQueue {
  private let queue = DispatchQueue(label: "duties.index.writer")
  /// The most writes pending at once.
  let limit: Int
  private var pending = 0
  private var waiting: [CheckedContinuation<Void, Never>] = []
  private var failure: (any Error)?
  /// Whether a write has failed, read on the writer's thread to skip the writes queued after it.
  private let stopped = Stopped()

  init(limit: Int) {
    self.limit = max(1, limit)
  }

  /// Queues a write, waiting while ``limit`` are pending; throws the error of an earlier one.
  func submit(_ write: @escaping @Sendable () throws -> Void) async throws {
    if let failure { throw failure }
    while pending >= limit { await withCheckedContinuation { waiting.append($0) } }
    pending += 1
    let stopped = stopped
    queue.async {
      var error: (any Error)?
      if !stopped.value {
        do { try write() } catch let thrown {
          error = thrown
          stopped.value = true
        }
      }
      Task { await self.done(error) }
    }
  }

  /// Waits until every queued write is done; throws the first error.
  func finish() async throws {
    while pending > 0 { await withCheckedContinuation { waiting.append($0) } }
    if let failure { throw failure }
  }

  private func done(_ error: (any Error)?) {
    pending -= 1
    if failure == nil { failure = error }
    let resumed = waiting
    waiting.removeAll()
    for continuation in resumed { continuation.resume() }
  }
}

/// A flag set on the writer's thread and read there; the lock makes it safe to share.
private final class Stopped: @unchecked Sendable {
  private let lock = NSLock()
  private var stored = false

  var value: Bool {
    get { lock.withLock { stored } }
    set { lock.withLock { stored = newValue } }
  }
}
