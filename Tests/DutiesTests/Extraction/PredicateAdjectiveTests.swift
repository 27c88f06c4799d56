import DutiesTestSupport
import Testing

@testable import Duties

/// What guidance advises, requires or permits by an adjective after "is" (issue #24): "X is
/// recommended", "X is mandatory", "X isn't prohibited", RFC 2119's "is RECOMMENDED"; and the
/// instructions after a fronted clause whose verb no list names.
@Suite struct PredicateAdjectiveTests {
  func found(_ text: String) throws -> [String] {
    try ExtractionProbe.obligations(text).map { obligation in
      "\(obligation.kind.rawValue) | \(obligation.form.rawValue) | \(obligation.subject ?? "-") | \(obligation.action)"
    }
  }

  @Test(arguments: [
    (
      "Rotating signing keys every year is recommended.",
      "recommendation | state | rotating signing keys every year | rotating signing keys every year"
    ),
    (
      "Encryption of laptops is mandatory for all staff.",
      "duty | state | encryption of laptops | encryption of laptops for all staff"
    ),
    (
      "Printing the form isn't prohibited.",
      "permission | state | printing the form | printing the form"
    ),
    (
      "Hunting is prohibited in the reserve.",
      "prohibition | state | hunting | hunting in the reserve"
    ),
    (
      "Support for compression is RECOMMENDED.",
      "recommendation | state | support for compression | support for compression"
    ),
    (
      "Use of the checklist is strongly recommended to avoid delays.",
      "recommendation | state | use of the checklist | use of the checklist to avoid delays"
    ),
  ])
  func anAdjectiveAdvisesWhatItsSubjectNames(text: String, expected: String) throws {
    #expect(try found(text) == [expected])
  }

  @Test(arguments: [
    // A demonstrative alone names nothing.
    "This is mandatory for all staff.",
    // A relative clause, a question, a fronted clause describe; "by" names the law that forbids.
    "Any sale which is prohibited by section 3 is void.",
    "The panel decides whether the merger is prohibited.",
    "After the quota is reached and landings are prohibited, prices rise.",
    "Trading is prohibited by the rules of the exchange.",
    // A provision's force is about when the law applies.
    "The provisions of section 5 are mandatory after 1 May 2027.",
  ])
  func anAdjectiveThatDescribesIsNoObligation(text: String) throws {
    #expect(try found(text).isEmpty)
  }

  @Test(arguments: [
    ("If a visitor asks for your badge, refuse it.", "duty | imperative | - | refuse it"),
    ("After three failed attempts, freeze the card.", "duty | imperative | - | freeze the card"),
  ])
  func anUnlistedVerbAfterAFrontedClauseInstructs(text: String, expected: String) throws {
    #expect(try found(text) == [expected])
  }

  @Test(arguments: [
    "If so, then the board decides.",
    "In 2025, most councils published the plan.",
    "When approved, funding the scheme is easy.",
  ])
  func aWordAfterAFrontedClauseThatIsNoVerbInstructsNothing(text: String) throws {
    #expect(try found(text).isEmpty)
  }
}

/// Requirements printed as labels: a keyword and a colon opening an item or a heading, a keyword
/// opening a linked item (issue #24).
@Suite struct KeywordLabelTests {
  func found(_ markdown: String) throws -> [String] {
    try ExtractionProbe.obligations(markdown, format: .markdown).map { "\($0.kind.rawValue) | \($0.action)" }
  }

  @Test func aKeywordLabelledItemOrHeadingIsARequirement() throws {
    let text = """
      # Guide

      ## MUST: encrypt backups

      Backups are taken nightly.

      ## Checklist

      - [SHOULD rotate keys](https://example.org/keys)
      - MUST NOT: reuse passwords
      """
    #expect(
      try found(text) == [
        "duty | encrypt backups", "recommendation | rotate keys", "prohibition | reuse passwords",
      ])
  }

  @Test func aHeadingThatOnlyNamesAKeywordIsNoRequirement() throws {
    #expect(try found("# Guide\n\n## MUST and SHOULD\n\nThe words are used as in RFC 2119.\n").isEmpty)
  }
}

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
    #expect(try found("Test results obtained by the lab -- these must be kept for a year.").count == 1)
  }

  @Test func aTypedDashInsideAWordIsNoDash() throws {
    let tokens = Tokenizer.tokens("the label xn--kcrx77d1x4a is valid -- mostly")
    #expect(tokens.filter { $0.text == "--" }.map(\.start) == [35])
  }

  @Test func aSuggestionIsAdvice() throws {
    #expect(
      try found("We suggest that councils review their registers.") == [
        "recommendation | councils | review their registers"
      ])
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
