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

  @Test func aClauseOnTheSubjectOfALeadingClauseIsNotTheAct() throws {
    // "If a person who holds a licence fails…": the act would start at "who"; nothing is read rather
    // than a prohibition of "who holds a licence fails to comply".
    for text in [
      "If a person who holds a licence fails to comply with a condition of it, the person commits an offence.",
      "If a person to whom a notice is given fails to comply with it, the person commits an offence.",
    ] {
      #expect(try found(text).allSatisfy { !$0.hasPrefix("prohibition") }, "\(text)")
    }
  }

  @Test(arguments: [
    (
      "A trader commits an offence if he supplies fireworks to a minor.",
      "prohibition | trader | supply fireworks to a minor"
    ),
    // "by" and a gerund, an adverb between.
    (
      "A dealer commits an offence by knowingly selling a counterfeit ticket.",
      "prohibition | dealer | knowingly selling a counterfeit ticket"
    ),
    // The act in a leading clause that the offence's subject names again.
    (
      "If a lodger fails to return the key, the lodger commits an offence.",
      "duty | lodger | return the key"
    ),
    (
      "Where a vendor resells a permit at a profit, that vendor commits an offence.",
      "prohibition | vendor | resell a permit at a profit"
    ),
    // An excuse between commas after "who", or without them before the failure.
    (
      "A tenant who, without reasonable excuse, fails to allow an inspection commits an offence.",
      "duty | tenant | allow an inspection [except: without reasonable excuse]"
    ),
    (
      "A tenant who without lawful authority fails to allow an inspection commits an offence.",
      "duty | tenant | allow an inspection [except: without lawful authority]"
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

  /// "is not to be treated as a breach": an exemption of the act or person from the wrong, with the
  /// subject a thing when it is one; deeming as anything else is a definition, and gives nothing.
  @Test(arguments: [
    (
      "A statement made to the ombudsman is not to be treated as a breach of any duty of secrecy.",
      "exemption | - | a statement made to the ombudsman to be treated as a breach of any duty of secrecy"
    ),
    (
      "A tenant who withholds rent under this section shall not be regarded as having defaulted or as having "
        + "committed any breach of the lease.",
      "exemption | tenant | be regarded as having defaulted or as having committed any breach of the lease"
    ),
    (
      "A licensee shall not be treated as having contravened the rules if he acts on the referee's instruction.",
      "exemption | licensee | be treated as having contravened the rules [if: if he acts on the referee's instruction]"
    ),
    ("Allowances paid under this section are not to be treated as wages.", "-"),
    (
      "A lodger is not to be treated as being in breach of the agreement by reason only of a late payment.",
      "exemption | lodger | be treated as being in breach of the agreement by reason only of a late payment"
    ),
  ])
  func anActClearedOfAWrongIsAnExemption(text: String, expected: String) throws {
    #expect(try found(text) == (expected == "-" ? [] : [expected]))
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

  /// A longer aside between the modal and "have regard" keeps the kind.
  @Test func anAsideOfSeveralWordsBeforeHaveRegardKeepsTheKind() throws {
    #expect(
      try found(
        "A harbour authority shall, in exercising any of its functions under this Part, have regard to the code."
      ) == [
        "have-regard | harbour authority | in exercising any of its functions under this Part, have regard to the code"
      ])
  }
}

extension OffenceTests {
  @Test(arguments: [
    // A clause of its own after "that", a means that is no gerund, a thing that clears no one.
    "The court found that the company is guilty of an offence.",
    "A person commits an offence by virtue of subsection (2).",
    "Such agreements do not contravene section 2 if they are notified.",
  ])
  func anOffenceReadOnlyWhereItsOffenderAndActAreWritten(text: String) throws {
    #expect(try found(text).isEmpty)
  }

  @Test func aRelativeClauseInALeadingConditionIsNotTheOffendersAct() throws {
    #expect(
      try found(
        "Where a notice that requires repairs is served, the landlord commits an offence if he fails to comply with it."
      )
        == ["duty | landlord | comply with it"])
  }
}
