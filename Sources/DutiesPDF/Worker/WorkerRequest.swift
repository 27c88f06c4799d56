/// What the parent sends a ``PDFWorker`` before the file's bytes: one line naming the protocol
/// and the limits, `duties-pdf-worker 1 <cpu seconds> <memory bytes> <byte count>`.
struct WorkerRequest: Hashable {
  /// The first word of every request.
  static let magic = "duties-pdf-worker"
  /// The version of the protocol.
  static let version = 1
  /// The longest header a worker reads.
  static let maximumHeaderBytes = 128

  var cpuSeconds: Int
  var memoryBytes: Int
  var byteCount: Int

  /// The header line, ending in a line feed.
  var header: [UInt8] {
    Array("\(Self.magic) \(Self.version) \(cpuSeconds) \(memoryBytes) \(byteCount)\n".utf8)
  }

  /// Reads a header line (without its line feed); `nil` when it is not one.
  init?(header: [UInt8]) {
    let words = String(decoding: header, as: UTF8.self).split(separator: " ")
    guard words.count == 5, words[0] == Self.magic, Int(words[1]) == Self.version,
      let cpu = Int(words[2]), let memory = Int(words[3]), let count = Int(words[4]),
      cpu > 0, memory > 0, count >= 0
    else { return nil }
    self.init(cpuSeconds: cpu, memoryBytes: memory, byteCount: count)
  }

  init(cpuSeconds: Int, memoryBytes: Int, byteCount: Int) {
    self.cpuSeconds = cpuSeconds
    self.memoryBytes = memoryBytes
    self.byteCount = byteCount
  }
}
