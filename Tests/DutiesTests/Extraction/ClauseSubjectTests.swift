import DutiesTestSupport
import Testing

@testable import Duties

/// Who a clause is about when the subject is not the plain actor of an active verb: passives done
/// to a person, states a body must be in, clauses that share or point back to a subject.
@Suite struct ClauseSubjectTests {
  /// The first obligation of a text, which the test requires.
  func first(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Obligation {
    try #require(try ExtractionProbe.obligations(text).first, sourceLocation: sourceLocation)
  }

  @Test func passiveDoneToAPersonRecordsThemAsBeneficiary() throws {
    let informed = try first("Patients shall be informed of the outcome of the review.")
    #expect(informed.form == .passive)
    #expect(informed.bearer == nil)
    #expect(informed.beneficiary?.parties == ["patient"])
    // A thing is not a beneficiary, nor is a party named inside it.
    let record = try first("Copies of the inspector's report shall be kept for six years.")
    #expect(record.beneficiary == nil)
    let notice = try first("Copies of each notice to tenants shall be kept for six years.")
    #expect(notice.beneficiary == nil)
    // A person to be served who "should have" something is its beneficiary, not its provider.
    let served = try first("Each patient with complex needs should have a named nurse.")
    #expect(served.bearer == nil)
    #expect(served.beneficiary?.parties == ["patient"])
    #expect(served.action == "each patient with complex needs to have a named nurse")
    // An agent makes it an ordinary passive with a bearer.
    let notified = try first("The applicant shall be notified by the council within 14 days.")
    #expect(notified.bearer?.parties == ["council"])
  }

  /// A "that" inside a leading condition is the condition's: the main clause starts after its comma.
  @Test func aThatClauseInsideAConditionEndsAtItsComma() throws {
    let warned = try first("If the caller is one that a person controls, the service must warn the person.")
    #expect(warned.bearer?.parties == ["service"])
    #expect(warned.conditions.map(\.text) == ["If the caller is one that a person controls"])
    // A comma inside brackets, or a second comma, leaves the subject to the ordinary reading.
    let bracketed = try first(
      "If the buyer (or seller, as the case may be) has not paid, a statement that the buyer (or seller, as the case may be) agrees not to resell the goods."
    )
    #expect(bracketed.bearer?.parties == ["buyer"])
  }

  /// "X must do A and Y must do B": the second subject starts after the "and" that ends the first
  /// action, when the words after it read as a subject; otherwise the clause is left as it was.
  @Test func aSecondSubjectAfterAndIsNotTheFirstAction() throws {
    let two = try ExtractionProbe.obligations(
      "The council must publish the plan and the board must approve it.")
    #expect(two.map { $0.bearer?.parties ?? [] } == [["council"], ["board"]])
    #expect(two.map(\.action) == ["publish the plan", "approve it"])
    let plain = try ExtractionProbe.obligations("Councils must keep records and inspectors may examine them.")
    #expect(plain.map { $0.bearer?.parties ?? [] } == [["council"], ["inspector"]])
    let officer = try ExtractionProbe.obligations(
      "The notice must be sent to the employer and an officer or employee of the agency shall review it.")
    #expect(officer.last?.bearer?.parties == ["officer", "employee"])
    // A relative clause, an "as" clause or a shared subject gives no second subject.
    let options = try ExtractionProbe.obligations(
      "Harm should be avoided and options which reduce or eliminate such impacts should be pursued.")
    #expect(options.last?.action.hasPrefix("eliminate") == false)
    let shared = try ExtractionProbe.obligations("The tenant must pay the rent and must not sublet.")
    #expect(shared.map { $0.bearer?.parties ?? [] } == [["tenant"], ["tenant"]])
  }

  /// Asides between the subject and its modal ("such as…", "as described in…", "at its own cost") are
  /// not the subject.
  @Test func anAsideBeforeTheModalIsNotTheSubject() throws {
    let client = try first(
      "A client that builds several names, such as DNS-IDs and SRV-IDs, as described in section 6, SHOULD check them."
    )
    #expect(client.bearer?.parties == ["client"])
    let contractor = try first("The Contractor, at its own cost, shall operate the plant.")
    #expect(contractor.bearer?.parties == ["Contractor"])
    #expect(contractor.action == "operate the plant")
    // "such" opening a subject of its own is the subject: "…, such amounts may be transferred".
    let amounts = try first("The fund is closed, and such amounts may be transferred to the reserve.")
    #expect(amounts.action.hasPrefix("such amounts"))
  }

  @Test func aStateRequiredOfABodyIsItsDuty() throws {
    let independent = try first("The members of the review panel shall be completely independent.")
    #expect(independent.form == .active)
    #expect(independent.bearer?.parties.first == "member")
    #expect(independent.action == "be completely independent")
    // A state of a thing, or one that defines, stays a requirement on a state.
    let plan = try first("The plan shall be consistent with the strategy.")
    #expect(plan.bearer == nil)
    let eligible = try ExtractionProbe.obligations("The provider shall be eligible for the grant.")
    #expect(eligible.allSatisfy { $0.bearer == nil })
  }

  @Test func anAdverbBeforeAParticipleKeepsItsMeaning() throws {
    let liable = try first("No officer of the trust shall be personally liable for the debt.")
    #expect(liable.kind == .exemption)
    // "may be readily converted" says what is possible, not what is allowed.
    #expect(try ExtractionProbe.obligations("The device may be readily converted to fire.").isEmpty)
  }

  @Test func aFirstPredicateBeforeAndEndsTheSubject() throws {
    let ignored = try first("If the entry lacks a scheme, it is not a valid entry and MUST be ignored.")
    #expect(ignored.action == "it to be ignored")
    let logged = try first("The presented value is invalid and must be discarded.")
    #expect(logged.action == "the presented value to be discarded")
    // A list of parties before it is the subject, not the last of them.
    let listed = try first(
      "Landlords, letting agents and managing agents are covered by the scheme and must register.")
    #expect(listed.bearer?.parties.first == "landlord")
  }

  @Test func itAfterARequirementOnAThingIsThatThing() throws {
    let obligations = try ExtractionProbe.obligations(
      "The tool MAY offer a setting to turn this off, but it MUST turn it on by default.")
    #expect(obligations.count == 2)
    #expect(obligations.last?.subject == "the tool")
    #expect(obligations.last?.action == "the tool to turn it on by default")
    // With no party nor thing to point back to, the bearer is the pronoun as written.
    #expect(Party(text: "it", parties: []).names == "it")
  }

  @Test func itAfterAPassiveThingIsThatThing() throws {
    let obligations = try ExtractionProbe.obligations(
      "The joint assessment should be published, and it should be refreshed every three years.")
    #expect(obligations.last?.action == "the joint assessment to be refreshed")
  }

  @Test func aModalInAStatedFactBindsNoOne() throws {
    #expect(
      try ExtractionProbe.obligations("We care only about the fact that the client needs to verify the name.")
        .isEmpty)
  }

