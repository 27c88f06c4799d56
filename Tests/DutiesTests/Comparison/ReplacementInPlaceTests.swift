import DutiesTestSupport
import Testing

@testable import Duties

/// An obligation rewritten where it stood, between two that did not change, is paired with what it
/// replaced when the two share some content words; unrelated text in its place is not.
@Suite struct ReplacementInPlaceTests {
  static func guide(_ middle: String) -> String {
    """
    # Workflows

    ## Dependencies

    You must record every workflow in the service register.

    \(middle)

    Teams must review the workflow logs every week.
    """
  }

  /// The kinds of the changes, in the order of their names.
  static func kinds(_ changes: [ObligationChange]) -> [ObligationChange.Kind] {
    changes.map(\.change).sorted { $0.rawValue < $1.rawValue }
  }

  @Test func aRewriteInPlacePairsWithWhatItReplaced() throws {
    let changes = try DiffProbe.changes(
      Self.guide(
        "Where possible, allow automated dependency checkers to read the version notes and propose upgrades."),
      Self.guide("Keep the version pins current by setting up an automated dependency checker."),
      oldPath: "old.md", newPath: "new.md")
    #expect(changes.count == 1)
    let change = try #require(changes.first)
    #expect(change.old?.action.hasPrefix("allow automated dependency checkers") == true)
    #expect(change.new?.action.hasPrefix("Keep the version pins current") == true)
  }

  @Test func unrelatedTextInThePlaceIsRemovedAndAdded() throws {
    let changes = try DiffProbe.changes(
      Self.guide(
        "Where possible, allow automated dependency checkers to read the version notes and propose upgrades."),
      Self.guide("Staff should complete the annual security training before March."),
      oldPath: "old.md", newPath: "new.md")
    #expect(Self.kinds(changes) == [.added, .removed])
  }

  @Test func aProhibitionDoesNotReplaceADuty() throws {
    let changes = try DiffProbe.changes(
      Self.guide(
        "You should allow automated dependency checkers to read the version notes and propose upgrades."),
      Self.guide("You must not set up a bot or another automated dependency checker."),
      oldPath: "old.md", newPath: "new.md")
    #expect(Self.kinds(changes) == [.added, .removed])
  }

  @Test func anObligationAwayFromTheGapIsNotTaken() throws {
    let old = Self.guide(
      "Where possible, allow automated dependency checkers to read the version notes and propose upgrades.")
    let new = """
      # Workflows

      ## Dependencies

      Keep the version pins current by setting up an automated dependency checker.

      You must record every workflow in the service register.

      Teams must review the workflow logs every week.
      """
    // The new sentence stands before the first unchanged obligation, the old one after it.
    let changes = try DiffProbe.changes(old, new, oldPath: "old.md", newPath: "new.md")
    #expect(Self.kinds(changes) == [.added, .removed])
  }
}
