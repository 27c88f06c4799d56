import Duties
import DutiesTestSupport
import Testing

/// Each kind of deontic statement, with the bearer and trigger marked in the sentence.
@Suite struct TriggerTests {
  @Test(arguments: [
    ("⟦A local authority⟧ ⟦must⟧ assess the needs of carers.", ObligationKind.duty),
    ("⟦The Secretary of State⟧ ⟦shall⟧ lay a report before Parliament.", .duty),
    ("⟦Each council⟧ ⟦is required to⟧ publish a plan.", .duty),
    ("⟦The board⟧ ⟦has a duty to⟧ keep accounts.", .duty),
    ("⟦The cluster board⟧ ⟦is responsible for⟧ overseeing joint working.", .duty),
    ("⟦Councils⟧ ⟦must not⟧ charge for assessments.", .prohibition),
    ("⟦A PCT⟧ ⟦may not⟧ withdraw from a pooled budget.", .prohibition),
    ("⟦Providers⟧ ⟦are prohibited from⟧ charging fees.", .prohibition),
    ("⟦PCTs⟧ ⟦should⟧ agree joint plans with councils.", .recommendation),
    ("⟦Councils⟧ ⟦are encouraged to⟧ share data.", .recommendation),
    ("⟦Councils⟧ ⟦are strongly encouraged to⟧ share data.", .recommendation),
    ("⟦Implementers⟧ ⟦are strongly discouraged from⟧ storing passwords.", .adviceAgainst),
    ("If the plan is late then ⟦the council⟧ ⟦must⟧ tell the board.", .duty),
    ("⟦Clients⟧ ⟦SHOULD⟧ verify the certificate.", .recommendation),
    ("⟦Staff⟧ ⟦should not⟧ share passwords.", .adviceAgainst),
    ("⟦The council⟧ ⟦may⟧ charge for the service.", .permission),
    ("⟦Councils⟧ ⟦may⟧ apply to the Department for funding.", .permission),
    ("⟦A carer⟧ ⟦is entitled to⟧ an assessment.", .permission),
    ("⟦A council⟧ ⟦need not⟧ renegotiate existing agreements.", .exemption),
    ("⟦The trust⟧ ⟦is not required to⟧ publish the report.", .exemption),
    ("⟦Members of staff⟧ ⟦shall not⟧ be exempt from complying with the rules.", .duty),
    ("⟦A carer⟧ ⟦is not entitled to⟧ a second assessment in the same year.", .noEntitlement),
    ("⟦The provider⟧ ⟦has no right to⟧ terminate the contract early.", .noEntitlement),
    ("⟦The Landlord⟧ ⟦shall not have the right to⟧ bring any suit in another court.", .noEntitlement),
  ])
  func kindBearerAndTrigger(_ sample: (String, ObligationKind)) throws {
    let (marked, obligations) = try ExtractionProbe.marked(sample.0)
    let obligation = try #require(obligations.first)
    #expect(obligations.count == 1)
    #expect(obligation.kind == sample.1)
    #expect(obligation.bearer?.text == marked.markedStrings[0])
    #expect(obligation.trigger.text == marked.markedStrings[1])
    #expect(obligation.trigger.location.column == marked.ranges[1].lowerBound + 1)
  }

  @Test(arguments: [
    "This may take some time to settle.",
    "Nothing in this joint resolution may be construed as authorising the use of force.",
    "This Act shall come into force on 1 April 2013.",
    "In this section 'Care Trust' shall mean a body designated under section 77.",
    "This Decision shall apply until 13 April 2014.",
    "Member States shall apply those provisions from 1 July 2022.",
    "This section shall apply to any body for the purposes of Part 2.",
    "Patients who are not entitled to free treatment pay for their care.",
    "Paragraph 1 shall not affect commitments established before 2011.",
    "Should councils be required to pool budgets?",
    "John Dixon said: 'PCTs must work with councils.'",
    "He said the NHS should work with local education and housing departments.",
    "There may be other approaches that work locally.",
    "The number of people aged over 90 is expected to double by 2040.",
    // Not instructions after a fronted clause: a statement, a subject list, a list of verbs, a heading.
    "If the council agrees, the plan is adopted.",
    "Unless the plan says otherwise, existing leases, including short ones, do not end.",
    "To collect, review, or publish patient data is costly.",
    "STOP PRESS: figures for the year are out.",
  ])
  func carriesNoObligation(_ sentence: String) throws {
    #expect(try ExtractionProbe.obligations(sentence).isEmpty)
  }

