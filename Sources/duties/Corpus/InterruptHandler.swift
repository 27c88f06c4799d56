import Dispatch
import Foundation

/// Turns the first Ctrl-C (or SIGTERM) into a call to `onInterrupt`, so work in flight can be saved;
/// a second one ends the process at once.
final class InterruptHandler: @unchecked Sendable {
  private let sources: [any DispatchSourceSignal]

  init(onInterrupt: @escaping @Sendable () -> Void) {
    let queue = DispatchQueue(label: "duties.signals")
    let count = Counter()
    sources = [SIGINT, SIGTERM].map { number in
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
      source.setEventHandler {
        if count.increment() > 1 { exit(130) }
        FileHandle.standardError.write(Data("\nstopping after the files in flight…\n".utf8))
        onInterrupt()
      }
      source.resume()
      return source
    }
  }

  /// Restores the default handling.
  func stop() {
    for source in sources { source.cancel() }
    signal(SIGINT, SIG_DFL)
    signal(SIGTERM, SIG_DFL)
  }

  private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func increment() -> Int {
      lock.withLock {
        value += 1
        return value
      }
    }
  }
}

/// Cancels work that may not have started yet: a cancellation that comes first is applied when the
/// work is attached.
final class Cancellation: @unchecked Sendable {
  private let lock = NSLock()
  private var cancelled = false
  private var action: (@Sendable () -> Void)?

  func cancel() {
    let action = lock.withLock {
      cancelled = true
      return self.action
    }
    action?()
  }

  func attach(_ action: @escaping @Sendable () -> Void) {
    let cancelled = lock.withLock {
      self.action = action
      return self.cancelled
    }
    if cancelled { action() }
  }
}
