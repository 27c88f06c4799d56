import Foundation

/// Reads documents from files or bytes into `Document` values.
///
/// The format is sniffed from the content unless one is given. Every reader keeps source
/// locations; malformed XML throws ``DutiesError/malformed(_:_:)`` with the place of the real cause.
public struct DocumentReader: Sendable {
  /// The largest file read, in bytes (``defaultMaximumBytes`` unless set). A larger file is refused
  /// before it is read, so that no document can take more memory than the machine has: reading
  /// needs up to about eleven times a file's size.
  public var maximumBytes: Int
  /// The default largest file: 256 MiB (the largest US Code title in USLM is about half that).
  public static let defaultMaximumBytes = 256 << 20
  /// Readers of formats the core does not read itself (PDF, from the `DutiesPDF` module).
  public var plugins: [DocumentFormat: any BinaryDocumentReader]

  /// Creates a reader.
  public init(
    maximumBytes: Int = DocumentReader.defaultMaximumBytes, plugins: [any BinaryDocumentReader] = []
  ) {
    self.maximumBytes = maximumBytes
    self.plugins = Dictionary(plugins.map { ($0.format, $0) }, uniquingKeysWith: { _, last in last })
  }

  /// Reads the file at `path` (`-` reads standard input).
  public func read(path: String, format: DocumentFormat? = nil) throws -> Document {
    try read(bytes: bytes(path: path), path: path, format: format)
  }

  /// The bytes of a file (`-` reads standard input), within ``maximumBytes``.
  ///
  /// A pipe or device named directly (`<(…)`, `/dev/stdin`) is read in pieces up to the limit;
  /// with `regularFilesOnly` (a folder walk, where a path found as a file may since have become a
  /// pipe, a device or a link to one) anything but a regular file is refused without being read.
  /// Errors give the system's reason: a file removed since it was found is "no such file or
  /// directory", not "permission denied".
  public func bytes(path: String, regularFilesOnly: Bool = false) throws -> [UInt8] {
    if path == "-" { return try readInPieces(FileHandle.standardInput, path: path) }
    // Opened without waiting: a named pipe with no writer would otherwise block here for ever.
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else {
      let code = errno
      // A name that is not UTF-8 reaches a Swift program with its bad bytes replaced: say so.
      let note =
        code == ENOENT && path.unicodeScalars.contains("\u{FFFD}")
        ? " (the name as given is not valid UTF-8, which duties cannot open; rename the file, for example with "
          + "convmv)" : ""
      throw DutiesError.unreadable(path: path, reason: Self.reason(code) + note)
    }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw DutiesError.unreadable(path: path, reason: Self.reason(errno))
    }
    let type = status.st_mode & S_IFMT
    if type == S_IFDIR { throw DutiesError.unreadable(path: path, reason: "is a directory") }
    let isRegular = type == S_IFREG
    if !isRegular && regularFilesOnly {
      throw DutiesError.unreadable(path: path, reason: "not a regular file (\(Self.fileType(type)))")
    }
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
    // A pipe or device has no size to check first: it is read in pieces.
    if !isRegular { return try readInPieces(handle, path: path) }
    let size = Int(status.st_size)
    if size > maximumBytes { throw DutiesError.tooLarge(path: path, bytes: size, limit: maximumBytes) }
    // Straight into the array: no second copy of a large file on the way in.
    var failure: Int32 = 0
    var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      count = 0
      while count < size {
        let read = Foundation.read(descriptor, buffer.baseAddress! + count, size - count)
        if read < 0, errno == EINTR { continue }
        if read < 0 { failure = errno }
        if read <= 0 { break }
        count += read
      }
    }
    if failure != 0 { throw DutiesError.unreadable(path: path, reason: Self.reason(failure)) }
    // A file that grew since its size was read: the rest, within the limit.
    if bytes.count == size {
      bytes += try readInPieces(handle, path: path, already: size)
    }
    return bytes
  }

  /// The system's reason for an error number, as a message reads it ("no such file or directory").
  static func reason(_ code: Int32) -> String {
    let text = String(cString: strerror(code))
    return text.prefix(1).lowercased() + text.dropFirst()
  }

  /// What kind of file a `stat` mode names.
  static func fileType(_ type: mode_t) -> String {
    switch type {
    case S_IFIFO: "a named pipe"
    case S_IFCHR: "a character device"
    case S_IFBLK: "a block device"
    case S_IFSOCK: "a socket"
    default: "not a file"
    }
  }

  /// Reads in 1 MiB pieces and stops as soon as the input passes ``maximumBytes``, so endless input is
  /// refused instead of exhausting memory.
  private func readInPieces(_ handle: FileHandle, path: String, already: Int = 0) throws -> [UInt8] {
    var bytes: [UInt8] = []
    while true {
      let chunk: Data
      do {
        guard let read = try handle.read(upToCount: 1 << 20), !read.isEmpty else { break }
        chunk = read
      } catch {
        throw DutiesError.unreadable(path: path, reason: error.localizedDescription)
      }
      bytes += chunk
      if already + bytes.count > maximumBytes {
        throw DutiesError.tooLarge(path: path, bytes: -1, limit: maximumBytes)
      }
    }
    return bytes
  }

  /// Reads a document from bytes; `path` names it in locations and errors.
  public func read(bytes: [UInt8], path: String, format: DocumentFormat? = nil) throws -> Document {
    switch try reading(bytes: bytes, path: path, format: format) {
    case .document(let document):
      return document
    case .text(let source, let format, let diagnostics):
      var document =
        format == .markdown ? MarkdownReader(source: source).read() : PlainTextReader(source: source).read()
      document.diagnostics = diagnostics + document.diagnostics
      return document.withReadingWarnings()
    }
  }

  /// Reads a document from a string; `path` names it in locations and errors.
  public func read(string: String, path: String = "<string>", format: DocumentFormat? = nil) throws
    -> Document
  {
    try read(bytes: Array(string.utf8), path: path, format: format)
  }
}

