import Testing

@testable import Duties

/// A body named in an obligation's words by its old name and then by its new one, the same body
/// renamed, changes nothing required; a successor body does (issue #22).
@Suite struct RenamedReferenceTests {
  func changes(_ old: String, _ new: String) throws -> [ObligationChange] {
    RevisionDiffer(includesUnchanged: false).compare(
      old: try DocumentReader().read(string: "# 1. Directions\n\n\(old)\n", path: "old.md"),
      new: try DocumentReader().read(string: "# 1. Directions\n\n\(new)\n", path: "new.md")
    ).realChanges
  }

  @Test func aRenamedBodyInTheActionIsNoChange() throws {
    let found = try changes(
      "The Minister may give directions to the NHS Commissioning Board about its functions.",
      "The Minister may give directions to NHS England about its functions.")
    #expect(found.isEmpty)
  }

  @Test func aSuccessorBodyInTheActionIsAChange() throws {
    let found = try changes(
      "The Minister may give directions to a primary care trust about its functions.",
      "The Minister may give directions to a clinical commissioning group about its functions.")
    #expect(found.count == 1)
  }

  @Test func aRenameBesideAnotherChangeIsStillAChange() throws {
    let found = try changes(
      "The Minister may give directions to the NHS Commissioning Board about its functions.",
      "The Minister may give written directions to NHS England about its functions.")
    #expect(found.count == 1)
  }

  @Test func onlyARenameCounts() {
    #expect(
      RenamedReference.isOnly(
        old: "The Minister may give directions to the Board about it.",
        new: "The Minister may give directions to NHS England about it.", successions: .england))
    #expect(
      !RenamedReference.isOnly(
        old: "The Minister may give directions to the Board about it.",
        new: "The Minister may give directions to the council about it.", successions: .england))
  }
}
