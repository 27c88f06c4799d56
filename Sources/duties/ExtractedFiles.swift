import Duties
import Foundation

/// Reads and extracts files `jobs` at a time, each on its own thread, and hands them out in the
/// order of the files: at most `jobs` documents are held at once, and together no more bytes than
/// the size limit of one file (a large file is done alone), so memory stays what one file may take;
/// the output does not depend on the number of jobs.
final class ExtractedFiles: @unchecked Sendable {
  private let files: [String]
  private let jobs: Int
  private let input: InputOptions
  private var batch: [Result<(Document, [Obligation]), any Error>] = []
  private var batchStart = 0
  private var position = 0

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
    var count = 1
    var bytes = Self.size(files[start], limit: input.maxFileSize.bytes)
    while count < jobs, start + count < files.count {
      bytes += Self.size(files[start + count], limit: input.maxFileSize.bytes)
      if bytes > input.maxFileSize.bytes { break }
      count += 1
    }
    let input = self.input
    let files = self.files
    batch = concurrentResults(count) { offset in
      let document = try input.read(files[start + offset])
      return (document, ObligationExtractor().extract(from: document))
    }
    batchStart = start
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
