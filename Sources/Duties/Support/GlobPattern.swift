/// A pattern of paths in the syntax of `.gitignore`: `*` any run of characters but `/`, `?` one,
/// `[a-z]` and `[!0-9]` a class, `**` any run of folders; a pattern with a `/` before its end is
/// matched against the whole path from the folder it belongs to (a leading `/` only anchors it), one
/// without against the name at any depth; a trailing `/` matches folders only; a leading `!` makes
/// it a pattern that takes back an exclusion.
public struct GlobPattern: Sendable, Hashable, CustomStringConvertible {
  /// The pattern as written.
  public let description: String
  /// Whether it takes back an exclusion (`!drafts/keep.md`).
  public let isNegated: Bool
  /// Whether it matches folders only (`drafts/`).
  let isFolderOnly: Bool
  /// Whether it is matched against the whole path rather than the name.
  let isAnchored: Bool
  /// Whether letters match in either case.
  let ignoresCase: Bool
  /// The pattern's bytes, without `!`, the leading and the trailing `/`.
  let bytes: [UInt8]

  /// A pattern; `ignoringCase` matches letters in either case (the default excludes do).
  public init(_ text: String, ignoringCase: Bool = false) {
    description = text
    var body = Substring(text)
    isNegated = body.hasPrefix("!")
    if isNegated { body = body.dropFirst() }
    isFolderOnly = body.hasSuffix("/")
    if isFolderOnly { body = body.dropLast() }
    isAnchored = body.dropLast().contains("/")
    if body.hasPrefix("/") { body = body.dropFirst() }
    ignoresCase = ignoringCase
    bytes = Array((ignoringCase ? body.lowercased() : String(body)).utf8)
  }

  /// Whether the pattern matches a path relative to its folder (`/`-separated, no leading `/`).
  public func matches(_ path: String, isFolder: Bool) -> Bool {
    if isFolderOnly, !isFolder { return false }
    let text = ignoresCase ? path.lowercased() : path
    var subject = Array(text.utf8)[...]
    if !isAnchored, let slash = subject.lastIndex(of: UInt8(ascii: "/")) {
      subject = subject[(slash + 1)...]
    }
    return Self.match(bytes[...], subject)
  }

  /// Matches by backtracking over the pattern's wildcards.
  private static func match(_ pattern: ArraySlice<UInt8>, _ subject: ArraySlice<UInt8>) -> Bool {
    var pattern = pattern
    var subject = subject
    while let first = pattern.first {
      switch first {
      case UInt8(ascii: "*"):
        let crossesFolders = pattern.dropFirst().first == UInt8(ascii: "*")
        pattern = pattern.drop { $0 == UInt8(ascii: "*") }
        // "**/" also matches no folder at all: "**/x" matches "x".
        if crossesFolders, pattern.first == UInt8(ascii: "/"), match(pattern.dropFirst(), subject) {
          return true
        }
        var rest = subject
        while true {
          if match(pattern, rest) { return true }
          guard let next = rest.first, crossesFolders || next != UInt8(ascii: "/") else { return false }
          rest = rest.dropFirst()
        }
      case UInt8(ascii: "?"):
        guard let next = subject.first, next != UInt8(ascii: "/") else { return false }
        pattern = pattern.dropFirst()
        subject = subject.dropFirst()
      case UInt8(ascii: "["):
        guard let next = subject.first, let (matched, after) = matchClass(pattern, next) else {
          // An unclosed "[" is a character of its own.
          guard subject.first == first else { return false }
          pattern = pattern.dropFirst()
          subject = subject.dropFirst()
          continue
        }
        guard matched, next != UInt8(ascii: "/") else { return false }
        pattern = after
        subject = subject.dropFirst()
      case UInt8(ascii: "\\") where pattern.count > 1:
        guard subject.first == pattern[pattern.startIndex + 1] else { return false }
        pattern = pattern.dropFirst(2)
        subject = subject.dropFirst()
      default:
        guard subject.first == first else { return false }
        pattern = pattern.dropFirst()
        subject = subject.dropFirst()
      }
    }
    return subject.isEmpty
  }

  /// Whether `byte` is in the class that opens `pattern` ("[a-z]", "[!0-9]"), and the pattern after
  /// the class; `nil` when the class is not closed.
  private static func matchClass(_ pattern: ArraySlice<UInt8>, _ byte: UInt8) -> (Bool, ArraySlice<UInt8>)? {
    var index = pattern.index(after: pattern.startIndex)
    let negated =
      index < pattern.endIndex && (pattern[index] == UInt8(ascii: "!") || pattern[index] == UInt8(ascii: "^"))
    if negated { index += 1 }
    var matched = false
    var first = true
    while index < pattern.endIndex {
      let low = pattern[index]
      if low == UInt8(ascii: "]"), !first { return (matched != negated, pattern[(index + 1)...]) }
      first = false
      if index + 2 < pattern.endIndex, pattern[index + 1] == UInt8(ascii: "-"),
        pattern[index + 2] != UInt8(ascii: "]")
      {
        if low <= pattern[index + 2], (low...pattern[index + 2]).contains(byte) { matched = true }
        index += 3
      } else {
        if low == byte { matched = true }
        index += 1
      }
    }
    return nil
  }
}
