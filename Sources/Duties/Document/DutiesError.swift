import Foundation

/// What can go wrong when `duties` reads or processes a document.
///
/// The description has the form compilers use, `path:line:column: error: message` (or
/// `path: error: message` where there is no position), so editors and terminals can link to it.
public enum DutiesError: Error, Hashable, Sendable, LocalizedError, CustomStringConvertible {
  /// The content is malformed at a known place (XML that is not well-formed, for instance).
  case malformed(SourceLocation, String)
  /// The file could not be read at all.
  case unreadable(path: String, reason: String)
  /// The input is larger than `duties` will read in one piece. `bytes` is its size, or -1 for input
  /// without a size (a pipe, a device, standard input) that was read up to the limit.
  case tooLarge(path: String, bytes: Int, limit: Int)
  /// The user asked for something that does not fit the input (a format that cannot read it).
  case invalidRequest(path: String, reason: String)
  /// A file could not be written (a review file, say); it is left as it was.
  case unwritable(path: String, reason: String)

  /// The file the error is about.
  public var path: String {
    switch self {
    case .malformed(let location, _): location.path
    case .unreadable(let path, _), .tooLarge(let path, _, _), .invalidRequest(let path, _),
      .unwritable(let path, _):
      path
    }
  }

  /// `path:line:column: error: message`.
  public var description: String { formatted(as: "error") }

  /// The error reported at another severity (`warning`, say) with the same place and message.
  public func formatted(as severity: String) -> String {
    switch self {
    case .malformed(let location, let message):
      "\(location): \(severity): \(message)"
    case .unreadable(let path, let reason), .invalidRequest(let path, let reason),
      .unwritable(let path, let reason):
      "\(path): \(severity): \(reason)"
    case .tooLarge(let path, let bytes, let limit) where bytes < 0:
      "\(path): \(severity): \(path == "-" ? "standard input" : "the input") is more than the limit of "
        + "\(Self.size(limit)); split it, or raise the limit (--max-file-size)"
    case .tooLarge(let path, let bytes, let limit):
      "\(path): \(severity): the file is \(Self.size(bytes)), more than the limit of \(Self.size(limit)); "
        + "split it, or raise the limit (--max-file-size)"
    }
  }

  public var errorDescription: String? { description }

  /// A size in the largest binary unit that keeps it at least 1, with the exact count when that
  /// is rounded: "256 MiB", "1 KiB (1025 bytes)", "812 bytes".
  static func size(_ bytes: Int) -> String {
    let units = ["KiB", "MiB", "GiB", "TiB"]
    var value = Double(bytes)
    var unit = "bytes"
    for next in units where value >= 1024 {
      value /= 1024
      unit = next
    }
    if unit == "bytes" { return "\(bytes) bytes" }
    let rounded = (value * 10).rounded() / 10
    let text = rounded == rounded.rounded() ? "\(Int(rounded)) \(unit)" : "\(rounded) \(unit)"
    return value == rounded.rounded() && rounded == rounded.rounded() ? text : "\(text) (\(bytes) bytes)"
  }
}
