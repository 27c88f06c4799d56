import Testing

@testable import Duties

/// One body written two ways is one bearer; a successor written with the same qualifier is a
/// rename; a body renamed takes its duties with it (issue #22).
@Suite struct BearerNameTests {
  func changes(_ old: String, _ new: String) throws -> DocumentComparison {
    RevisionDiffer(includesUnchanged: false).compare(
      old: try DocumentReader().read(string: "# 1. Duties\n\n\(old)\n", path: "old.md"),
      new: try DocumentReader().read(string: "# 1. Duties\n\n\(new)\n", path: "new.md"))
  }

  @Test func aParticipleBeforeItsNounIsPartOfTheBearer() throws {
    let document = try DocumentReader().read(
      string:
        "A relevant integrated care board must appoint a person.\n\nThe designated officer must keep records.\n\n"
        + "Persons authorised by the board may inspect the records.\n", path: "a.txt")
    let bearers = ObligationExtractor().extract(from: document).map { $0.bearer?.parties ?? [] }
    #expect(bearers == [["relevant integrated care board"], ["designated officer"], ["person"]])
  }

  @Test func aQualifiedSuccessorIsARename() throws {
    let comparison = try changes(
      "A relevant clinical commissioning group must appoint a person.",
      "A relevant integrated care board must appoint a person.")
    let change = try #require(comparison.realChanges.first)
    #expect(change.change == .bearerRenamed)
    #expect(
      change.notes == [
        "bearer renamed by reorganisation: relevant clinical commissioning group → integrated care board (2022)"
      ])
    // The duty went with the body: no party gained or lost it.
    #expect(comparison.summary.partiesGaining.isEmpty)
    #expect(comparison.summary.partiesLosing.isEmpty)
  }

  @Test func theNHSSpelledOutIsTheNHS() throws {
    #expect(BearerSuccession.key("National Health Service Commissioning Board") == "nhs commissioning board")
    let change = try #require(
      try changes(
        "The National Health Service Commissioning Board must publish a plan.",
        "NHS England must publish a plan."
      ).realChanges.first)
    #expect(change.change == .bearerRenamed)
  }

  /// An Act that calls the NHS Commissioning Board "the Board": NHS England in its place is the
  /// Board renamed, and the note names the body the short name stands for.
  @Test func aShortNameIsTheBodyTheSuccessionsNameSo() throws {
    let comparison = try changes(
      "The Board must arrange for the provision of secure hospitals.",
      "NHS England must arrange for the provision of secure hospitals.")
    let change = try #require(comparison.realChanges.first)
    #expect(change.change == .bearerRenamed)
    #expect(
      change.notes == [
        "bearer renamed by reorganisation: board (NHS Commissioning Board) → NHS England (2013)"
      ])
    #expect(comparison.summary.partiesGaining.isEmpty)
    // A short name that stands for no body of the table, or for several, stays a change of bearer.
    let other = try #require(
      try changes("The Panel must publish a plan.", "NHS England must publish a plan.").realChanges.first)
    #expect(other.change == .bearerChanged)
  }

  /// The summary counts a body once however the changes write it, under its longest name.
  @Test func theSummaryCountsABodyWrittenTwoWaysOnce() throws {
    let comparison = try changes(
      "The PCT must publish a plan.\n\nThe primary care trust must keep a register.\n\nThe council must audit it.",
      "The council must audit it.")
    #expect(comparison.summary.partiesLosing == ["primary care trust": 2])
  }

  @Test func youAndTheReaderOfAnImperativeAreOneBearer() throws {
    #expect(BearerSuccession.key("you") == BearerSuccession.key("reader"))
    let comparison = try changes("You must check the logs.", "Check the logs.")
    #expect(comparison.realChanges.allSatisfy { !$0.aspects.contains(.bearerChanged) })
    #expect(comparison.summary.partiesGaining.isEmpty)
  }
}