  @Test func aThingForbiddenIsWrittenWithoutItsNo() throws {
    let fee = try first("No fee shall be charged for the service.")
    #expect(fee.kind == .prohibition)
    #expect(fee.action == "fee to be charged for the service")
    // Advice that no fee be charged is advice against charging one.
    let advised = try first("No fee should be charged for the service.")
    #expect(advised.kind == .adviceAgainst)
    #expect(advised.action == "fee to be charged for the service")
  }

  @Test func aHeldModalDoesNotCutTheActionBeforeIt() throws {
    let decide = try first("The council must decide which members are permitted to vote.")
    #expect(decide.action == "decide which members are permitted to vote")
  }

  @Test func aRelativeThatKeepsItsHeadNoun() throws {
    let information = try first("The information that we hold about you must be kept secure.")
    #expect(information.action == "the information that we hold about you to be kept secure")
  }

  @Test func aBracketThatIsAClauseIsKept() throws {
    let shared = try first("The council must (where it may lawfully do so) share the data.")
    #expect(shared.conditions.map(\.text) == ["where it may lawfully do so"])
    // A pronoun other than "it" is not a thing named before.
    let signed = try ExtractionProbe.obligations("The form must be completed in full, and he must sign it.")
    #expect(signed.last?.form == .active)
  }

  @Test func aQuotedSubjectKeepsItsClosingQuote() throws {
    let pinning = try first("Such \"pinning\" SHOULD NOT last beyond the session.")
    #expect(pinning.subject == "such \"pinning\"")
  }

  @Test func aModalNamedInBracketsIsARemarkOnTheWording() throws {
    let councils = try ExtractionProbe.obligations("Councils must (not should) publish the plan.")
    #expect(councils.map(\.kind) == [.duty])
    #expect(councils.first?.action == "publish the plan")
    let included = try ExtractionProbe.obligations("Old names SHOULD NOT (instead of MUST NOT) be included.")
    #expect(included.map(\.kind) == [.adviceAgainst])
    #expect(included.first?.action == "old names to be included")
  }

