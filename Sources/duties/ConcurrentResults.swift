import Foundation

/// The results of `body` for each index in `0..<count`, each run on its own thread (up to one per
/// core) and returned in index order, errors included.
func concurrentResults<T>(_ count: Int, _ body: @Sendable (Int) throws -> T) -> [Result<T, any Error>] {
  var results = [Result<T, any Error>](repeating: .failure(CancellationError()), count: count)
  results.withUnsafeMutableBufferPointer { buffer in
    let slots = UncheckedBuffer(buffer)
    DispatchQueue.concurrentPerform(iterations: count) { index in
      slots.buffer[index] = Result { try body(index) }  // each thread writes its own slot
    }
  }
  return results
}

/// A buffer written from several threads, each to its own slot.
private struct UncheckedBuffer<Element>: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<Element>
  init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}
