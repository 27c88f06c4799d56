import Foundation

/// Reads documents from files or bytes into `Document` values.
///
/// The format is sniffed from the content unless one is given. Every reader keeps source
/// locations; malformed XML throws ``DutiesError/malformed(_:_:)`` with the place of the real cause.
public struct DocumentReader: Sendable {
  /// The largest file read, in bytes (1 GiB by default).
  public var maximumBytes: Int

  /// Creates a reader.
  public init(maximumBytes: Int = 1 << 30) {
    self.maximumBytes = maximumBytes
  }

  /// Reads the file at `path` (`-` reads standard input).
  public func read(path: String, format: DocumentFormat? = nil) throws -> Document {
    let bytes: [UInt8]
    if path == "-" {
      bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
    } else {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw DutiesError.unreadable(path: path, reason: "no such file")
      }
      if isDirectory.boolValue {
        throw DutiesError.unreadable(path: path, reason: "is a directory")
      }
      let attributes = try? FileManager.default.attributesOfItem(atPath: path)
      if let size = (attributes?[.size] as? NSNumber)?.intValue, size > maximumBytes {
        throw DutiesError.tooLarge(path: path, bytes: size, limit: maximumBytes)
      }
      guard let handle = FileHandle(forReadingAtPath: path) else {
        throw DutiesError.unreadable(path: path, reason: "permission denied or unreadable")
      }
      defer { try? handle.close() }
      do {
        bytes = Array(try handle.readToEnd() ?? Data())
      } catch {
        throw DutiesError.unreadable(path: path, reason: error.localizedDescription)
      }
    }
    return try read(bytes: bytes, path: path, format: format)
  }

  /// Reads a document from bytes; `path` names it in locations and errors.
  public func read(bytes: [UInt8], path: String, format: DocumentFormat? = nil) throws -> Document {
    if bytes.count > maximumBytes {
      throw DutiesError.tooLarge(path: path, bytes: bytes.count, limit: maximumBytes)
    }
    let decoded = TextDecoding.decode(bytes)
    let source = SourceText(path: path, bytes: decoded.bytes)
    let chosen = format ?? FormatSniffer.sniff(decoded.bytes)
    var document: Document
    if decoded.bytes.allSatisfy(SourceWalker.isSpace) {
      document = Document(metadata: DocumentMetadata(format: chosen), children: [], source: source)
    } else {
      switch chosen {
      case .clml, .akn, .uslm, .xml:
        document = try XMLDocumentReader.read(source, format: chosen)
      case .html:
        document = try HTMLReader(source: source).read()
      case .markdown:
        document = MarkdownReader(source: source).read()
      case .text:
        document = PlainTextReader(source: source).read()
      }
    }
    document.diagnostics =
      decoded.warnings.map {
        Diagnostic(severity: .warning, message: $0.message, location: source.location(atOffset: $0.offset))
      } + document.diagnostics
    return document
  }

  /// Reads a document from a string; `path` names it in locations and errors.
  public func read(string: String, path: String = "<string>", format: DocumentFormat? = nil) throws
    -> Document
  {
    try read(bytes: Array(string.utf8), path: path, format: format)
  }
}
