import DutiesTestSupport
import Testing

@testable import Duties

/// Promises made by saying them, and a requirement named in a change log (issue #24).
@Suite struct PerformativeTests {
  func found(_ text: String) throws -> [String] {
    try ExtractionProbe.obligations(text).map {
      "\($0.kind.rawValue) | \($0.bearer?.text ?? "-") | \($0.action)"
    }
  }

  @Test func aPromiseMadeWithHerebyIsADuty() throws {
    #expect(
      try found("The Contractor hereby indemnifies the Authority against all losses.") == [
        "duty | The Contractor | indemnify the Authority against all losses"
      ])
  }

  @Test(arguments: [
    "The Owner hereby approves the plans.",
    "Each party hereby agrees that the courts of Scotland have jurisdiction.",
    "Version 2 removed the requirement that suppliers must hold a licence.",
  ])
  func anActDoneBySayingItOrARequirementNamedBindsNoOne(text: String) throws {
    #expect(try found(text).isEmpty)
  }
}
