/// One of N parts of a corpus, so that N processes or machines index one corpus together into one
/// PostgreSQL database (`duties corpus index DIR --shard K/N`).
///
/// A file belongs to the shard given by a stable hash of its path relative to the folder it was
/// found under, so every worker, on any machine, agrees on who does which file. The index keys a
/// document by its absolute path, so the workers must see the corpus at the same path (a shared
/// mount), or store it under one name (``IndexOptions/storedAs``): otherwise a file found at another
/// path is another document.
public struct IndexShard: Sendable, Hashable, CustomStringConvertible {
  /// Which shard, from 1 to ``count``.
  public var number: Int
  /// How many shards there are.
  public var count: Int

  /// Shard `number` (1 to `count`) of `count`; `nil` when out of range.
  public init?(number: Int, of count: Int) {
    guard count >= 1, (1...count).contains(number) else { return nil }
    self.number = number
    self.count = count
  }

  /// Reads `K/N`, as `--shard` takes it: `1/4` is the first of four.
  public init?(_ text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let number = Int(parts[0]), let count = Int(parts[1]) else { return nil }
    self.init(number: number, of: count)
  }

  public var description: String { "\(number)/\(count)" }

  /// Whether the file at `relativePath` (relative to the folder it was found under) is this shard's.
  public func contains(relativePath: String) -> Bool {
    Int(Self.hash(relativePath) % UInt64(count)) == number - 1
  }

  /// FNV-1a, 64 bits, of the path's UTF-8: the same on every machine and in every run (Swift's own
  /// `Hasher` is seeded per process).
  static func hash(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    return hash
  }

  /// `path` relative to the longest of `roots` it is under (the file's own name when it is a root
  /// itself); all absolute.
  static func relativePath(_ path: String, roots: [String]) -> String {
    var best: String?
    for root in roots where path.hasPrefix(root == "/" ? "/" : root + "/") {
      if root.count > (best?.count ?? -1) { best = root }
    }
    guard let root = best else { return path.split(separator: "/").last.map(String.init) ?? path }
    return String(path.dropFirst(root == "/" ? 1 : root.count + 1))
  }
}
