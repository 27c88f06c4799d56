import Foundation

/// Expands the paths a user gives into document files: files as they are, folders recursively.
///
/// Folders are walked with the system's own calls on the bytes of each name, so that nothing
/// found is dropped in silence: a document whose name is not UTF-8, whose path is longer than the
/// system can open, that is not a regular file (a named pipe, a device, a link to nothing) or
/// that sits in a folder that cannot be opened is returned as ``Skipped``, with the reason.
public enum DocumentFiles {
  /// File name extensions read from folders (a file named directly is read whatever its name).
  public static let extensions: Set<String> = [
    "xml", "html", "htm", "xhtml", "md", "markdown", "txt", "text", "erb", "akn", "pdf", "docx", "odt",
  ]

  /// A document found in a folder that cannot be read, and why.
  public struct Skipped: Sendable, Hashable, CustomStringConvertible {
    /// The path, with any byte that is not UTF-8 written `\xNN`.
    public var path: String
    /// Why it is skipped ("the file name is not valid UTF-8; rename it").
    public var reason: String

    /// A file at `path` skipped for `reason`.
    public init(path: String, reason: String) {
      self.path = path
      self.reason = reason
    }

    /// The skip as an error of the file, to report at any severity.
    public var error: DutiesError { .unreadable(path: path, reason: reason) }

    /// `path: error: reason`.
    public var description: String { error.description }
  }

  /// What a walk found: the documents to read, and those it had to skip.
  public struct Listing: Sendable {
    /// Files given directly, then each folder's documents sorted by path.
    public var files: [String] = []
    /// Documents (and folders) found but not readable, in the order found.
    public var skipped: [Skipped] = []
  }

  /// The files, in a stable order: files given directly, then each folder's files sorted by path.
  /// Documents that cannot be read are left out; ``list(_:filter:)`` says which and why.
  public static func expand(_ paths: [String], filter: FileFilter = FileFilter()) -> [String] {
    list(paths, filter: filter).files
  }

  /// The files, as ``expand(_:filter:)`` gives them, and the documents found but skipped. In folders,
  /// `filter` chooses the documents (``FileFilter``: by default, project files such as `README.md`
  /// are left out); a file named directly is always read.
  public static func list(_ paths: [String], filter: FileFilter = FileFilter()) -> Listing {
    var listing = Listing()
    for path in paths {
      var status = stat()
      guard path != "-", stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
        listing.files.append(path)
        continue
      }
      let root = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
      var found: [String] = []
      var walk = Walk(filter: filter)
      walk.walk(Array(root.utf8), relative: "", rules: [])
      found = walk.found
      listing.skipped += walk.skipped
      listing.files += found.sorted()
    }
    return listing
  }

  /// The longest path the system opens, in bytes, without its closing NUL.
  static let maximumPathBytes = Int(PATH_MAX) - 1

  /// Why a document found in a folder cannot be read, or `nil` when it can.
  static func unreadable(_ path: [UInt8], name: [UInt8], linkType: mode_t) -> String? {
    if String(validating: name, as: UTF8.self) == nil {
      return "the file name is not valid UTF-8; rename it (for example with convmv) to read it"
    }
    if path.count > maximumPathBytes {
      return "the path is longer than the system can open (\(maximumPathBytes) bytes); move the file "
        + "to a shorter path"
    }
    var status = stat()
    guard withCPath(path, { stat($0, &status) }) == 0 else {
      return linkType == S_IFLNK
        ? "a symbolic link to nothing (\(DocumentReader.reason(errno)))" : DocumentReader.reason(errno)
    }
    let type = status.st_mode & S_IFMT
    return type == S_IFREG ? nil : "not a regular file (\(DocumentReader.fileType(type)))"
  }

  /// Whether a path names a file with one of the ``extensions``: one a folder's walk would read.
  public static func isDocument(path: String) -> Bool {
    isDocument(Array((path.split(separator: "/").last ?? "").utf8))
  }

  /// Whether a file name has one of the ``extensions``.
  static func isDocument(_ name: [UInt8]) -> Bool {
    guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > 0 else { return false }
    let suffix = name[(dot + 1)...]
    guard suffix.count <= 8, suffix.allSatisfy({ $0 < 0x80 }) else { return false }
    return extensions.contains(String(decoding: suffix, as: UTF8.self).lowercased())
  }

  /// A path's bytes as text, with each byte that is not part of valid UTF-8 written `\xNN`.
  static func display(_ bytes: [UInt8]) -> String {
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    var result = ""
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded):
        result.unicodeScalars.append(Unicode.UTF8.decode(encoded))
        offset += encoded.count
      case .error(let length):
        for byte in bytes[offset..<(offset + length)] {
          result += "\\x" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)
        }
        offset += length
      case .emptyInput:
        return result
      }
    }
  }

  /// Calls `body` with a path's bytes as a C string.
  static func withCPath<T>(_ path: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
    (path + [0]).withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) }
    }
  }
}
