import Foundation

/// Says which way a deadline, time limit or frequency moved: "by April 2005" → "by April 2006" is a
/// deadline moved later; "within 12 months" → "within 6 months" is a time limit shortened.
enum TimingChange {
  /// One comparable timing that moved: its old and new words, and whether its measure grew.
  private struct Move {
    var before: Timing
    var after: Timing
    var grew: Bool
    var label: String
  }

  /// The measures read from timing words, with what a growth and a fall of each is called.
  private static let measures: [(Timing.Kind, @Sendable (String) -> Double?, grew: String, fell: String)] = [
    (.deadline, date, "deadline moved later", "deadline brought forward"),
    (.deadline, duration, "time limit lengthened", "time limit shortened"),
    (.frequency, interval, "less often", "more often"),
  ]

  /// Each measure whose single old and single new timing both read, and differ.
  private static func moves(old: [Timing], new: [Timing]) -> [Move] {
    measures.compactMap { kind, measure, grew, fell in
      let before = old.filter { $0.kind == kind }.compactMap { timing in
        measure(timing.text).map { (timing, $0) }
      }
      let after = new.filter { $0.kind == kind }.compactMap { timing in
        measure(timing.text).map { (timing, $0) }
      }
      guard before.count == 1, after.count == 1, before[0].1 != after[0].1 else { return nil }
      let growth = after[0].1 > before[0].1
      return Move(before: before[0].0, after: after[0].0, grew: growth, label: growth ? grew : fell)
    }
  }

  /// Notes on the timing of a matched pair, empty when nothing comparable changed.
  static func notes(old: [Timing], new: [Timing]) -> [String] {
    moves(old: old, new: new).map { "\($0.label): \($0.before.text) → \($0.after.text)" }
  }

  /// Which way a positive obligation's timing moved when it is clear: a time limit shortened, a
  /// deadline brought forward or a duty done more often asks more (strengthened); the opposite asks
  /// less (weakened). `nil` for other kinds (what a shorter window means for a permission or a
  /// prohibition depends on more than its words) and when nothing comparable changed.
  static func direction(old: [Timing], new: [Timing], kind: ObligationKind) -> ObligationChange.Kind? {
    guard [.duty, .recommendation, .haveRegard].contains(kind) else { return nil }
    let directions = Set(
      moves(old: old, new: new).map { $0.grew ? ObligationChange.Kind.weakened : .strengthened })
    return directions.count == 1 ? directions.first : nil
  }

  /// A date as a number that orders dates: year × 10000 + month × 100 + day ("31 March 2012",
  /// "April 2005", "2006"; a year alone counts as its end).
  static func date(_ text: String) -> Double? {
    let lower = text.lowercased()
    guard let year = lower.firstMatch(of: /(?:^|[^0-9])((?:19|20)\d{2})(?![0-9])/).flatMap({ Int($0.1) })
    else {
      return nil
    }
    let month = TimingLexicon.monthsInOrder.firstIndex { lower.contains($0) }.map { $0 + 1 }
    let day = lower.firstMatch(of: /(?:^|[^0-9])([0-3]?\d)(?:st|nd|rd|th)?\s+[a-z]+\s+(?:19|20)\d{2}/).flatMap
    { Int($0.1) }
    return Double(year * 10000 + (month ?? 12) * 100 + (day ?? (month == nil ? 31 : 28)))
  }

  /// A time limit in days: "within 28 days", "within six months", "no later than 12 weeks after".
  static func duration(_ text: String) -> Double? {
    guard date(text) == nil,
      let match = text.lowercased().firstMatch(
        of: /(\d+|[a-z]+(?:-[a-z]+)?)\s+(working day|day|week|fortnight|month|year)s?/)
    else { return nil }
    guard let count = Double(match.1) ?? TimingLexicon.countValues[String(match.1)],
      let unit = TimingLexicon.unitDays[String(match.2)]
    else { return nil }
    return count * unit
  }

  /// How many days between occurrences: "annually" 365, "quarterly" 91, "every six months" 182.
  static func interval(_ text: String) -> Double? {
    let lower = text.lowercased()
    if let found = TimingLexicon.namedIntervals.first(where: { lower.contains($0.0) }) { return found.1 }
    return duration(lower.replacingOccurrences(of: "every ", with: ""))
  }
}
