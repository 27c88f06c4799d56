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
    var matcher = Matcher(pattern: bytes, subject: Array(subject))
    return matcher.match(0, 0)
  }

  /// Matching with a memory of the places already found not to match, so that a pattern with many
  /// stars costs at most pattern × path steps, never an exponential search.
  private struct Matcher {
    let pattern: [UInt8]
    let subject: [UInt8]
    var failed: Set<Int> = []

    mutating func match(_ p: Int, _ s: Int) -> Bool {
      let place = p * (subject.count + 1) + s
      if failed.contains(place) { return false }
      let matched = step(p, s)
      if !matched { failed.insert(place) }
      return matched
    }

    private mutating func step(_ p: Int, _ s: Int) -> Bool {
      guard p < pattern.count else { return s == subject.count }
      let first = pattern[p]
      let next = s < subject.count ? subject[s] : nil
      switch first {
      case UInt8(ascii: "*"):
        var after = p
        while after < pattern.count, pattern[after] == UInt8(ascii: "*") { after += 1 }
        let crossesFolders = after - p > 1
        // "**/" also matches no folder at all: "**/x" matches "x".
        if crossesFolders, after < pattern.count, pattern[after] == UInt8(ascii: "/"), match(after + 1, s) {
          return true
        }
        var rest = s
        while true {
          if match(after, rest) { return true }
          guard rest < subject.count, crossesFolders || subject[rest] != UInt8(ascii: "/") else {
            return false
          }
          rest += 1
        }
      case UInt8(ascii: "?"):
        guard let next, next != UInt8(ascii: "/") else { return false }
        return match(p + 1, s + 1)
      case UInt8(ascii: "["):
        guard let next, let (matched, after) = GlobPattern.matchClass(pattern[p...], next) else {
          // An unclosed "[" is a character of its own.
          return next == first && match(p + 1, s + 1)
        }
        return matched && next != UInt8(ascii: "/") && match(after.startIndex, s + 1)
      case UInt8(ascii: "\\") where p + 1 < pattern.count:
        return next == pattern[p + 1] && match(p + 2, s + 1)
      default:
        return next == first && match(p + 1, s + 1)
      }
    }
  }

  /// Whether `byte` is in the class that opens `pattern` ("[a-z]", "[!0-9]"), and the pattern after
  /// the class; `nil` when the class is not closed.
  fileprivate static func matchClass(_ pattern: ArraySlice<UInt8>, _ byte: UInt8) -> (
    Bool, ArraySlice<UInt8>
  )? {
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
