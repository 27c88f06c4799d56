import DutiesTestSupport
import Testing

@testable import Duties

/// Words that look like obligations and are not, and lists of bearers as statutes write them
/// (issue #22: found by reading every change reported on real revision pairs).
@Suite struct NonObligationTests {
  func obligations(_ text: String) throws -> [Obligation] {
    try ExtractionProbe.obligations(text)
  }

  @Test(arguments: [
    "Note that many existing technologies use domain names.",
    "Note, however, that the list is long.",
    "Remember that the form is short.",
    "The service (which may or may not exist) is named in the certificate.",
    "A name may or may not be present.",
    "A typical workaround is to embed all of the names in one certificate.",
    "We can think of these identities as names.",
    "Designers, who can reference this document, read it first.",
    "A certificate with a single Common Name will typically have one name.",
    "There are questions about who should pay.",
  ])
  func informationIsNoObligation(_ sentence: String) throws {
    #expect(try obligations(sentence).isEmpty, "\(sentence)")
  }

  /// A document's own change log reports what changed; the requirements are in its body.
  @Test func aChangeLogsEntriesAreNoObligations() throws {
    let text = """
      # Token guidance

      ## Rules

      Clients must refresh a token before it expires.

      ## Revision history

      - Clients must now refresh tokens before they expire.
      - Servers may reject stale tokens.

      ## Changes since version 2

      Issuers should rotate keys yearly.

      ## Changes from 1 May 2026

      Clients must send a device name.
      """
    let found = try ExtractionProbe.obligations(text, format: .markdown)
    #expect(found.map(\.action) == ["refresh a token before it expires", "send a device name"])
  }

