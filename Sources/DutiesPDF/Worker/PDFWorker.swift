import Duties
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads PDFs with poppler in a separate process that may use only so much CPU time and memory.
///
/// A PDF can make poppler work without end: streams that expand to gigabytes behind filters no
/// check before poppler can see (a name spelled with `#` escapes, chains of filters, LZW), forms
/// that draw each other, a damaged file that crashes the library. In a worker process these cost
/// one refused file: the worker is stopped at its limit and the reader throws
/// `DutiesError.unreadable(path:reason:)` saying which limit, while the calling process
/// and the rest of a batch go on.
///
/// The worker is a program that calls ``serve()`` (the `duties` command does, as its hidden
/// `pdf-worker` command):
///
/// ```swift
/// let worker = PDFWorker(executable: "/usr/local/bin/duties", arguments: ["pdf-worker"])
/// let reader = DocumentReader(plugins: [PDFReader(worker: worker)])
/// ```
public struct PDFWorker: Sendable, Hashable {
  /// What a worker may use to read one file.
  public struct Limits: Sendable, Hashable {
    /// The CPU time, in seconds (60 unless set): poppler reads a page of text in milliseconds,
    /// so a file that needs a minute is a decompression bomb or damaged.
    public var cpuSeconds: Int
    /// The memory (address space) the worker may map, in bytes: 2 GiB unless set, and at least
    /// eight times the file's size.
    public var memoryBytes: Int

    /// The most CPU time a limit may give: a day.
    public static let maximumCPUSeconds = 86_400

    /// Creates limits; the CPU time is kept between 1 s and ``maximumCPUSeconds``.
    public init(cpuSeconds: Int = 60, memoryBytes: Int = 2 << 30) {
      self.cpuSeconds = min(max(1, cpuSeconds), Self.maximumCPUSeconds)
      self.memoryBytes = memoryBytes
    }
  }

  /// The program to run.
  public var executable: String
  /// Its arguments, without the program's name.
  public var arguments: [String]
  /// The limits of each file's reading.
  public var limits: Limits

  /// Creates a worker that runs `executable` with `arguments` for each PDF.
  public init(executable: String, arguments: [String] = [], limits: Limits = Limits()) {
    self.executable = executable
    self.arguments = arguments
    self.limits = limits
  }

  /// What poppler read from `bytes`, read by a worker process.
  func content(of bytes: [UInt8], path: String) throws -> PDFContent {
    let memory = max(limits.memoryBytes, bytes.count.multipliedReportingOverflow(by: 8).partialValue)
    // The reply is the text and its layout: a few times the file at most for ordinary files, and
    // never more than the worker could hold.
    let replyLimit = min(memory, max(32 << 20, bytes.count.multipliedReportingOverflow(by: 64).partialValue))
    let request = WorkerRequest(cpuSeconds: limits.cpuSeconds, memoryBytes: memory, byteCount: bytes.count)
    let result: ChildProcess.Result
    do {
      result = try ChildProcess(executable: executable, arguments: arguments).run(
        input: request.header + bytes, maximumOutput: replyLimit, timeout: wallSeconds)
    } catch {
      throw DutiesError.unreadable(path: path, reason: "the PDF reader could not be started: \(error.reason)")
    }
    if result.ending == .exited(0) {
      guard let reply = try? WorkerReply.decoder.decode(WorkerReply.self, from: result.output) else {
        throw DutiesError.unreadable(path: path, reason: "the PDF reader gave a reply that cannot be read")
      }
      if let content = reply.content { return content }
      throw DutiesError.unreadable(path: path, reason: reply.failure ?? "the PDF reader gave no text")
    }
    throw DutiesError.unreadable(
      path: path, reason: reason(for: result, memory: memory, replyLimit: replyLimit))
  }

  /// The wall-clock time a worker may take before it is stopped: three times its CPU time and 30 s
  /// more, for a machine busy with other work.
  private var wallSeconds: Double { Double(limits.cpuSeconds) * 3 + 30 }

  /// Why a worker gave no reply.
  private func reason(for result: ChildProcess.Result, memory: Int, replyLimit: Int) -> String {
    let cause = "it may be a decompression bomb, or damaged"
    let overCPU = result.cpuSeconds >= Double(limits.cpuSeconds)
    switch result.ending {
    case .signalled(SIGXCPU),
      .signalled(SIGKILL) where overCPU:
      return "reading the PDF took more than \(limits.cpuSeconds) s, the limit for one file; \(cause)"
    case .timedOut:
      return "reading the PDF did not finish in \(Int(wallSeconds)) s; \(cause)"
    case .tooMuchOutput:
      return
        "the PDF's text is larger than \(replyLimit >> 20) MiB, the limit for a file of this size; \(cause)"
    case .signalled(SIGINT), .signalled(SIGTERM):
      return "reading the PDF was interrupted"
    case .signalled(let signal):
      return "the PDF reader stopped on this file (signal \(signal)); it is damaged, or needs more than "
        + "\(memory >> 20) MiB of memory"
    case .exited(WorkerReply.Status.cannotRead):
      return "the PDF reader did not receive the whole file"
    case .exited(WorkerReply.Status.cannotWrite):
      return "the PDF reader could not write what it read"
    case .exited(let status):
      return "the PDF reader failed on this file (exit status \(status))"
    }
  }
}
