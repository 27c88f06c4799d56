import Foundation

/// Writes the JSON of ``ObligationsJSON`` for obligations that arrive part by part, as
/// ``ObligationExtractor/extract(streaming:format:_:)`` gives them: the same text as
/// ``ObligationsJSON/writePrettyPrinted(newline:to:)`` of all of them, without holding them.
///
/// The counts come first in that JSON, so the obligations written before them wait in memory and,
/// past a few megabytes, in a temporary file that is deleted once it is opened.
public struct ObligationsJSONStream {
  /// The obligations written so far that are not yet in the temporary file.
  private var body = PrettyJSONWriter(capacity: 1 << 16)
  private var counts: [String: Int] = [:]
  private var spill: FileHandle?
  private let spillSize: Int

  /// Creates an empty stream.
  public init() {
    self.init(spillingAfter: 4 << 20)
  }

  /// Creates an empty stream that moves obligations to the temporary file past `spillSize` bytes.
  init(spillingAfter spillSize: Int) {
    self.spillSize = spillSize
    // The writer starts where the obligations start, inside the array; what led there is dropped.
    ObligationsJSON.writeHead(counts: [:], to: &body)
    body.flush(to: { _ in })
  }

  /// Adds obligations, after those added before.
  public mutating func append(_ obligations: [Obligation]) throws {
    for obligation in obligations {
      counts[obligation.kind.rawValue, default: 0] += 1
      body.element()
      ObligationsJSON.write(obligation, to: &body)
      if body.bytes.count >= spillSize { try moveToTemporaryFile() }
    }
  }

  private mutating func moveToTemporaryFile() throws {
    let file = try spill ?? Self.temporaryFile()
    spill = file
    var failure: (any Error)?
    body.flush { piece in
      do { try file.write(contentsOf: piece) } catch { failure = error }
    }
    if let failure { throw failure }
  }

  /// Writes the whole JSON of `document` (its source; its nodes are not needed) and the obligations
  /// added, ending in a newline unless `newline` is false.
  public mutating func finish(
    document: Document, newline: Bool = true, to sink: (ArraySlice<UInt8>) -> Void
  ) throws {
    var head = PrettyJSONWriter()
    ObligationsJSON.writeHead(counts: counts, to: &head)
    head.flush(to: sink)
    if let spill {
      try spill.seek(toOffset: 0)
      while let piece = try spill.read(upToCount: 1 << 16), !piece.isEmpty {
        sink(ArraySlice(piece))
      }
      try spill.close()
      self.spill = nil
    }
    ObligationsJSON.writeTail(source: SourceInfo(document), to: &body)
    if newline { body.newline() }
    body.flush(to: sink)
  }

  /// A new file in the temporary directory, open for reading and writing, and already unlinked.
  private static func temporaryFile() throws -> FileHandle {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "duties-obligations-\(UUID().uuidString).json")
    guard FileManager.default.createFile(atPath: url.path, contents: nil),
      let handle = FileHandle(forUpdatingAtPath: url.path)
    else {
      throw DutiesError.unreadable(path: url.path, reason: "cannot create a temporary file")
    }
    try? FileManager.default.removeItem(at: url)
    return handle
  }
}
