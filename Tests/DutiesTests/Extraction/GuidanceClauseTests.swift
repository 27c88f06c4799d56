import DutiesTestSupport
import Testing

@testable import Duties

/// Typed dashes, suggestions and negative subjects of advice (issue #24).
@Suite struct GuidanceClauseTests {
  func found(_ text: String) throws -> [String] {
    try ExtractionProbe.obligations(text).map { obligation in
      "\(obligation.kind.rawValue) | \(obligation.bearer.map { $0.implicit ? "reader" : $0.text } ?? "-") | \(obligation.action)"
    }
  }

  @Test func anInstructionBeforeATypedDashIsKeptAndTheClauseAfterItHasItsOwnSubject() throws {
    #expect(
      try found("Check that backups can be restored -- you shouldn't rely on untested copies.") == [
        "duty | reader | Check that backups can be restored",
        "advice-against | you | rely on untested copies",
      ])
  }

  @Test func aLabelBeforeADashIsNoInstruction() throws {
    #expect(
      try found("Test results obtained by the lab -- these must be kept for a year.") == [
        "duty | - | these to be kept for a year"
      ])
  }

  @Test func aTypedDashInsideAWordIsNoDash() throws {
    let tokens = Tokenizer.tokens("the label xn--kcrx77d1x4a is valid -- mostly")
    #expect(tokens.filter { $0.text == "--" }.map(\.start) == [35])
  }

  @Test func aNegativeSubjectOfShouldAdvisesAgainst() throws {
    #expect(
      try found("No payment should be made without a receipt.") == [
        "advice-against | - | payment to be made without a receipt"
      ])
  }
}

extension GuidanceClauseTests {
  @Test func keywordsNamedInAChangeAreNoModals() throws {
    #expect(try found("Version 3 changed SHOULD to MUST in section 4.").isEmpty)
    #expect(try found("Clients SHOULD NOT → MUST NOT reuse tokens.").isEmpty)
  }
}

extension GuidanceClauseTests {
  @Test func aRequirementStatedWithThatIsOneAndARequirementRemovedIsNone() throws {
    #expect(
      try found("There is a requirement that all visitors must sign in.") == ["duty | all visitors | sign in"]
    )
    #expect(try found("Version 2 removed the requirement that suppliers must hold a licence.").isEmpty)
  }

  @Test func aCommandLineFlagIsNoDash() throws {
    #expect(Tokenizer.tokens("run it with --verbose").allSatisfy { $0.text != ClauseLexicon.typedDash })
  }
}
