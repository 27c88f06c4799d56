import Duties
import Foundation

/// Reads and extracts files `jobs` at a time, each on its own thread, and hands them out in the
/// order of the files: at most `jobs` documents are held at once, and the output does not depend
/// on the number of jobs.
final class ExtractedFiles: @unchecked Sendable {
  private let files: [String]
  private let jobs: Int
  private let input: InputOptions
  private var batch: [Result<(Document, [Obligation]), any Error>] = []
  private var batchStart = 0
  private var position = 0
  private let lock = NSLock()

  init(files: [String], jobs: Int, input: InputOptions) {
    self.files = files
    self.jobs = max(1, jobs)
    self.input = input
  }

  /// The document and obligations of the next file, or the error reading it threw.
  func next(_ file: String) throws -> (Document, [Obligation]) {
    precondition(files[position] == file, "files are taken in order")
    if position >= batchStart + batch.count { fill(from: position) }
    let result = batch[position - batchStart]
    position += 1
    return try result.get()
  }

  private func fill(from start: Int) {
    let count = min(jobs, files.count - start)
    var results = [Result<(Document, [Obligation]), any Error>](
      repeating: .failure(CancellationError()), count: count)
    let input = self.input
    let files = self.files
    let lock = self.lock
    results.withUnsafeMutableBufferPointer { buffer in
      let slots = UncheckedBuffer(buffer)
      DispatchQueue.concurrentPerform(iterations: count) { offset in
        let result = Result { () throws -> (Document, [Obligation]) in
          let document = try input.read(files[start + offset])
          return (document, ObligationExtractor().extract(from: document))
        }
        lock.withLock { slots.buffer[offset] = result }
      }
    }
    batch = results
    batchStart = start
  }
}

/// A buffer written from several threads, each to its own slot.
private struct UncheckedBuffer<Element>: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<Element>
  init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}