  /// A part of a document governed by a preposition qualifies the subject ("A report made under this
  /// Act", "None of the funds made available by this Act"); only a part that is the subject itself
  /// ("This Act shall apply…") makes a sentence about the document.
  @Test(arguments: [
    ("A report made under that section must be sent by the provider.", ObligationKind.duty),
    ("A notice under this Act shall state the date.", .duty),
    ("None of the funds made available by this Act may be used to buy land.", .prohibition),
    ("None of the funds made available by this Act shall be obligated or expended for travel.", .prohibition),
  ])
  func aDocumentPartInsideTheSubjectBinds(_ sample: (String, ObligationKind)) throws {
    #expect(try ExtractionProbe.obligations(sample.0).map(\.kind) == [sample.1])
  }

  /// "There must be no X" forbids X; "there should be no X" advises against it.
  @Test(arguments: [
    ("There must be no charge for the first copy.", ObligationKind.prohibition, "charge for the first copy"),
    ("There should be no delay in publishing the plan.", .adviceAgainst, "delay in publishing the plan"),
  ])
  func anExistentialNoForbids(_ sample: (String, ObligationKind, String)) throws {
    let found = try #require(try ExtractionProbe.obligations(sample.0).first)
    #expect(found.kind == sample.1)
    #expect(found.action == sample.2)
  }

  /// "are to be exercised by the board" binds the board, as "must be exercised by" does; "is to be
  /// welcomed" binds no one.
  @Test func aPassiveIsToBindsItsAgent() throws {
    let found = try ExtractionProbe.obligations(
      "The functions of the council are to be exercised by the board.")
    #expect(found.map(\.kind) == [.duty])
    #expect(found.first?.bearer?.parties == ["board"])
    #expect(try ExtractionProbe.obligations("This is to be welcomed by everyone.").isEmpty)
  }

  @Test func imperativeGuidanceBindsTheReader() throws {
    let obligations = try ExtractionProbe.obligations(
      "Do not use these risky triggers: pull_request_target, workflow_run.\n\nSet the workflow permissions to read only.\n"
    )
    #expect(obligations.map(\.kind) == [.prohibition, .duty])
    #expect(obligations.allSatisfy { $0.bearer?.implicit == true && $0.form == .imperative })
    #expect(obligations[1].action == "Set the workflow permissions to read only")
  }

  /// "It shall be the duty of X to…", "It is the duty of X to…": X is bound, even when the sentence
  /// before named someone else for "it" to stand for.
  @Test func expletiveDutyOfNamesItsBearer() throws {
    let obligations = try ExtractionProbe.obligations(
      "The council must keep a register.\n\nIt shall be the duty of every board to publish a plan.\n\n"
        + "It is the duty of each trust to audit it.\n")
    #expect(obligations.map { $0.bearer?.parties ?? [] } == [["council"], ["board"], ["trust"]])
    #expect(obligations.map(\.action) == ["keep a register", "publish a plan", "audit it"])
  }

  /// A list inside the first action stays there: "may fund a school, a library, or a park but must
  /// not fund a stadium".
  @Test func aListBeforeButStaysInTheAction() throws {
    let obligations = try ExtractionProbe.obligations(
      "The council may fund a school, a library, or a park but must not fund a stadium.")
    #expect(obligations.map(\.kind) == [.permission, .prohibition])
    #expect(obligations.map(\.action) == ["fund a school, a library, or a park", "fund a stadium"])
  }

  /// A document that keeps its key words for capitals (BCP 14) uses a lower-case "may" or "can" in its
  /// plain sense; its capitals and its "must" still bind.
  @Test func lowerCaseMayIsPossibilityUnderBCP14() throws {
    let text = """
      The key words "MUST" and "MAY" in this document are to be interpreted as described in BCP 14.

      The server can then return the certificate. A client may retry the request.

      The client MUST verify the certificate. The client MAY cache it. The client must log the result.
      """
    let found = try ExtractionProbe.obligations(text)
    #expect(found.map(\.trigger.text) == ["MUST", "MAY", "must"])
    let plain = try ExtractionProbe.obligations("A client may retry the request.")
    #expect(plain.map(\.kind) == [.permission])
  }

