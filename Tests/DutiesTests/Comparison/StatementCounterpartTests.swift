import DutiesTestSupport
import Foundation
import Testing

@testable import Duties

/// A requirement that was a plain statement before, or is one now: the obligation is added or removed,
/// with a note quoting where the other version said the same without requiring it.
@Suite struct StatementCounterpartTests {
  func changes(_ old: String, _ new: String) throws -> [ObligationChange] {
    try DiffProbe.changes(old, new, oldPath: "old.md", newPath: "new.md")
  }

  static let statement = """
    # Housing plans

    The council keeps a register of empty homes.

    Each year the council publishes a housing plan setting out how empty homes in its area are brought back into use.
    """

  static let requirement = """
    # Housing plans

    The council keeps a register of empty homes.

    Each year the council must publish a housing plan setting out how empty homes in its area are brought back into use.
    """

  @Test func aRequirementThatWasAStatementIsAddedWithTheOldSentence() throws {
    let found = try changes(Self.statement, Self.requirement)
    #expect(found.map(\.change) == [.added])
    #expect(
      found.first?.notes == [
        "stated before without a requirement, old line 5: “Each year the council publishes a housing plan "
          + "setting out how empty homes in its area are brought back into use.”"
      ])
  }

  @Test func aRequirementThatIsNowAStatementIsRemovedWithTheNewSentence() throws {
    let found = try changes(Self.requirement, Self.statement)
    #expect(found.map(\.change) == [.removed])
    #expect(
      found.first?.notes.first?.hasPrefix("now stated without a requirement, new line 5: “Each year") == true)
  }

  @Test func aSentenceWithAModalTheExtractorLeftIsOnlySaidBefore() throws {
    let hedged = Self.statement.replacingOccurrences(
      of: "the council publishes", with: "the council would publish")
    let found = try changes(hedged, Self.requirement)
    #expect(found.map(\.change) == [.added])
    #expect(
      found.first?.notes.first?.hasPrefix("said before, old line 5: “Each year the council would") == true)
  }

  @Test func aNegatedOrDifferentSentenceIsNoCounterpart() throws {
    for old in [
      Self.statement.replacingOccurrences(of: "Each year", with: "Every 2 years"),
      Self.statement.replacingOccurrences(of: "the council publishes", with: "the council never publishes"),
      Self.statement.replacingOccurrences(
        of: "publishes a housing plan setting out how empty homes in its area are brought back into use",
        with: "reviews the rents it charges for its garages and parking spaces"),
    ] {
      let found = try changes(old, Self.requirement)
      #expect(found.map(\.change) == [.added])
      #expect(found.first?.notes == [])
    }
  }
}
