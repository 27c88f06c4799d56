import DutiesTestSupport
import Testing

@testable import Duties

/// Lease forms of rights and releases, and modals inside descriptions (issue #24).
@Suite struct LeaseFormTests {
  func found(_ text: String) throws -> [String] {
    try ExtractionProbe.obligations(text).map { obligation in
      "\(obligation.kind.rawValue) | \(obligation.bearer?.text ?? "-") | \(obligation.action)"
    }
  }

  @Test(arguments: [
    (
      "The Lessee shall peaceably have and enjoy the Property during the Term.",
      "permission | The Lessee | have and enjoy the Property during the Term"
    ),
    (
      "The Owner shall have no responsibility or liability to the Lessee for lost goods.",
      "exemption | The Owner | responsibility or liability to the Lessee for lost goods"
    ),
    ("You don't have to file a return.", "exemption | You | file a return"),
  ])
  func aRightOrAReleaseIsReadAsSuch(text: String, expected: String) throws {
    #expect(try found(text) == [expected])
  }

  @Test func aSecondSubjectStartsAfterItsItemMarker() throws {
    let found = try self.found(
      "On completion, (i) the Owner shall repay the Lessee for the survey and (ii) the Lessee shall pay the fee."
    )
    #expect(
      found == ["duty | the Owner | repay the Lessee for the survey", "duty | the Lessee | pay the fee"])
  }

  @Test func bothModalsOfADescriptionAreNoObligation() throws {
    #expect(try found("The notice states the period for which records must or may be retained.").isEmpty)
  }
}
