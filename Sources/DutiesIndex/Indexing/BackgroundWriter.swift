import Foundation

/// Runs database writes on a thread of its own, one at a time and in the order they were handed in,
/// so that the workers go on reading and extracting while SQLite writes (with the writes on a worker's
/// thread, a core waited at every file).
///
/// At most `pending` writes wait at once; `submit` blocks beyond that, so finished files never pile
/// up in memory. After a write fails the rest are skipped, and `submit` and `finish` throw its error.
final class BackgroundWriter: @unchecked Sendable {
  private let queue = DispatchQueue(label: "duties.index.writer")
  private let slots: DispatchSemaphore
  private let lock = NSLock()
  private var failure: (any Error)?

  init(pending: Int) {
    slots = DispatchSemaphore(value: max(1, pending))
  }

  /// Queues a write; throws the error of an earlier one that failed.
  func submit(_ write: @escaping @Sendable () throws -> Void) throws {
    try check()
    slots.wait()
    queue.async { [self] in
      defer { slots.signal() }
      guard lock.withLock({ failure == nil }) else { return }
      do {
        try write()
      } catch {
        lock.withLock { failure = failure ?? error }
      }
    }
  }

  /// Waits for every queued write; throws the first error.
  func finish() throws {
    queue.sync {}
    try check()
  }

  private func check() throws {
    if let failure = lock.withLock({ failure }) { throw failure }
  }
}