  @Test func aModalInAClauseOfReasonsBindsNoOne() throws {
    #expect(
      try ExtractionProbe.obligations(
        "There are reasons why this guide states that they SHOULD NOT be included."
      ).isEmpty)
  }

  @Test func aSecondClauseInBracketsIsItsOwnObligation() throws {
    let obligations = try ExtractionProbe.obligations(
      "The client must match the name according to the rules (and should also check the type).")
    #expect(obligations.map(\.kind) == [.duty, .recommendation])
    #expect(obligations.map(\.action) == ["match the name according to the rules", "also check the type"])
    // "According to X," in front names a source: what follows is reported.
    #expect(try ExtractionProbe.obligations("According to the minister, councils must act.").isEmpty)
  }

  @Test func aNoteToTheReaderTellsWhatWillHappenOrIsAllowed() throws {
    #expect(try ExtractionProbe.obligations("Please note that late bids will not be opened.").isEmpty)
    #expect(try ExtractionProbe.obligations("Note that tenants may appeal twice.").isEmpty)
    // A binding modal in a note still binds.
    let kept = try ExtractionProbe.obligations("Please remember that licensees must display the licence.")
    #expect(kept.map(\.kind) == [.duty])
    // Noting is no note when it is the duty: "The board must note that…" binds the board.
    #expect(try ExtractionProbe.obligations("The board must note that the budget is late.").count == 1)
  }

  @Test func aModalInAnExampleBindsNoOne() throws {
    #expect(
      try ExtractionProbe.obligations("There is no single rule (e.g., that every council must use one form).")
        .isEmpty)
    #expect(
      try ExtractionProbe.obligations("No rule fits (for example, that boards must meet monthly).").isEmpty)
  }

  @Test func aSentenceWhoseModalsAreAllHeldMayBeAnInstruction() throws {
    let instruction = try first(
      "If so, consider supporting wildcards, and specify exactly where the wildcard is allowed to occur.")
    #expect(instruction.kind == .recommendation)
    #expect(instruction.form == .imperative)
    #expect(instruction.action.hasSuffix("where the wildcard is allowed to occur"))
    #expect(instruction.conditions.map(\.text) == ["If so"])
  }

  @Test func theConditionBeforeThenKeepsATriggerItHolds() throws {
    let certificate = try first(
      "If the standard says that certificates ought to include a URI (e.g., for mail), then the "
        + "certificate SHOULD include a URI.")
    #expect(certificate.conditions.first?.text.hasPrefix("If the standard says") == true)
  }

  @Test func aSecondClauseSharesTheSubjectWrittenBefore() throws {
    let obligations = try ExtractionProbe.obligations(
      "The board shall be consulted on the budget, and shall publish its advice.")
    #expect(obligations.count == 2)
    #expect(obligations.last?.bearer?.parties == ["board"])
    // A thing's second clause does not borrow the bearer of the sentence before as its subject: it
    // is a requirement on the register, which the council, who keeps it, bears (ThingAntecedent).
    let things = try ExtractionProbe.obligations(
      "The council must keep a register. The register shall be kept up to date and shall record each visit.")
    #expect(things.last?.form == .state)
    #expect(things.last?.subject == "the register")
    #expect(things.last?.bearer?.parties == ["council"])
    #expect(things.last?.action == "the register to record each visit")
  }

  @Test func aRelativeWhoPointsBackToItsAntecedent() throws {
    let obligations = try ExtractionProbe.obligations(
      "The complaint shall be closed by decision of the Ombudsman, who shall inform the complainant in writing."
    )
    #expect(obligations.last?.bearer?.parties == ["Ombudsman"])
    #expect(obligations.last?.action == "inform the complainant in writing")
  }

  @Test func whatIsBelievedInALeadingConditionEndsWithIt() throws {
    let obligation = try first(
      "Where the inspector has reason to believe that a home is unsafe, the inspector shall notify the council."
    )
    #expect(obligation.bearer?.parties == ["inspector"])
    #expect(obligation.action == "notify the council")
    // Reported content without a leading condition is still not an obligation.
    #expect(
      try ExtractionProbe.obligations("The minister said that councils must publish the plans.").isEmpty)
  }

  @Test func aQualifiedRightIsStillAPermission() throws {
    let right = try first("The landlord shall have the absolute right to remove the sign.")
    #expect(right.kind == .permission)
    #expect(right.action == "remove the sign")
  }

  @Test func aProhibitionForSomeoneBindsThem() throws {
    for sentence in [
      "It is unlawful for any person to sell alcohol to a child.",
      "It shall be prohibited for any person to sell alcohol to a child.",
    ] {
      let obligation = try first(sentence)
      #expect(obligation.kind == .prohibition)
      #expect(obligation.bearer?.parties == ["person"])
      #expect(obligation.action == "sell alcohol to a child")
    }
    // "It shall not be unlawful for…" allows.
    let allowed = try first("It shall not be unlawful for a carer to refuse the visit.")
    #expect(allowed.kind == .permission)
  }

  @Test func anAdjectiveAloneSharesTheNextNoun() throws {
    let obligation = try first("Any natural or legal person, entity or body must keep the records.")
    #expect(obligation.bearer?.parties == ["natural person", "legal person", "entity", "body"])
    // "the public" is a noun, and a noun alone keeps its own name.
    let publicAndBodies = try first("The public or interested organisations may comment on the plan.")
    #expect(publicAndBodies.bearer?.parties.first == "public")
  }

  @Test func anExceptionInsideTheSubjectIsNotTheSubject() throws {
    let obligation = try first(
      "Large providers, other than those referred to in paragraph 1, shall report their accounts annually.")
    #expect(obligation.bearer?.parties == ["large provider"])
    #expect(obligation.action == "report their accounts")
  }

  @Test func aLeadingPhraseWithoutACommaIsNotAConditionalClause() throws {
    let text = """
      In order to meet the deadline the council shall publish the plan.

      In the meantime the council must keep the register.

      In the event of a breach the tenant must pay damages.

      In the event that the tenant shall fail to pay, the landlord may end the lease.
      """
    let obligations = try ExtractionProbe.obligations(text)
    #expect(obligations.map { $0.bearer?.parties ?? [] }.suffix(1) == [["landlord"]])
    #expect(obligations.prefix(3).map { $0.bearer?.parties ?? [] } == [["council"], ["council"], ["tenant"]])
    #expect(obligations[2].conditions.map(\.text) == ["In the event of a breach"])
    #expect(obligations[2].action == "pay damages")
  }

  @Test func aWideGapEndsAHeadingLaidOutWithSpaces() throws {
    let obligation = try first("Payment of the grant        The council shall pay the grant by 1 May.")
    #expect(obligation.bearer?.parties == ["council"])
    #expect(obligation.sentence == "The council shall pay the grant by 1 May.")
  }

  @Test func anAdverbBeforeTheModalIsNotPartOfTheSubject() throws {
    let promptly = try first("Tenant promptly shall pay for any labour furnished to the premises.")
    #expect(promptly.bearer?.text == "Tenant")
    #expect(promptly.bearer?.parties == ["tenant"])
    #expect(promptly.form == .active)
    let also = try first("The registered manager also must keep a record of each complaint.")
    #expect(also.bearer?.parties == ["registered manager"])
    #expect(also.action == "keep a record of each complaint")
    // A noun ending in "-ly" stays: "the Assembly", "the family".
    let assembly = try first("The National Assembly shall publish the report.")
    #expect(assembly.bearer?.text == "The National Assembly")
  }

  @Test func adverbsJoinedByAndStillLeadToTheParticiple() throws {
    let liable = try first("Each such party shall be jointly and severally liable for the obligations.")
    #expect(liable.kind == .duty)
    #expect(liable.form == .active)
    #expect(liable.bearer?.parties == ["party"])
    #expect(liable.action == "the obligations")
  }

  @Test func itIsTheResponsibilityOfAPartyToActIsThatPartysDuty() throws {
    let obligations = try ExtractionProbe.obligations(
      """
      It is the responsibility of each council to publish a plan.

      It shall be the responsibility of the registered manager to keep the records.

      Repair of the building is the responsibility of the tenant.
      """)
    #expect(obligations.count == 2)
    #expect(obligations.map(\.kind) == [.duty, .duty])
    #expect(obligations.map { $0.bearer?.parties ?? [] } == [["council"], ["registered manager"]])
    #expect(obligations.map(\.action) == ["publish a plan", "keep the records"])
  }

  @Test func aListOfPartiesBetweenCommasIsOneSubjectAndAnAsideIsNone() throws {
    let obligations = try ExtractionProbe.obligations(
      """
      Tenant, its agents and employees, will not interfere with the works.

      The Secretary, or his delegate, shall submit the report to the committee.

      No person, other than a licensed importer or licensed dealer, shall import the goods.

      Alternatively, a State, a local body or an agency may submit a petition.

      Based upon such evaluation, the Secretary may adjust the rates.

      Notwithstanding section 393 of title 10, United States Code, the Secretary of Defense may accept gifts.
      """)
    #expect(
      obligations.map { $0.bearer?.text ?? "" } == [
        "Tenant, its agents and employees", "The Secretary, or his delegate", "No person",
        "a State, a local body or an agency", "the Secretary", "the Secretary of Defense",
      ])
    #expect(obligations[0].bearer?.parties == ["tenant", "agent", "employee"])
    #expect(obligations[2].kind == .prohibition)
  }
}
