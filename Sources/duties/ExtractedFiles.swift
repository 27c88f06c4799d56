import Duties
import Foundation

/// Reads and extracts files on `jobs` threads and hands them out in the order of the files.
///
/// With one job the caller's own thread reads and extracts each file when it asks for it. With more, each thread
/// takes the next file as soon as it is free, so a large file does not hold the others back, and the caller writes
/// one file's output while the threads go on with the next. Files start in order and are held from their start until
/// the caller takes them, and together they hold no more bytes than the size limit of one file (a larger run waits;
/// the file the caller needs next always starts), nor more than `4 × jobs` files, so memory stays what one file may
/// take. The output does not depend on the number of jobs.
final class ExtractedFiles: @unchecked Sendable {
  private let files: [String]
  private let jobs: Int
  private let input: InputOptions
  /// The size of each file, for the byte budget.
  private let sizes: [Int]
  private let budget: Int

  /// Guards everything below; signalled whenever a file is done or taken.
  private let condition = NSCondition()
  private var results: [Int: Result<(Document, [Obligation]), any Error>] = [:]
  /// The next file a thread starts.
  private var nextToStart = 0
  /// The next file the caller takes.
  private var position = 0
  /// The bytes of the files started and not yet taken.
  private var bytesHeld = 0
  private var started = false
  private var cancelled = false

  init(files: [String], jobs: Int, input: InputOptions) {
    self.files = files
    self.jobs = max(1, jobs)
    self.input = input
    budget = input.maxFileSize.bytes
    // One job reads each file when it is asked for: only threads need the sizes, for the budget.
    sizes = self.jobs > 1 ? files.map { Self.size($0, limit: input.maxFileSize.bytes) } : []
  }

  /// The document and obligations of the next file, or the error reading it threw.
  func next(_ file: String) throws -> (Document, [Obligation]) {
    precondition(files[position] == file, "files are taken in order")
    // One job is one thread: the caller's, reading, extracting and writing in turn.
    if jobs == 1 {
      position += 1
      return try Self.extract(file, input: input)
    }
    if !started { start() }
    condition.lock()
    while results[position] == nil { condition.wait() }
    let result = results.removeValue(forKey: position)!
    bytesHeld -= sizes[position]
    position += 1
    condition.broadcast()
    condition.unlock()
    return try result.get()
  }

  /// Stops the threads after the files they are on; the caller takes no more.
  func cancel() {
    condition.lock()
    cancelled = true
    condition.broadcast()
    condition.unlock()
  }

  private func start() {
    started = true
    for _ in 0..<min(jobs, files.count) {
      Thread.detachNewThread { self.work() }
    }
  }

  private func work() {
    let input = input
    while true {
      condition.lock()
      while !cancelled, nextToStart < files.count, !mayStart(nextToStart) { condition.wait() }
      guard !cancelled, nextToStart < files.count else {
        condition.unlock()
        return
      }
      let index = nextToStart
      nextToStart += 1
      bytesHeld += sizes[index]
      condition.unlock()
      let file = files[index]
      let result = Result { try Self.extract(file, input: input) }
      condition.lock()
      results[index] = result
      condition.broadcast()
      condition.unlock()
    }
  }

  /// Reads a file and extracts its obligations.
  private static func extract(_ file: String, input: InputOptions) throws -> (Document, [Obligation]) {
    let document = try input.read(file)
    return (document, ObligationExtractor().extract(from: document))
  }

  /// Whether a file may start now (called with the lock held): when nothing is held (so the file the caller needs
  /// next always can), or when it fits the byte budget and is not too far ahead of the caller.
  private func mayStart(_ index: Int) -> Bool {
    bytesHeld == 0 || bytesHeld + sizes[index] <= budget && index < position + 4 * jobs
  }
}

extension ExtractedFiles {
  /// A file's size for the batch budget: what a regular file says, the whole limit for anything else.
  fileprivate static func size(_ path: String, limit: Int) -> Int {
    guard path != "-", let attributes = try? FileManager.default.attributesOfItem(atPath: path),
      attributes[.type] as? FileAttributeType == .typeRegular,
      let size = (attributes[.size] as? NSNumber)?.intValue
    else { return limit }
    return min(size, limit)
  }
}