  /// A requirement in a relative clause after a preposition describes a thing or a party ("a hearing at
  /// which the tenant is entitled to be heard"); one in a condition after a connective ("However, if a
  /// firm is required to pay…,") is the main clause's condition.
  @Test func requirementsInRelativeClausesAndConditionsBindNoOne() throws {
    #expect(try obligations("The board holds a hearing at which the tenant is entitled to be heard.").isEmpty)
    #expect(
      try obligations("It reviews all schemes for which the council is required to pay grants.").isEmpty)
    let found = try obligations(
      "However, if a firm is required by section 5 to pay the levy, the firm must keep a record of it.")
    #expect(found.map(\.action) == ["keep a record of it"])
    #expect(found.first?.conditions.map(\.text) == ["if a firm is required by section 5 to pay the levy"])
  }

  /// "The best way to … is to …" is advice to the reader, not a description.
  @Test func theWayToDoSomethingIsARecommendation() throws {
    for sentence in [
      "The way to mitigate this risk is to limit the number of names.",
      "The best way to stay safe is to rotate keys every month.",
    ] {
      #expect(try obligations(sentence).map(\.kind) == [.recommendation], "\(sentence)")
    }
  }

  @Test func partiesThatActKeepTheirObligations() throws {
    #expect(try obligations("The Secretary of State is to publish a report.").map(\.kind) == [.duty])
    #expect(try obligations("The council can charge a fee.").map(\.kind) == [.permission])
    #expect(
      try obligations("Designers, who can reference this document, must check it.").map(\.action) == [
        "check it"
      ])
  }

  /// The main clause is the obligation; a question or a relative clause inside it is part of its action.
  @Test func clausesInsideTheActionAreNotObligationsOfTheirOwn() throws {
    let decide = try obligations("The parties must decide who should pay the costs.")
    #expect(decide.map(\.action) == ["decide who should pay the costs"])
    let consult = try obligations("The council must consult those who should be heard.")
    #expect(consult.map(\.action) == ["consult those who should be heard"])
    #expect(try obligations("Tenant will promptly pay the rent.").map(\.kind) == [.duty])
  }

  @Test func whatANoteSaysIsStillRead() throws {
    let found = try obligations("Note that the council must publish a plan.")
    #expect(found.map(\.action) == ["publish a plan"])
    #expect(found.first?.bearer?.parties == ["council"])
  }

  /// "A, B or C may…" with a longer last item lost its first: "the Secretary of State" was dropped.
  @Test(arguments: [
    (
      "The Secretary of State, the Board or a clinical commissioning group may do anything.",
      ["Secretary of State", "Board", "clinical commissioning group"]
    ),
    (
      "The council, the Board or a clinical commissioning group may do anything.",
      ["council", "Board", "clinical commissioning group"]
    ),
  ])
  func everyMemberOfAListOfBearersIsKept(_ example: (String, [String])) throws {
    #expect(try obligations(example.0).first?.bearer?.parties == example.1)
  }

  /// A section that illustrates ("Examples", "Sample text", "Case study 2") shows how the rules
  /// work; what it says is not one of them. A sentence that only mentions an example is read.
  @Test func illustrationsAreNotRequirements() throws {
    let markdown = """
      # Certificates

      ## 4 Rules

      The certificate MUST name the service.

      ## Examples

      Consider a website at www.example.com. Its certificate MUST include the name.

      ## Sample Text

      Certification authorities MUST support the DNS-ID type.

      ## Case study 2: a merged trust

      The trust must publish a joint plan.

      ## 5 Notices

      Each notice must give an example of the wording.
      """
    let found = ObligationExtractor().extract(from: try DocumentReader().read(string: markdown, path: "c.md"))
    #expect(
      found.map(\.action) == [
        "the certificate to name the service", "each notice to give an example of the wording",
      ])
    #expect(ExtractionWalk.isIllustrative("Examples of good practice"))
    #expect(!ExtractionWalk.isIllustrative("Sample size for audits"))
  }

  /// A note on how the document uses its key words names them; it binds no one. A rule that only
  /// cites RFC 2119 still binds.
  @Test(arguments: [
    "Note: this guide is a standard, and uses the words MUST, SHOULD and MAY as defined in RFC 2119.",
    "The key words MUST, MUST NOT and SHOULD in this guide are to be interpreted as described in BCP 14.",
  ])
  func aNoteOnTheKeyWordsIsNoRule(_ note: String) throws {
    #expect(try obligations(note).isEmpty)
  }

  @Test func aRuleThatCitesTheConventionBinds() throws {
    let rule = "Servers MUST log each request and SHOULD rotate the logs (see RFC 2119)."
    #expect(try obligations(rule).map(\.kind) == [.duty, .recommendation])
  }

  /// Rules that name RFC 2119 and use the key words, with "words", "terms" or "interpreted" in them,
  /// are rules.
  @Test func rulesThatUseTheKeyWordsBind() throws {
    let rules = [
      "Passwords MUST be at least 12 characters long and SHOULD include a symbol (see RFC 2119).",
      "Providers MUST publish their terms of service and SHOULD notify users of changes, as RFC 2119 requires.",
    ]
    for rule in rules { #expect(try obligations(rule).count == 2) }
  }

  /// "Nothing in this Act shall…" and "The requirements of this section shall…" are about the document.
  @Test(arguments: [
    "Nothing in this Act shall affect the powers of the council.",
    "The requirements of this section shall be in addition to any other requirement.",
  ])
  func theDocumentsOwnScopeBindsNoOne(_ sentence: String) throws {
    #expect(try obligations(sentence).isEmpty)
  }

  /// "not obligated for" withholds a duty: an exemption of the party; only money is "obligated or expended".
  @Test func aPartyNotObligatedIsExempt() throws {
    let found = try obligations("The Buyer shall not be obligated for any costs incurred by the Seller.")
    #expect(found.map(\.kind) == [.exemption])
    #expect(found.first?.bearer?.parties == ["Buyer"])
  }

  /// A duty with "have regard" later in its action is still a duty.
  @Test func haveRegardLaterInTheActionIsADuty() throws {
    let found = try obligations("The authority must consult the board, have regard to its views and decide.")
    #expect(found.map(\.kind) == [.duty])
  }

  /// "may, but is not required to, V": leave to V, and no duty to; not a permission with no action.
  @Test func aPermissionButNoDutyShareTheirAct() throws {
    let found = try ExtractionProbe.obligations(
      "An institution may, but is not required to, make the payment to the student.")
    #expect(found.map(\.kind) == [.permission, .exemption])
    #expect(found.allSatisfy { $0.action == "make the payment to the student" })
    // An aside with words of its own, or a prohibition, shares nothing.
    for sentence in [
      "The council must, but need not immediately, publish the report.",
      "The tenant may, but must not unreasonably, refuse consent.",
    ] {
      let others = try ExtractionProbe.obligations(sentence)
      let first = others.filter { $0.kind == .duty || $0.kind == .permission }
      #expect(!first.contains { $0.action.hasPrefix("immediately") || $0.action.hasPrefix("unreasonably") })
    }
  }

  /// A duty named inside an exception to a provision binds no one, whatever the provision is called
  /// ("Paragraph 3", "Section 5", "This section"), as for "Subsection (1)".
  @Test(arguments: [
    "Paragraph 3 does not apply in so far as the operator is under a duty to keep the records.",
    "Section 5 does not apply to the extent that the operator has a duty to keep the records.",
    "This section does not apply where the operator must keep the records under another Act.",
  ])
  func aDutyInsideAnExceptionBindsNoOne(_ sentence: String) throws {
    #expect(try obligations(sentence).isEmpty)
  }
}
