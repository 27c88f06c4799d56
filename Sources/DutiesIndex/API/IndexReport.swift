import Duties
import Foundation

/// How to index: how many files to work on at once and the largest file to read.
public struct IndexOptions: Sendable {
  /// Files processed at the same time (default: one per core). Memory stays flat whatever the
  /// corpus size: at most this many documents are held at once.
  public var jobs: Int
  /// The largest file read, in bytes; larger files are recorded as failures.
  public var maximumBytes: Int
  /// The reader (give it plugins, such as `DutiesPDF`'s `PDFReader`, to index more formats).
  public var reader: DocumentReader
  /// Which documents of the folders are indexed (by default, all but project files such as
  /// `README.md`); a document left out that an earlier run indexed is removed.
  public var filter: FileFilter
  /// The part of the corpus this run indexes, when several share the work (`nil`: all of it). A
  /// run adds, replaces and removes only its shard's files.
  public var shard: IndexShard?
  /// The name the index stores the one folder's files under, in place of their absolute paths
  /// (`nil`: absolute paths). A file is then stored as `name/` and its path under the folder, so
  /// workers that mount the corpus at different paths share one index, and readers see the same
  /// paths whoever indexed the files. A run with a name takes one folder (or one file, stored as
  /// `name/` and its file name), and the name is relative: `statutes`, `team/statutes`.
  public var storedAs: String?

  /// Creates options.
  public init(
    jobs: Int = IndexOptions.defaultJobs, maximumBytes: Int = DocumentReader.defaultMaximumBytes,
    reader: DocumentReader = DocumentReader(), filter: FileFilter = FileFilter(), shard: IndexShard? = nil,
    storedAs: String? = nil
  ) {
    self.jobs = max(1, jobs)
    self.maximumBytes = maximumBytes
    self.reader = reader
    self.filter = filter
    self.shard = shard
    self.storedAs = storedAs
  }

  /// Checks the options for a run on `roots`, as ``CorpusIndex/index(_:options:progress:)`` does
  /// first, so that a caller can refuse them before opening a database.
  ///
  /// - Throws: `DutiesError.invalidRequest` when ``storedAs`` is given with more than one root or is
  ///   not a relative path of names (`statutes`, `team/statutes`: no leading `/`, no blank, `.` or
  ///   `..` parts).
  public func check(roots: [String]) throws {
    _ = try IndexScope(roots: roots, shard: shard, storedAs: storedAs)
  }

  /// One job per active core.
  public static var defaultJobs: Int { ProcessInfo.processInfo.activeProcessorCount }
}

/// Where an index run has got to, reported after each file.
public struct IndexProgress: Sendable {
  /// Files finished so far (including unchanged ones).
  public var done: Int
  /// Files found under the roots.
  public var total: Int
  /// Bytes of the files that needed processing, done so far and in all.
  public var bytesDone: Int
  /// Bytes of all the files that need processing.
  public var bytesTotal: Int
  /// Seconds since the run started.
  public var elapsed: Double
}

/// What an index run did.
public struct IndexReport: Sendable, Encodable {
  /// A file that could not be indexed.
  public struct Failure: Sendable, Encodable, Hashable {
    /// The file.
    public var path: String
    /// The error, as `path:line:column: error: message`.
    public var message: String
  }

  /// The database written.
  public var database: String
  /// Files found under the roots (in the run's shard, if it has one).
  public var files: Int
  /// Files indexed for the first time (or for the first time without an error).
  public var added: Int
  /// Files whose content changed and were indexed again.
  public var updated: Int
  /// Files whose content had not changed (failed files among them are still failures).
  public var unchanged: Int
  /// Files gone from disk, whose rows were removed.
  public var removed: Int
  /// Files under the roots that could not be indexed (this run's and earlier, unchanged ones).
  public var failures: [Failure]
  /// Whether the run was cancelled before every file was done; run again to continue.
  public var interrupted: Bool
  /// Wall-clock seconds.
  public var seconds: Double
  /// Obligations stored for the files under the roots.
  public var obligations: Int
}
