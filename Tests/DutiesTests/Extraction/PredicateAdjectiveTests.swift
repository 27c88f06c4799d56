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
    "If the claim succeeds, twice the deposit is returned.",
    "When approved, funding the scheme is easy.",
  ])
  func aWordAfterAFrontedClauseThatIsNoVerbInstructsNothing(text: String) throws {
    #expect(try found(text).isEmpty)
  }
}

extension PredicateAdjectiveTests {
  @Test(arguments: [
    ("Support for \"h2\" is REQUIRED.", "duty | state | support for \"h2\" | support for \"h2\""),
    (
      "Support for TLS (RFC 8446) is REQUIRED.",
      "duty | state | support for TLS (RFC 8446) | support for TLS (RFC 8446)"
    ),
    ("CCTV is prohibited under this policy.", "prohibition | state | CCTV | CCTV under this policy"),
  ])
  func aSubjectEndingInAQuoteOrBracketOrTheDocumentsOwnRuleIsRead(text: String, expected: String) throws {
    #expect(try found(text) == [expected])
  }

  @Test(arguments: ["Guidance on what is prohibited is online.", "Nothing is mandatory."])
  func aFreeRelativeOrNothingNamesNoRequirement(text: String) throws {
    #expect(try found(text).isEmpty)
  }
}