  /// "Regulations may provide…" is a power to legislate: a permission whose holder is not stated.
  /// Named only ("as regulations may specify"), it is no power of its own.
  @Test func regulationsMayProvideIsAPower() throws {
    let power = try ExtractionProbe.obligations(
      "Regulations may provide that a board has responsibility for persons in its area.")
    #expect(power.map(\.kind) == [.permission])
    #expect(power.first?.bearer == nil)
    #expect(
      power.first?.action.hasSuffix("provide that a board has responsibility for persons in its area") == true
    )
    let named = try ExtractionProbe.obligations(
      "The council must consult such other persons as regulations may specify.")
    #expect(named.map(\.trigger.text) == ["must"])
  }

  @Test func passiveWithoutAgentHasNoBearer() throws {
    let obligations = try ExtractionProbe.obligations(
      "Reports shall be published annually.\n\nThe list shall be published by the Commission.\n")
    #expect(obligations.count == 2)
    #expect(obligations[0].bearer == nil)
    #expect(obligations[0].form == .passive)
    #expect(obligations[1].bearer?.parties == ["Commission"])
  }

  @Test func aThingIsNotABearer() throws {
    let obligation = try #require(try ExtractionProbe.obligations("The photograph shall be in colour.").first)
    #expect(obligation.bearer == nil)
    #expect(obligation.form == .state)
  }

  @Test func aTriggerInsideAnInfinitiveIsPartOfTheAction() throws {
    let obligations = try ExtractionProbe.obligations(
      "The Secretary may ask the panel reviewing a proposal to agree to the use of the fund for audits.")
    #expect(obligations.count == 1)
    #expect(obligations.first?.kind == .permission)
    #expect(obligations.first?.bearer?.parties == ["Secretary"])
  }

  @Test func theMonthMayIsNotAModal() throws {
    let obligations = try ExtractionProbe.obligations(
      """
      Comments must be received on or before May 25, 2018.

      The notice was published on 12 May 2019 in the Gazette.

      The board May decide to publish the plan.
      """)
    #expect(obligations.map(\.trigger.text) == ["must", "May"])
  }

  @Test func aPronounAfterAConditionWithoutACommaStartsTheMainClause() throws {
    let obligations = try ExtractionProbe.obligations(
      """
      If the department has compiled the information from other sources it shall first seek their consent.

      If Landlord shall not so elect within ten days the lease continues.
      """)
    #expect(obligations.count == 1)
    #expect(obligations.first?.kind == .duty)
    #expect(obligations.first?.bearer?.parties == ["department"])
  }

  @Test func applyingProvisionsFromADateIsADutyOfAnyoneButMemberStates() throws {
    let obligation = try #require(
      try ExtractionProbe.obligations("Local authorities must apply these provisions from April 2015.").first)
    #expect(obligation.kind == .duty)
    #expect(obligation.bearer?.parties == ["local authority"])
  }

  @Test func aRightWithheldIsNotAProhibition() throws {
    let obligations = try ExtractionProbe.obligations(
      """
      The tenant shall not be entitled to compensation for the works.

      In no event shall the tenant be entitled to any part of the award.

      The tenant shall not assign the lease.
      """)
    #expect(obligations.map(\.kind) == [.noEntitlement, .noEntitlement, .prohibition])
    #expect(obligations.allSatisfy { $0.bearer?.parties == ["tenant"] })
    #expect(!ObligationKind.noEntitlement.isBinding)
  }

  @Test func noPersonShallIsAProhibition() throws {
    let obligation = try #require(
      try ExtractionProbe.obligations("No person shall disclose the information.").first)
    #expect(obligation.kind == .prohibition)
    #expect(obligation.bearer?.parties == ["person"])
  }
}

