import Duties
import Foundation

/// What indexing one file produced, ready to be written in one transaction.
enum FileOutcome: Sendable {
  /// The content hash matches what is stored: only the size and time are refreshed.
  case unchanged(FileSnapshot)
  /// Another indexer of the same database has stored the file as it is now: nothing to write.
  case current(FileSnapshot)
  /// The file was read and its obligations extracted.
  case indexed(DocumentEntry)
  /// The file could not be read; the message is `path:line:column: error: …`.
  case failed(FileSnapshot, hash: String?, message: String)

  /// The file the outcome is for.
  var file: FileSnapshot {
    switch self {
    case .unchanged(let file), .current(let file), .failed(let file, _, _): file
    case .indexed(let entry): entry.file
    }
  }

  /// Whether the outcome replaces a file's rows (a document or a failure), rather than refreshing
  /// its time or leaving it be.
  var writesOneFile: Bool {
    switch self {
    case .indexed, .failed: true
    case .unchanged, .current: false
    }
  }

  /// Reads, hashes and (if its content is new) extracts one file.
  ///
  /// - Parameter knownHash: the hash stored for this path's document, if any (failed files have
  ///   none here, so they are read again on every run).
  static func process(_ file: FileSnapshot, knownHash: String?, reader: DocumentReader) -> FileOutcome {
    let bytes: [UInt8]
    do {
      // Bounded and regular files only: the path may have become a pipe, a device or a link to one
      // since the folder was walked.
      bytes = try reader.bytes(path: file.location, regularFilesOnly: true)
    } catch {
      if !FileManager.default.fileExists(atPath: file.location) {
        let gone = DutiesError.unreadable(
          path: file.path, reason: "no such file or directory: removed or renamed during the run")
        return .failed(file, hash: nil, message: gone.description)
      }
      let message =
        (error as? DutiesError)?.description
        ?? DutiesError.unreadable(path: file.location, reason: error.localizedDescription).description
      // The message names the file as the index stores it.
      let stored =
        file.location != file.path && message.hasPrefix(file.location)
        ? file.path + message.dropFirst(file.location.count) : message
      return .failed(file, hash: nil, message: stored)
    }
    let hash = FileDigest.sha256(bytes)
    if hash == knownHash { return .unchanged(file) }
    do {
      var document = try reader.read(bytes: bytes, path: file.path)
      document.metadata.sha256 = hash
      let obligations = ObligationExtractor().extract(from: document)
      return .indexed(DocumentEntry(file: file, hash: hash, document: document, obligations: obligations))
    } catch {
      let message =
        (error as? DutiesError)?.description ?? "\(file.path): error: \(error.localizedDescription)"
      return .failed(file, hash: hash, message: message)
    }
  }
}

/// A document's rows: its metadata, divisions and obligations.
struct DocumentEntry: Sendable {
  struct Section: Sendable {
    var path: String
    var heading: String?
    var line: Int
    var obligationCount: Int
  }

  var file: FileSnapshot
  var hash: String
  var format: String
  var title: String?
  var identifier: String?
  var version: String?
  /// When the document, or parts of it, start to apply, as the JSON stored in `commencements`
  /// (`nil` when it says nothing of it).
  var commencementJSON: String?
  var sections: [Section]
  var obligations: [Obligation]
  /// Each obligation as stored in the `json` column, written here on the worker's thread so that the
  /// one writer only inserts.
  var obligationJSON: [String]

  /// The parties of `obligation` as the index stores them: each name of its bearer and of its
  /// beneficiary once per role ("the reader" for an implicit one).
  static func parties(of obligation: Obligation) -> [(role: String, name: String)] {
    var parties: [(role: String, name: String)] = []
    for (role, value) in [("bearer", obligation.bearer), ("beneficiary", obligation.beneficiary)] {
      guard let value else { continue }
      var seen = Set<String>()
      for name in value.implicit ? ["the reader"] : value.parties where seen.insert(name).inserted {
        parties.append((role, name))
      }
    }
    return parties
  }

  init(file: FileSnapshot, hash: String, document: Document, obligations: [Obligation]) {
    self.file = file
    self.hash = hash
    format = document.metadata.format.rawValue
    title = document.metadata.title
    identifier = document.metadata.identifier
    version = document.metadata.version
    let commencements =
      document.metadata.commencements ?? CommencementFinder.commencements(in: document)
    commencementJSON = commencements.isEmpty ? nil : try? JSONOutput.line(commencements)
    self.obligations = obligations
    obligationJSON = obligations.map(\.compactJSON)
    // Each obligation counts towards its own provision and every division above it.
    var counts: [String: Int] = [:]
    for obligation in obligations {
      var prefix = ""
      for label in obligation.section.components(separatedBy: " › ") {
        prefix = prefix.isEmpty ? label : prefix + " › " + label
        counts[prefix, default: 0] += 1
      }
    }
    var sections: [Section] = []
    document.walk { visit in
      guard visit.node.kind.isDivision else { return }
      let path = visit.sectionPath.sectionPathDescription
      guard !path.isEmpty else { return }
      let count = counts[path] ?? 0
      sections.append(
        Section(
          path: path, heading: visit.node.heading?.string, line: visit.node.location.line,
          obligationCount: count))
    }
    self.sections = sections
  }
}
