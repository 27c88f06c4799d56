import Foundation

/// A review file: the decisions a team has taken on the changes of comparisons, by change identity
/// (`docs/review-schema.md`). Kept beside the documents; applied with `duties diff OLD NEW --review FILE`
/// to every later comparison, where a change found again has the same identity.
public struct ReviewFile: Hashable, Sendable {
  /// The version of the file's schema that this build reads and writes.
  public static let version = 1

  /// The decisions, in the file's order; at most one per change.
  public var decisions: [ReviewDecision]

  /// Creates a review file.
  public init(decisions: [ReviewDecision] = []) {
    self.decisions = decisions
  }

  /// The decision on a change, if the file has one.
  public func decision(for change: String) -> ReviewDecision? {
    decisions.first { $0.change == change }
  }

  /// Reads a review file. Anything wrong (not JSON, a newer version, an unknown key or decision, a
  /// waiver without a reason, a date that is not `YYYY-MM-DD`, a change decided twice) is a
  /// ``DutiesError/malformed(_:_:)`` at its line and column.
  public init(json bytes: [UInt8], path: String) throws(DutiesError) {
    let root: LocatedJSON
    do {
      root = try LocatedJSON.parse(bytes)
    } catch {
      throw .malformed(
        SourceLocation(path: path, line: error.line, column: error.column, offset: 0), error.message)
    }
    decisions = try ReviewFileReader(path: path).decisions(in: root)
  }

  /// Today's date in the local time zone, `YYYY-MM-DD`: the day waivers are checked against by default.
  public static func today() -> String {
    let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
    return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
  }

  /// Whether a text is a real date written `YYYY-MM-DD`.
  public static func isDate(_ text: String) -> Bool {
    guard let match = text.wholeMatch(of: /(\d{4})-(\d{2})-(\d{2})/),
      let year = Int(match.1), let month = Int(match.2), let day = Int(match.3), (1...12).contains(month)
    else { return false }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return (1...days).contains(day)
  }

  /// The file with every decision kept (those on changes of other comparisons too, for the next
  /// revision where they recur), and each change of `items` without one added as `pending`, in order,
  /// with its summary in words.
  public func adding(_ items: [(change: String, summary: String)]) -> ReviewFile {
    var known = Set(decisions.map(\.change))
    var file = self
    for item in items where known.insert(item.change).inserted {
      file.decisions.append(ReviewDecision(change: item.change, decision: .pending, summary: item.summary))
    }
    return file
  }

  /// ``adding(_:)`` for obligation changes (not unchanged obligations), with `summary` giving their words.
  public func adding(_ changes: [ObligationChange], summary: (ObligationChange) -> String) -> ReviewFile {
    adding(changes.filter { $0.change != .unchanged }.map { ($0.id, summary($0)) })
  }
}
