/// Runs the index's database writes one at a time, in the order they were handed in, while the
/// task that hands them in goes on: `submit` suspends, never blocks, while ``limit`` writes are
/// pending. After a write fails the rest are skipped, and `submit` and `finish` throw its error.
///
/// Each write runs in a task of its own, not a child of the caller's: a run that is cancelled still
/// makes the writes it handed over.
actor WriteQueue {
  /// The most writes pending at once.
  let limit: Int
  private var pending = 0
  private var waiting: [CheckedContinuation<Void, Never>] = []
  private var failure: (any Error)?
  /// The last write handed in: the next one starts when it ends.
  private var last: Task<Void, Never>?

  init(limit: Int) {
    self.limit = max(1, limit)
  }

  /// Queues a write, waiting while ``limit`` are pending; throws the error of an earlier one.
  func submit(_ write: @escaping @Sendable () async throws -> Void) async throws {
    if let failure { throw failure }
    while pending >= limit { await withCheckedContinuation { waiting.append($0) } }
    pending += 1
    let previous = last
    last = Task {
      await previous?.value
      var error: (any Error)?
      // The task runs on this actor (it is made here); the write itself runs off it.
      if !self.hasFailed {
        do { try await write() } catch let thrown { error = thrown }
      }
      self.done(error)
    }
  }

  /// Waits until every queued write is done; throws the first error.
  func finish() async throws {
    while pending > 0 { await withCheckedContinuation { waiting.append($0) } }
    if let failure { throw failure }
  }

  private var hasFailed: Bool { failure != nil }

  private func done(_ error: (any Error)?) {
    pending -= 1
    if failure == nil { failure = error }
    let resumed = waiting
    waiting.removeAll()
    for continuation in resumed { continuation.resume() }
  }
}
