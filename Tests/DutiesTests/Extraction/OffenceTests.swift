import DutiesTestSupport
import Testing

@testable import Duties

/// Offences, clearances and the passive "regard must be had to" in statutes (issue #24): the act an
/// offence names is forbidden to the offender, a failure to act is a duty to act, an act that "does
/// not contravene" is permitted.
@Suite struct OffenceTests {
  func found(_ text: String) throws -> [String] {
    try ExtractionProbe.obligations(text).map { obligation in
      let conditions = obligation.conditions.map { " [\($0.kind.rawValue): \($0.text)]" }.joined()
      return "\(obligation.kind.rawValue) | \(obligation.bearer?.parties.joined(separator: "+") ?? "-") | "
        + obligation.action + conditions
    }
  }

  @Test(arguments: [
    (
      "A trader commits an offence if he supplies fireworks to a minor.",
      "prohibition | trader | supply fireworks to a minor"
    ),
    (
      "A keeper commits an offence if, without lawful excuse, the keeper moves the herd at night.",
      "prohibition | keeper | move the herd at night [except: without lawful excuse]"
    ),
    (
      "A person who obstructs an inspector in the exercise of his powers is guilty of an offence.",
      "prohibition | person | obstruct an inspector in the exercise of his powers"
    ),
    (
      "An operator who fails to display the licence shall be guilty of an offence.",
      "duty | operator | display the licence"
    ),
    (
      "The occupier commits an offence by failing to report the outbreak.",
      "duty | occupier | report the outbreak"
    ),
    (
      "It is an offence for a dealer to sell a catapult to a child.",
      "prohibition | dealer | sell a catapult to a child"
    ),
    (
      "Subject to subsection (4), a landlord who knowingly lets an unsafe flat commits an offence.",
      "prohibition | landlord | knowingly let an unsafe flat"
    ),
  ])
  func anOffenceForbidsItsActOrRequiresWhatItsFailureOmits(text: String, expected: String) throws {
    #expect(try found(text) == [expected])
  }

  @Test(arguments: [
    ("A broker does not contravene this section by quoting a fee.", "permission | broker | quoting a fee"),
    (
      "It is not a contravention of this section for a licensee to refuse entry.",
      "permission | licensee | refuse entry"
    ),
  ])
  func anActThatBreaksNoRuleIsPermitted(text: String, expected: String) throws {
    #expect(try found(text) == [expected])
  }

  @Test(arguments: [
    // The offence's clause has another subject: no act of the person is named.
    "The keeper commits an offence if the dog bites a walker.",
    // The infinitive names no offender: "an attempt to commit an offence".
    "An offence under this section includes an attempt to commit an offence mentioned in subsection (2).",
    // Not an expletive: "an offence for which the person was pardoned".
    "A conviction is spent if it is an offence for which the person has been pardoned.",
  ])
  func anOffenceWithoutTheOffendersActGivesNothing(text: String) throws {
    #expect(try found(text).isEmpty)
  }

  @Test func regardMustBeHadToIsADutyToHaveRegard() throws {
    #expect(
      try found("Regard must be had to the statement of principles.") == [
        "have-regard | - | have regard to the statement of principles"
      ])
  }
}

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
