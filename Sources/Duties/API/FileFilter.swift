import Foundation

/// Which documents a walk of folders reads: `--include` and `--exclude` patterns, the project files
/// skipped by default, and `.dutiesignore` files (gitignore syntax, ``GlobPattern``) in the folders.
/// A file named directly is always read.
///
/// A path is excluded by the last rule that matches it, in this order: the default excludes, the
/// `.dutiesignore` files from the outermost folder in, then `--exclude`; a rule starting with `!`
/// takes an exclusion back. A folder excluded is not entered. With `--include`, a document must also
/// match one of its patterns.
public struct FileFilter: Sendable {
  /// The project files a folder of policy documents holds beside them, skipped unless
  /// `usesDefaultExcludes` is false: matched against the file name, in either case.
  public static let defaultExcludes = [
    "README*", "CHANGES*", "CHANGELOG*", "HISTORY*", "SOURCES*", "LICENSE*", "LICENCE*", "COPYING*",
    "CONTRIBUTING*", "CODE_OF_CONDUCT*", "NOTICE*", "AUTHORS*", "SECURITY*",
  ]
  /// The name of the file of rules a folder may hold.
  public static let ignoreFileName = ".dutiesignore"

  /// Patterns a document must match one of (all documents when empty).
  public var include: [GlobPattern]
  /// Patterns of paths to leave out (or, with `!`, to take back).
  public var exclude: [GlobPattern]
  /// Whether ``defaultExcludes`` apply.
  public var usesDefaultExcludes: Bool

  /// Creates a filter.
  public init(include: [String] = [], exclude: [String] = [], usesDefaultExcludes: Bool = true) {
    self.include = include.map { GlobPattern($0) }
    self.exclude = exclude.map { GlobPattern($0) }
    self.usesDefaultExcludes = usesDefaultExcludes
  }

  private static let defaults = defaultExcludes.map { GlobPattern($0, ignoringCase: true) }

  /// A rule of a `.dutiesignore` file, with the folder (relative to the walk's root) it applies from.
  struct Rule: Sendable {
    var pattern: GlobPattern
    var folder: String
  }

  /// Whether a path relative to the walk's root is left out, under the rules of the ignore files
  /// found on the way to it.
  func excludes(_ path: String, isFolder: Bool, rules: [Rule]) -> Bool {
    var excluded =
      usesDefaultExcludes && !isFolder && Self.defaults.contains { $0.matches(path, isFolder: false) }
    for rule in rules {
      let relative = rule.folder.isEmpty ? path : String(path.dropFirst(rule.folder.count + 1))
      if rule.pattern.matches(relative, isFolder: isFolder) { excluded = !rule.pattern.isNegated }
    }
    for pattern in exclude where pattern.matches(path, isFolder: isFolder) { excluded = !pattern.isNegated }
    return excluded
  }

  /// Whether a document passes `--include`.
  func includes(_ path: String) -> Bool {
    include.isEmpty || include.contains { !$0.isNegated && $0.matches(path, isFolder: false) }
  }

  /// The rules of the ignore file in `folder` (its bytes), for paths under `relative`; none when it has none.
  static func rules(inFolder folder: [UInt8], relative: String) -> [Rule] {
    let path = String(decoding: folder, as: UTF8.self) + "/" + ignoreFileName
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
    return text.split(whereSeparator: \.isNewline).compactMap { line in
      var pattern = String(line)
      while pattern.hasSuffix(" "), !pattern.hasSuffix("\\ ") { pattern.removeLast() }
      // "\#" and "\!" start a pattern with the character itself; the matcher reads the escape.
      guard !pattern.isEmpty, !pattern.hasPrefix("#") else { return nil }
      return Rule(pattern: GlobPattern(pattern), folder: relative)
    }
  }
}
