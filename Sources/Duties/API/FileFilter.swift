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
  /// The project files a repository of policy documents keeps beside them, skipped unless
  /// `usesDefaultExcludes` is false: a file whose name up to its first dot is one of these, in either
  /// case ("README.md", "LICENSE", "changelog.txt"; not "changes-to-the-code.md").
  public static let defaultExcludes = [
    "README", "CHANGES", "CHANGELOG", "SOURCES", "LICENSE", "LICENCE", "COPYING", "CONTRIBUTING",
    "CODE_OF_CONDUCT", "AUTHORS",
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

  private static let defaults = Set(defaultExcludes.map { $0.lowercased() })

  /// Whether a path's file name is a project file's (``defaultExcludes``).
  static func isProjectFile(_ path: String) -> Bool {
    let name = path.split(separator: "/").last ?? ""
    return defaults.contains(name.prefix { $0 != "." }.lowercased())
  }

  /// A rule of a `.dutiesignore` file, with the folder (relative to the walk's root) it applies from.
  struct Rule: Sendable {
    var pattern: GlobPattern
    var folder: String
  }

  /// Whether a path relative to the walk's root is left out, under the rules of the ignore files
  /// found on the way to it.
  func excludes(_ path: String, isFolder: Bool, rules: [Rule]) -> Bool {
    var excluded = usesDefaultExcludes && !isFolder && Self.isProjectFile(path)
    for rule in rules {
      let relative = rule.folder.isEmpty ? path : String(path.dropFirst(rule.folder.count + 1))
      if rule.pattern.matches(relative, isFolder: isFolder) { excluded = !rule.pattern.isNegated }
    }
    for pattern in exclude where pattern.matches(path, isFolder: isFolder) { excluded = !pattern.isNegated }
    return excluded
  }

  /// Whether a document passes `--include`.
  func includes(_ path: String) -> Bool {
    guard !include.isEmpty else { return true }
    // A folder pattern ("guidance/") includes what is under the folder.
    let parts = path.split(separator: "/")
    let folders = parts.indices.dropLast().map { parts[...$0].joined(separator: "/") }
    return include.contains { pattern in
      pattern.matches(path, isFolder: false) || folders.contains { pattern.matches($0, isFolder: true) }
    }
  }

  /// The rules of the ignore file in `folder` (its bytes), for paths under `relative`: none when it
  /// has none; an error when it is there but cannot be read as UTF-8 text.
  static func rules(inFolder folder: [UInt8], relative: String) throws(DutiesError) -> [Rule] {
    let path = String(decoding: folder, as: UTF8.self) + "/" + ignoreFileName
    guard FileManager.default.fileExists(atPath: path) else { return [] }
    guard let data = FileManager.default.contents(atPath: path),
      var text = String(validating: data, as: UTF8.self)
    else {
      throw .unreadable(
        path: path, reason: "the ignore file cannot be read as UTF-8 text; its rules were not applied")
    }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    return text.split(whereSeparator: \.isNewline).compactMap { line in
      var pattern = String(line)
      while pattern.hasSuffix(" "), !pattern.hasSuffix("\\ ") { pattern.removeLast() }
      // "\#" and "\!" start a pattern with the character itself; the matcher reads the escape.
      guard !pattern.isEmpty, !pattern.hasPrefix("#") else { return nil }
      return Rule(pattern: GlobPattern(pattern), folder: relative)
    }
  }
}
