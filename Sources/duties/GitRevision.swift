import Duties
import Foundation

/// Files at a git revision, for `duties diff REV:path path`, `diff REV1:path REV2:path` and
/// `diff --git REV -- paths…`: read with `git show` in the repository that holds the path.
enum GitRevision {
  /// A `REV:path` argument split, when the argument is not a file that exists and has a revision
  /// before its first colon; `nil` for a plain path.
  static func split(_ argument: String) -> (revision: String, path: String)? {
    guard !FileManager.default.fileExists(atPath: argument), let colon = argument.firstIndex(of: ":"),
      colon != argument.startIndex, argument.index(after: colon) != argument.endIndex
    else { return nil }
    return (String(argument[..<colon]), String(argument[argument.index(after: colon)...]))
  }

  /// The bytes of `path` at `revision`, refused above `limit` bytes. `argument` names the file in errors.
  static func bytes(revision: String, path: String, limit: Int, argument: String) throws -> [UInt8] {
    let (directory, relative) = existingAncestor(of: path)
    let object = "\(revision):./\(relative)"
    let size = try git(["cat-file", "-s", object], in: directory, argument: argument)
    if let bytes = Int(String(decoding: size, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)),
      bytes > limit
    {
      throw DutiesError.tooLarge(path: argument, bytes: bytes, limit: limit)
    }
    return Array(try git(["show", object], in: directory, argument: argument))
  }

  /// The files under `paths` (relative to the working directory, as git prints them) that differ
  /// between `revision` and the working tree, added (untracked ones too, unless git ignores them)
  /// and deleted ones included, sorted.
  static func changedFiles(since revision: String, paths: [String]) throws -> [String] {
    let changed = try git(
      ["diff", "--name-only", "--relative", "-z", revision, "--"] + paths, in: ".", argument: revision)
    let untracked = try git(
      ["ls-files", "--others", "--exclude-standard", "-z", "--"] + paths, in: ".", argument: revision)
    return Set((changed + untracked).split(separator: 0).map { String(decoding: $0, as: UTF8.self) }).sorted()
  }

  /// Whether `path` exists at `revision`.
  static func exists(revision: String, path: String) -> Bool {
    let (directory, relative) = existingAncestor(of: path)
    return (try? git(["cat-file", "-e", "\(revision):./\(relative)"], in: directory, argument: path)) != nil
  }

  /// The nearest folder of `path` that exists, and the path from it: git is run there, so the path
  /// is read in the repository that holds it, whatever the working directory.
  private static func existingAncestor(of path: String) -> (directory: String, relative: String) {
    var directory = URL(fileURLWithPath: path).deletingLastPathComponent()
    var relative = [URL(fileURLWithPath: path).lastPathComponent]
    var isFolder: ObjCBool = false
    while !(FileManager.default.fileExists(atPath: directory.path, isDirectory: &isFolder)
      && isFolder.boolValue),
      directory.pathComponents.count > 1
    {
      relative.insert(directory.lastPathComponent, at: 0)
      directory.deleteLastPathComponent()
    }
    return (directory.path, relative.joined(separator: "/"))
  }

  /// Runs git in `directory`; its error message, when it fails, becomes the error of `argument`.
  private static func git(_ arguments: [String], in directory: String, argument: String) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "-C", directory] + arguments
    let output = Pipe()
    // git writes little to standard error, and only when it fails: read after the output.
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    do {
      try process.run()
    } catch {
      throw DutiesError.unreadable(
        path: argument, reason: "git could not be run: \(error.localizedDescription)")
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      let reason = message.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(
        of: "fatal: ", with: "")
      throw DutiesError.unreadable(
        path: argument,
        reason: "git: " + (reason.isEmpty ? "exit status \(process.terminationStatus)" : reason))
    }
    return data
  }
}
