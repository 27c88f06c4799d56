/// A word-level diff of two sentences.
public enum WordDiff {
  /// A run of words that are the same, inserted or deleted.
  public struct Segment: Hashable, Sendable, Codable {
    /// What happened to the words.
    public enum Operation: String, Hashable, Sendable, Codable {
      case equal, insert, delete
    }

    /// What happened to the words.
    public var op: Operation
    /// The words, joined by spaces.
    public var text: String

    /// Creates a segment.
    public init(op: Operation, text: String) {
      self.op = op
      self.text = text
    }
  }

  /// The diff from `old` to `new`, by words (longest common subsequence; long sentences are compared
  /// by their common prefix and suffix only).
  public static func diff(_ old: String, _ new: String) -> [Segment] {
    // Most matched pairs are unchanged: one equal segment, without splitting into words.
    if old == new, isSingleSpaced(old) { return old.isEmpty ? [] : [Segment(op: .equal, text: old)] }
    let a = words(old)
    let b = words(new)
    var prefix = 0
    while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < a.count - prefix, suffix < b.count - prefix,
      a[a.count - 1 - suffix] == b[b.count - 1 - suffix]
    {
      suffix += 1
    }
    let middleA = Array(a[prefix..<(a.count - suffix)])
    let middleB = Array(b[prefix..<(b.count - suffix)])
    var operations: [(Segment.Operation, String)] = a[..<prefix].map { (.equal, $0) }
    if middleA.count * middleB.count <= 250_000 {
      operations += lcs(middleA, middleB)
    } else {
      operations += middleA.map { (.delete, $0) } + middleB.map { (.insert, $0) }
    }
    operations += a[(a.count - suffix)...].map { (.equal, $0) }
    var segments: [Segment] = []
    for (op, word) in operations {
      if let last = segments.last, last.op == op {
        segments[segments.count - 1].text += " " + word
      } else {
        segments.append(Segment(op: op, text: word))
      }
    }
    return segments
  }

  /// The words of a text: the runs between spaces.
  private static func words(_ text: String) -> [String] {
    text.utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
  }

  /// Whether a text is its words joined by single spaces: no space at either end or twice in a row.
  private static func isSingleSpaced(_ text: String) -> Bool {
    var previous: UInt8 = 0x20
    for byte in text.utf8 {
      if byte == 0x20, previous == 0x20 { return false }
      previous = byte
    }
    return previous != 0x20 || text.isEmpty
  }

  private static func lcs(_ a: [String], _ b: [String]) -> [(Segment.Operation, String)] {
    guard !a.isEmpty else { return b.map { (.insert, $0) } }
    guard !b.isEmpty else { return a.map { (.delete, $0) } }
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    var result: [(Segment.Operation, String)] = []
    var i = 0
    var j = 0
    while i < a.count, j < b.count {
      if a[i] == b[j] {
        result.append((.equal, a[i]))
        i += 1
        j += 1
      } else if table[i + 1][j] >= table[i][j + 1] {
        result.append((.delete, a[i]))
        i += 1
      } else {
        result.append((.insert, b[j]))
        j += 1
      }
    }
    result += a[i...].map { (.delete, $0) }
    result += b[j...].map { (.insert, $0) }
    return result
  }
}

extension WordDiff.Segment {
  /// The segment's words as the judges of a change compare them: lower case, without the stops and
  /// commas around them ("Including:" → "including").
  var comparedWords: [String] {
    text.split(separator: " ").map { $0.lowercased().trimming(".;:,") }
  }
}
