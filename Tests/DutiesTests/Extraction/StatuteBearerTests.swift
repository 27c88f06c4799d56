import DutiesTestSupport
import Testing

@testable import Duties

/// Who is bound, as statutes name them (issue #24): a duty or power named as a noun and assigned by
/// the verb after it, joint agents, a plural title over a list of names, a scope clause inside the
/// subject, a by-phrase of a noun inside the subject.
@Suite struct StatuteBearerTests {
  func found(_ text: String) throws -> [String] {
    try ExtractionProbe.obligations(text).map { obligation in
      "\(obligation.kind.rawValue) | \(obligation.bearer?.parties.joined(separator: "+") ?? "-") | \(obligation.action)"
    }
  }

  @Test(arguments: [
    (
      "A duty to keep accounts under this section applies to each harbour authority.",
      "duty | harbour authority | keep accounts under this section"
    ),
    (
      "The power to make orders under this Part is exercisable by the Scottish Ministers.",
      "permission | Scottish Minister | make orders under this Part"
    ),
    (
      "The licence must be countersigned by the council and by the inspector.",
      "duty | council+inspector | the licence to be countersigned by the council and by the inspector"
    ),
    (
      "The Ministers of Finance, Justice, and Defence shall report to the assembly.",
      "duty | Minister of Finance+Minister of Justice+Minister of Defence | report to the assembly"
    ),
    (
      "Each trust and board to whom this Part applies must publish a statement.",
      "duty | trust+board | publish a statement"
    ),
    (
      "Every entry shall contain the date of the visit.",
      "duty | - | every entry to contain the date of the visit"
    ),
  ])
  func theBearerIsWhomTheStatuteNames(text: String, expected: String) throws {
    #expect(try found(text) == [expected])
  }

  @Test(arguments: [
    // The by-phrase names who designated the account, not who holds the money.
    "All rents paid into an account designated by the Landlord shall be held on trust."
  ])
  func aByPhraseOfANounInTheSubjectBindsNoOne(text: String) throws {
    #expect(try found(text).map { $0.split(separator: "|")[1].trimmingCharacters(in: .whitespaces) } == ["-"])
  }

  @Test func aListOfDutiesNamedAsANounGivesADutyAnItem() throws {
    let text = """
      # 7 Functions of the Agency

      (1) The general duties of the Agency are—

      (a) to keep a register of licences, and

      (b) to publish guidance.

      (2) The duties are as follows:

      - to answer complaints;
      - to report each year.

      (3) The duties to the Agency are set out in Schedule 2—
      """
    let obligations = try ExtractionProbe.obligations(text, format: .markdown)
    #expect(
      obligations.map { "\($0.kind.rawValue) | \($0.bearer?.parties.joined() ?? "-") | \($0.action)" } == [
        "duty | Agency | keep a register of licences", "duty | Agency | publish guidance",
        "duty | - | answer complaints", "duty | - | report each year",
      ])
    #expect(obligations.first?.trigger.text == "duties")
  }

  @Test func anAdversaryIsGrantedNothing() throws {
    #expect(try found("An attacker can forge the header.").isEmpty)
    #expect(try found("An eavesdropper may read the traffic.").isEmpty)
  }

  @Test func aSectionPastedOnOneLineIsSplitIntoItsSubsections() throws {
    let all = try ExtractionProbe.obligations(
      "7 Duty to keep a register (1) A parish council must keep a register of allotments. (2) The council "
        + "must publish the register under subsection (1) each year.")
    #expect(all.map(\.section) == ["7 › (1)", "7 › (2)"])
    #expect(
      all.map(\.action) == ["keep a register of allotments", "publish the register under subsection (1)"])
    #expect(all.map(\.location.column) == [31, 88])
  }
}

extension StatuteBearerTests {
  @Test func aDutyWithheldFromAPartyIsNoneOfItsDuties() throws {
    #expect(try found("The duties to publish and consult shall not apply to a parish council.").isEmpty)
  }
}

extension StatuteBearerTests {
  @Test func aNumberCountsThePartyItDoesNotName() throws {
    #expect(try found("Two inspectors must attend the hearing.") == ["duty | inspector | attend the hearing"])
    #expect(try found("The same officer must sign the record.") == ["duty | officer | sign the record"])
  }
}

extension StatuteBearerTests {
  @Test func aLeadInsListCompletesItsConditionAndTheWordsAfterItAreTheAction() throws {
    let all = try ExtractionProbe.obligations(
      "A trust must, when it plans— (a) services for adults, or (b) services for children, name a lead nurse."
    )
    #expect(all.map(\.action) == ["name a lead nurse"])
    #expect(
      all.first?.conditions.map(\.text) == [
        "when it plans— (a) services for adults, or (b) services for children"
      ])
  }
}

extension StatuteBearerTests {
  @Test(arguments: [
    (
      "Three Rivers District Council must publish a plan.",
      "duty | Three Rivers District Council | publish a plan"
    ),
    (
      "Members of Parliament and Peers must declare their interests.",
      "duty | Member of Parliament+peer | declare their interests"
    ),
  ])
  func aNameWithANumberOrAPluralTitleIsKeptWhole(text: String, expected: String) throws {
    #expect(try found(text) == [expected])
  }

  @Test func aDutyOwedToSomeoneIsNoAct() throws {
    #expect(try found("The duty to the beneficiaries rests with the trustees.").isEmpty)
  }

  @Test func anAdversaryThatMustNotSucceedIsARequirement() throws {
    #expect(try found("An attacker MUST NOT be able to forge the token.").count == 1)
  }

  @Test func aNumberedListAfterAModalIsNoPastedSection() throws {
    let all = try ExtractionProbe.obligations(
      "3 The council must: (1) publish a plan; (2) consult the public.")
    #expect(all.allSatisfy { $0.section.isEmpty || !$0.section.hasPrefix("3 ›") })
  }
}

extension StatuteBearerTests {
  @Test func aWrapUpAfterAListThatCompletesAConditionIsTheAction() throws {
    let xml = """
      <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
        <act>
          <body>
            <section eId="sec_5"><num>5</num><heading>Leads</heading>
              <subsection eId="sec_5__subsec_1"><num>(1)</num>
                <intro><p>A trust must, when it plans—</p></intro>
                <paragraph><num>(a)</num><content><p>services for adults, or</p></content></paragraph>
                <paragraph><num>(b)</num><content><p>services for children,</p></content></paragraph>
                <wrapUp><p>name a lead nurse.</p></wrapUp>
              </subsection>
            </section>
          </body>
        </act>
      </akomaNtoso>
      """
    let all = try ExtractionProbe.obligations(xml, format: .akn)
    #expect(all.map(\.action) == ["name a lead nurse"])
    #expect(
      all.first?.conditions.map(\.text) == [
        "when it plans (a) services for adults, or (b) services for children,"
      ])
  }
}
