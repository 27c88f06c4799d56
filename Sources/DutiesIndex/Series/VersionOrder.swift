import Foundation

/// Reads the date, stage and version number a document's metadata and path give it, to put the
/// versions of a series in order.
struct VersionOrder: Comparable {
  var date: String
  var stage: Int
  var number: Int
  var path: String

  /// - Parameters:
  ///   - components: the parts of the path that differ between the members of the series.
  init(path: String, version: String?, components: [String]) {
    self.path = path
    date =
      (version.flatMap(Self.date(in:)) ?? components.reversed().lazy.compactMap(Self.date(in:)).first) ?? ""
    stage = Self.stage(version: version, components: components)
    number = components.reversed().lazy.compactMap(Self.versionNumber(in:)).first ?? -1
  }

  static func < (lhs: VersionOrder, rhs: VersionOrder) -> Bool {
    (lhs.date, lhs.stage, lhs.number, lhs.path) < (rhs.date, rhs.stage, rhs.number, rhs.path)
  }

  /// The first date in `text`: "2011-11-14", "2011-11", "20111114" or a year alone ("post-2022").
  static func date(in text: String) -> String? {
    guard mayHoldYear(text) else { return nil }
    if let match = text.firstMatch(of: /(?:^|\D)((?:19|20)\d{2})-(0[1-9]|1[0-2])(?:-([0-3]\d))?(?!\d)/) {
      return [String(match.1), String(match.2), match.3.map(String.init)].compactMap { $0 }.joined(
        separator: "-")
    }
    if let match = text.firstMatch(of: /(?:^|\D)((?:19|20)\d{2})(0[1-9]|1[0-2])([0-3]\d)(?!\d)/) {
      return "\(match.1)-\(match.2)-\(match.3)"
    }
    if let match = text.firstMatch(of: /(?:^|[^A-Za-z0-9])((?:19|20)\d{2})(?![A-Za-z0-9])/) {
      return String(match.1)
    }
    return nil
  }

  /// Whether `text` has "19" or "20" where a year may start (at the start or after anything but an
  /// ASCII digit): every date ``date(in:)`` reads begins so. The regular expressions are slow enough
  /// to matter when a corpus of a hundred thousand documents is grouped, and most names hold no year.
  static func mayHoldYear(_ text: String) -> Bool {
    let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
    var previous: UInt8 = 0
    var beforePrevious: UInt8 = 0
    // The byte before that: a digit after a non-ASCII character may be one character with it (a
    // prepend mark joins the digit), which the expressions do not take for a digit.
    var third: UInt8 = 0
    for byte in text.utf8 {
      let century =
        (previous == UInt8(ascii: "1") && byte == UInt8(ascii: "9"))
        || (previous == UInt8(ascii: "2") && byte == UInt8(ascii: "0"))
      if century && (!digits.contains(beforePrevious) || third >= 0x80) { return true }
      third = beforePrevious
      beforePrevious = previous
      previous = byte
    }
    return false
  }

  /// A version number after "draft", "v", "rev" or "version" ("draft-06" → 6, "v2" → 2).
  static func versionNumber(in text: String) -> Int? {
    guard
      let match = text.lowercased().firstMatch(
        of: /(?:^|[^a-z])(?:draft|v|rev|revision|version)[-_ ]?(\d{1,3})(?!\d)/)
    else { return nil }
    return Int(match.1)
  }

  /// Words that place a version early or late, and the stages of a bill.
  private static let stages: [(word: String, rank: Int)] = [
    ("before", 0), ("old", 0), ("original", 0), ("previous", 0), ("consultation", 0), ("introduced", 1),
    ("reported", 2), ("engrossed", 3), ("referred", 4), ("passed", 5), ("enrolled", 6), ("after", 8),
    ("new", 8), ("revised", 8), ("updated", 8), ("current", 8), ("final", 9),
  ]

  static func stage(version: String?, components: [String]) -> Int {
    let words = ([version ?? ""] + components).joined(separator: " ").lowercased()
      .split(whereSeparator: { !$0.isLetter }).map(String.init)
    for word in words {
      if let found = stages.first(where: { $0.word == word }) { return found.rank }
    }
    return 7
  }
}
