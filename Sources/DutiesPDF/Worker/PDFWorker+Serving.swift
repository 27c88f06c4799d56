internal import CPoppler
import Duties
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension PDFWorker {
  /// Serves one request of a ``PDFWorker`` and exits: reads the request from standard input,
  /// limits this process's CPU time and memory as it asks, reads the PDF with poppler and writes
  /// the reply to standard output.
  ///
  /// Call it from the program a ``PDFWorker`` runs, before anything else.
  public static func serve() -> Never {
    // Gone with the process that started it, even one killed with no time to stop its workers.
    duties_exit_with_parent()
    guard let header = readHeader(), let request = WorkerRequest(header: header) else {
      FileHandle.standardError.write(Data("not a request of a duties PDF worker\n".utf8))
      exit(WorkerReply.Status.notARequest)
    }
    limit(request)
    guard let bytes = readBytes(count: request.byteCount) else { exit(WorkerReply.Status.cannotRead) }
    var reply = WorkerReply()
    do {
      reply.content = try Poppler.read(bytes, path: "")
    } catch let error as DutiesError {
      if case .unreadable(_, let reason) = error {
        reply.failure = reason
      } else {
        reply.failure = "\(error)"
      }
    } catch {
      reply.failure = "\(error)"
    }
    guard let data = try? WorkerReply.encoder.encode(reply) else { exit(WorkerReply.Status.cannotWrite) }
    FileHandle.standardOutput.write(data)
    exit(0)
  }

  /// Sets this process's limits: CPU time (a signal at the limit, a kill five seconds after),
  /// address space, and no core file.
  private static func limit(_ request: WorkerRequest) {
    func set(_ resource: Int32, _ soft: Int, _ hard: Int) {
      var value = rlimit(rlim_cur: rlim_t(soft), rlim_max: rlim_t(hard))
      #if canImport(Glibc)
        _ = setrlimit(__rlimit_resource_t(UInt32(resource)), &value)
      #else
        _ = setrlimit(resource, &value)
      #endif
    }
    set(Int32(RLIMIT_CORE.rawValue), 0, 0)
    let cpu = min(request.cpuSeconds, PDFWorker.Limits.maximumCPUSeconds)
    set(Int32(RLIMIT_CPU.rawValue), cpu, cpu + 5)
    set(Int32(RLIMIT_AS.rawValue), request.memoryBytes, request.memoryBytes)
  }

  /// The request's header line, read a byte at a time so that nothing after it is taken.
  private static func readHeader() -> [UInt8]? {
    var header: [UInt8] = []
    var byte: UInt8 = 0
    while header.count < WorkerRequest.maximumHeaderBytes {
      let count = read(0, &byte, 1)
      if count < 0 && errno == EINTR { continue }
      guard count == 1 else { return nil }
      if byte == 0x0A { return header }
      header.append(byte)
    }
    return nil
  }

  /// Exactly `count` bytes of standard input.
  private static func readBytes(count: Int) -> [UInt8]? {
    var bytes = [UInt8](repeating: 0, count: count)
    var filled = 0
    while filled < count {
      let read = bytes.withUnsafeMutableBytes { Foundation.read(0, $0.baseAddress! + filled, count - filled) }
      if read < 0 && errno == EINTR { continue }
      guard read > 0 else { return nil }
      filled += read
    }
    return bytes
  }
}
