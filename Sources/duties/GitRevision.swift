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

  /// A document that differs between a revision and the working tree: its path at the revision (absent
  /// for one added since) and in the working tree (absent for one deleted), relative to the working
  /// directory; a renamed file has both.
  struct ChangedFile: Equatable {
    var old: String?
    var new: String?
  }

  /// The files under `paths` that differ between `revision` and the working tree: changed, renamed
  /// (paired with their old path, as git finds them), added (untracked ones too, unless git ignores
  /// them) and deleted, in the order of their paths.
  static func changedFiles(since revision: String, paths: [String]) throws -> [ChangedFile] {
    guard !revision.hasPrefix("-") else {
      throw DutiesError.invalidRequest(path: revision, reason: "a revision does not start with '-'")
    }
    let status = try git(
      ["diff", "--name-status", "-M", "--relative", "-z", revision, "--"] + paths, in: ".", argument: revision
    )
    var fields = status.split(separator: 0, omittingEmptySubsequences: false).map {
      String(decoding: $0, as: UTF8.self)
    }[...]
    var files: [ChangedFile] = []
    while let code = fields.popFirst(), !code.isEmpty, let path = fields.popFirst() {
      switch code.first {
      case "R", "C": files.append(ChangedFile(old: path, new: fields.popFirst()))
      case "A": files.append(ChangedFile(old: nil, new: path))
      case "D": files.append(ChangedFile(old: path, new: nil))
      default: files.append(ChangedFile(old: path, new: path))
      }
    }
    let untracked = try git(
      ["ls-files", "--others", "--exclude-standard", "-z", "--"] + paths, in: ".", argument: revision)
    for path in untracked.split(separator: 0) {
      files.append(ChangedFile(old: nil, new: String(decoding: path, as: UTF8.self)))
    }
    return files.sorted { ($0.new ?? $0.old ?? "") < ($1.new ?? $1.old ?? "") }
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
    // Standard error goes to a file, so that it cannot fill a pipe while the output is read.
    let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent(
      "duties-git-\(UUID().uuidString)")
    guard FileManager.default.createFile(atPath: errorFile.path, contents: nil),
      let errors = FileHandle(forWritingAtPath: errorFile.path)
    else {
      throw DutiesError.unreadable(
        path: argument, reason: "git could not be run: no temporary file for its errors")
    }
    defer { try? FileManager.default.removeItem(at: errorFile) }
    process.standardOutput = output
    process.standardError = errors
    do {
      try process.run()
    } catch {
      throw DutiesError.unreadable(
        path: argument, reason: "git could not be run: \(error.localizedDescription)")
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let message = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
    guard process.terminationStatus == 0 else {
      let reason = message.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(
        of: #"(?m)^(fatal|error): "#, with: "", options: .regularExpression)
      throw DutiesError.unreadable(
        path: argument,
        reason: "git: " + (reason.isEmpty ? "exit status \(process.terminationStatus)" : reason))
    }
    return data
  }
}