/// A reader for a binary format that a module outside the core provides (PDF through poppler).
public protocol BinaryDocumentReader: Sendable {
  /// The format it reads.
  var format: DocumentFormat { get }
  /// Reads a document; `path` names it in locations and errors.
  func read(bytes: [UInt8], path: String) throws -> Document
}

extension DocumentReader {
  func readBinary(_ bytes: [UInt8], path: String, format: DocumentFormat) throws -> Document {
    switch format {
    case .docx: return read(laidOut: try WordReader(bytes: bytes, path: path).read(), path: path)
    case .odt: return read(laidOut: try OpenDocumentReader(bytes: bytes, path: path).read(), path: path)
    default:
      guard let plugin = plugins[format] else {
        throw DutiesError.invalidRequest(
          path: path,
          reason: "reading \(format.displayName) needs the DutiesPDF module (the duties command includes it)")
      }
      return try plugin.read(bytes: bytes, path: path)
    }
  }

  /// The two revisions a Word document's tracked changes make: the text before the changes and
  /// after them; `nil` when the file is not a Word document or has no tracked changes.
  public func readTrackedRevisions(path: String) throws -> (before: Document, after: Document)? {
    try readTrackedRevisions(bytes: bytes(path: path), path: path)
  }

  /// The two revisions of a Word document's tracked changes, from its bytes (see
  /// ``readTrackedRevisions(path:)``).
  public func readTrackedRevisions(bytes: [UInt8], path: String) throws -> (
    before: Document, after: Document
  )? {
    guard FormatSniffer.sniffBinary(bytes) == .docx else { return nil }
    let word = try WordReader(bytes: bytes, path: path)
    guard word.hasTrackedChanges else { return nil }
    var before = read(laidOut: word.read(.before), path: path)
    var after = read(laidOut: word.read(.after), path: path)
    before.metadata.version = "before tracked changes"
    after.metadata.version = "after tracked changes"
    return (before, after)
  }
}
