import Dispatch

/// Work spread over the machine's cores with results in a fixed order, so that output never depends
/// on the number of cores.
enum Parallel {
  /// `transform` of each index in `0..<count`, in index order. Indices are handed out in chunks of
  /// `chunkSize` so that small pieces of work do not cost more to schedule than to do.
  static func map<T>(_ count: Int, chunkSize: Int = 1, _ transform: @Sendable (Int) -> T) -> [T] {
    guard count > 0 else { return [] }
    let size = max(1, chunkSize)
    let chunks = (count + size - 1) / size
    if chunks == 1 { return (0..<count).map(transform) }
    return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      let slots = Slots(base: buffer.baseAddress!)
      DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        let start = chunk * size
        // Each chunk initialises its own slots and no other.
        for index in start..<min(count, start + size) {
          (slots.base + index).initialize(to: transform(index))
        }
      }
      initialized = count
    }
  }

  /// The two results of `first` and `second`, each made on its own core when there are two.
  static func pair<A, B>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
    var a: A?
    var b: B?
    withUnsafeMutablePointer(to: &a) { aPointer in
      withUnsafeMutablePointer(to: &b) { bPointer in
        let slots = PairSlots(first: aPointer, second: bPointer)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
          if index == 0 { slots.first.pointee = first() } else { slots.second.pointee = second() }
        }
      }
    }
    return (a!, b!)
  }
}

/// The base of a buffer whose slots different threads initialise, one each.
private struct Slots<T>: @unchecked Sendable {
  let base: UnsafeMutablePointer<T>
}

/// The two results of `Parallel.pair`, each written by one thread.
private struct PairSlots<A, B>: @unchecked Sendable {
  let first: UnsafeMutablePointer<A?>
  let second: UnsafeMutablePointer<B?>
}
