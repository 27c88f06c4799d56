import DutiesTestSupport
import Testing

@testable import Duties

/// A body named in an obligation's words by its old name and then by its new one, the same body
/// renamed, changes nothing required; a successor body does (issue #22).
@Suite struct RenamedReferenceTests {
  func changes(_ old: String, _ new: String) throws -> [ObligationChange] {
    try DiffProbe.changes(
      "# 1. Directions\n\n\(old)\n", "# 1. Directions\n\n\(new)\n", oldPath: "old.md", newPath: "new.md")
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

  /// A rename beside a change the sentence's words do not show, or a number the normaliser would mask,
  /// is still reported.
  @Test(arguments: [
    (
      "(1) The council must send its annual report to the NHS Commissioning Board.\n\n"
        + "(2) Subsection (1) does not apply where the council is a parish council.",
      "(1) The council must send its annual report to NHS England.\n\n"
        + "(2) Subsection (1) does not apply where the council is a county council or a parish council."
    ),
    (
      "The council must send its report to the NHS Commissioning Board under section 12.",
      "The council must send its report to NHS England under section 14."
    ),
    (
      "The council must pay the NHS Commissioning Board an annual fee (£250) each year.",
      "The council must pay NHS England an annual fee (£400) each year."
    ),
  ])
  func aRenameBesideAnotherChangeIsReported(old: String, new: String) throws {
    #expect(try !changes(old, new).isEmpty)
  }

  /// "the Board" is the NHS Commissioning Board only where the old version names a bearer "Board" that the
  /// document does not define as another body.
  @Test func aShortNameCountsOnlyAsABearerName() throws {
    let named = try changes(
      "The Board must arrange the services.\n\nThe Minister may give directions to the Board about them.",
      "NHS England must arrange the services.\n\nThe Minister may give directions to NHS England about them.")
    #expect(!named.contains { $0.new?.bearer?.parties == ["Minister"] })
    let defined = try changes(
      "The Health and Wellbeing Board (“the Board”) is established. The council must send its report to the "
        + "Board.",
      "The Health and Wellbeing Board is established. The council must send its report to NHS England.")
    #expect(defined.contains { $0.new?.bearer?.parties == ["council"] })
  }

  @Test func onlyARenameCounts() {
    #expect(
      RenamedReference(successions: .england, shortNames: ["Board"]).isOnly(
        old: "The Minister may give directions to the Board about it.",
        new: "The Minister may give directions to NHS England about it."))
    #expect(
      !RenamedReference(successions: .england, shortNames: []).isOnly(
        old: "The Minister may give directions to the Board about it.",
        new: "The Minister may give directions to NHS England about it."))
    #expect(
      !RenamedReference(successions: .england, shortNames: ["Board"]).isOnly(
        old: "The Minister may give directions to the Board about it.",
        new: "The Minister may give directions to the council about it."))
  }
}