extension TriggerTests {
  @Test func negativeInversionIsAProhibition() throws {
    let obligations = try ExtractionProbe.obligations(
      "In no event shall Tenant assign this Lease without consent.\n\nUnder no circumstances may staff share passwords.\n"
    )
    #expect(obligations.map(\.kind) == [.prohibition, .prohibition])
    #expect(obligations.map { $0.bearer?.parties ?? [] } == [["tenant"], ["staff"]])
    #expect(obligations[0].action == "assign this Lease without consent")
  }
}

extension TriggerTests {
  @Test func anExpletiveItIsNotPartOfTheAction() throws {
    let obligations = try ExtractionProbe.obligations(
      """
      It shall be prohibited to import weapons from the territory of the occupied region.

      It shall be prohibited for any natural or legal person to export dual-use items to the listed entities.

      It shall be forbidden for goods to be stored in the corridors.
      """)
    #expect(obligations.count == 3)
    #expect(obligations[0].kind == .prohibition && obligations[0].bearer == nil)
    #expect(obligations[0].action == "import weapons from the territory of the occupied region")
    #expect(obligations[1].kind == .prohibition)
    #expect(obligations[1].bearer?.text == "any natural or legal person")
    #expect(obligations[1].bearer?.parties.contains("legal person") == true)
    #expect(obligations[1].action == "export dual-use items to the listed entities")
    #expect(obligations[2].bearer?.parties.contains("good") != true)
  }
}

extension TriggerTests {
  @Test func aNegativeInversionThatReleasesADutyIsAnExemption() throws {
    let obligations = try ExtractionProbe.obligations(
      """
      In no event shall the council be required to pay more than the agreed sum.

      In no event shall Landlord have any obligation to repair the tenant's fixtures.

      In no event shall any Transfer relieve Tenant from its obligations under this Lease.

      In no event shall any person remove the records from the office.
      """)
    #expect(obligations.map(\.kind) == [.exemption, .exemption, .prohibition, .prohibition])
    #expect(obligations[0].bearer?.parties == ["council"])
    #expect(obligations[0].action == "pay more than the agreed sum")
    #expect(obligations[1].bearer?.parties == ["landlord"])
    #expect(obligations[1].action == "repair the tenant's fixtures")
    // The subject ends at a name or an actor noun: the verb is the action, not part of the bearer.
    #expect(obligations[2].bearer?.text == "any Transfer")
    #expect(obligations[2].action == "relieve Tenant from its obligations under this Lease")
    #expect(obligations[3].bearer?.text == "any person")
    #expect(obligations[3].action == "remove the records from the office")
  }

  @Test func aRightOrDutyHeldToNothingIsWithheldOrReleased() throws {
    let obligations = try ExtractionProbe.obligations(
      """
      The tenant shall have no right to sublet the premises.

      The landlord shall bear no obligation to reimburse the tenant for alterations.
      """)
    #expect(obligations.map(\.kind) == [.noEntitlement, .exemption])
    #expect(obligations.map { $0.bearer?.parties ?? [] } == [["tenant"], ["landlord"]])
    #expect(obligations[0].action == "sublet the premises")
    #expect(obligations[1].action == "reimburse the tenant for alterations")
  }

  @Test func aPromiseNotToActIsAProhibitionAndAssumedResponsibilityADuty() throws {
    let obligations = try ExtractionProbe.obligations(
      """
      The provider agrees not to disclose the records to third parties.

      The trust assumes full responsibility for the safety of the equipment.
      """)
    #expect(obligations.map(\.kind) == [.prohibition, .duty])
    #expect(obligations.map { $0.bearer?.parties ?? [] } == [["provider"], ["trust"]])
    #expect(obligations[0].action == "disclose the records to third parties")
    #expect(obligations[1].action == "the safety of the equipment")
  }
}

extension TriggerTests {
  @Test func aPromiseAroundAnAsideStillBindsThePromisor() throws {
    let obligations = try ExtractionProbe.obligations(
      """
      The tenant agrees, at the request of the lender, to sign a statement of the rent.

      The provider undertakes, for the life of the contract, not to share the records.

      The landlord agrees, however, that the works are complete.
      """)
    #expect(obligations.map(\.kind) == [.duty, .prohibition])
    #expect(obligations.map { $0.bearer?.parties ?? [] } == [["tenant"], ["provider"]])
    #expect(obligations.map(\.action) == ["sign a statement of the rent", "share the records"])
  }
}
