import DutiesTestSupport
import Testing

@testable import Duties

@Suite struct PartyTests {
  @Test func jointBearerIsSplitNormalisedAndExpanded() throws {
    let text = """
      Strategic health authorities (SHAs), primary care trusts (PCTs) and councils agreed the plan.

      Strategic health authorities, PCT clusters, PCTs and councils must work together to maintain joint working.
      """
    let obligation = try #require(try ExtractionProbe.obligations(text).first)
    #expect(obligation.bearer?.text == "Strategic health authorities, PCT clusters, PCTs and councils")
    #expect(
      obligation.bearer?.parties == [
        "strategic health authority", "PCT cluster", "primary care trust", "council",
      ])
    #expect(obligation.bearer?.isJoint == true)
  }

  /// A body named with its portfolio keeps it, "and" and commas included; an office is one party with or
  /// without its portfolio; "for" after a common noun still ends the name.
  @Test func aBodysPortfolioIsPartOfItsName() throws {
    let cases: [(String, [String])] = [
      (
        "The Commission for Social Care Inspection must assess councils.",
        ["Commission for Social Care Inspection"]
      ),
      ("The Department for Work and Pensions must publish a plan.", ["Department for Work and Pensions"]),
      (
        "The Department for Environment, Food and Rural Affairs must publish a plan.",
        ["Department for Environment, Food and Rural Affairs"]
      ),
      (
        "The Healthcare Commission and the Commission for Social Care Inspection must report.",
        ["Healthcare Commission", "Commission for Social Care Inspection"]
      ),
      (
        "The Department for Education and the Secretary of State must report.",
        ["Department for Education", "Secretary of State"]
      ),
      ("The Secretary of State for Health must publish a plan.", ["Secretary of State"]),
      ("The council for the area must publish a plan.", ["council"]),
      ("Providers for children must publish a plan.", ["provider"]),
      (
        "The Under Secretary for Border and Transportation Security shall provide assistance.",
        ["Under Secretary for Border and Transportation Security"]
      ),
      (
        "The Assistant Secretary for Democracy, Human Rights, and Labor shall report.",
        ["Assistant Secretary for Democracy, Human Rights, and Labor"]
      ),
      (
        "The Center for Medicare & Medicaid Services shall report.",
        ["Center for Medicare & Medicaid Services"]
      ),
      // Not a body's name: a capitalised start of a sentence, a portfolio that is no title.
      ("Applicants for SBA-guaranteed loans must submit the form in writing.", ["applicant"]),
      ("Providers for Adults and Children must report.", ["provider", "child"]),
      // An office, an acronym or a determiner after "and" or a comma is another party.
      (
        "The Secretary of State for Health and NHS England must report.",
        ["Secretary of State", "NHS England"]
      ),
      (
        "The Department for Transport, Network Rail and the ORR must report.",
        ["Department for Transport", "Network Rail", "ORR"]
      ),
    ]
    for (sentence, parties) in cases {
      let obligation = try #require(try ExtractionProbe.obligations(sentence).first, "\(sentence)")
      #expect(obligation.bearer?.parties == parties, "\(sentence)")
    }
  }

  @Test func pronounsAndLabelsResolveWithinTheProvision() throws {
    let pronoun = try ExtractionProbe.obligations(
      "Where a cluster covers more than one council area, it must consult each council.")
    #expect(pronoun.first?.bearer?.parties == ["cluster"])
    let label = try ExtractionProbe.obligations(
      "A person (“A”) who holds the record must give a copy to the carer. A must do so within 28 days.")
    #expect(label.last?.bearer?.parties == ["person"])
    #expect(label.last?.timing.map(\.text) == ["within 28 days"])
  }

  @Test func beneficiaryIsRecorded() throws {
    let obligation = try #require(
      try ExtractionProbe.obligations("The local authority must provide information to the carer.").first)
    #expect(obligation.beneficiary?.parties == ["carer"])
    #expect(obligation.action == "provide information to the carer")
  }

  @Test func sharedSubjectCarriesAcrossClauses() throws {
    let obligations = try ExtractionProbe.obligations(
      "The council must assess the needs of the carer and may charge for the service.")
    #expect(obligations.map(\.kind) == [.duty, .permission])
    #expect(obligations.map { $0.bearer?.parties ?? [] } == [["council"], ["council"]])
  }

  @Test func recommendedThatNamesTheBearerAfterThat() throws {
    let obligation = try #require(
      try ExtractionProbe.obligations("It is recommended that each council appoint a lead officer.").first)
    #expect(obligation.kind == .recommendation)
    #expect(obligation.bearer?.parties == ["council"])
    #expect(obligation.action == "appoint a lead officer")
  }

  @Test func wrapUpAfterAListKeepsTheLeadInBearer() throws {
    let text =
      "A local authority must—\n(a) assess the needs of carers;\n(b) publish a summary,\nand may charge for copies of the summary.\n"
    let obligations = try ExtractionProbe.obligations(text)
    #expect(obligations.map(\.kind) == [.duty, .duty, .permission])
    #expect(obligations.allSatisfy { $0.bearer?.parties == ["local authority"] })
    #expect(
      obligations.map(\.action) == [
        "assess the needs of carers", "publish a summary", "charge for copies of the summary",
      ])
  }

  /// An item whose action a clause of its own follows keeps the lead-in's obligation for the action;
  /// the clause gives its own, of the party it names ("except that the Warden may…", "but the Clerk
  /// need not…") or of the body a "which" follows.
  @Test func anItemWithAClauseOfItsOwnKeepsTheLeadInsObligation() throws {
    let text = """
      The Warden shall—
      (a) inspect each hostel once a year;
      (b) lend equipment to volunteer groups, except that the Warden may refuse a loan if the group has no insurance;
      (c) notify the parish council, which must reply within 14 days.

      The duties of the Clerk are—
      (a) to keep the minutes; and
      (b) to circulate the minutes, but the Clerk need not circulate private items.
      """
    let found = try ExtractionProbe.obligations(text).map {
      "\($0.kind.rawValue) | \($0.bearer?.parties.joined(separator: "+") ?? "-") | \($0.action)"
    }
    #expect(
      found == [
        "duty | Warden | inspect each hostel once a year",
        "duty | Warden | lend equipment to volunteer groups",
        "permission | Warden | refuse a loan", "duty | Warden | notify the parish council",
        "duty | parish council | reply", "duty | Clerk | keep the minutes",
        "duty | Clerk | circulate the minutes",
        "exemption | Clerk | circulate private items",
      ])
  }

  @Test func aRelativeClauseAfterAnObjectBindsTheObject() throws {
    let obligation = try #require(
      try ExtractionProbe.obligations(
        "The Warden shall notify the parish council, which must reply promptly."
      )
      .last)
    #expect(obligation.bearer?.parties == ["parish council"])
    // A "which" that may stand for the thing: after a preposition, or before a verb things do.
    for text in [
      "The employer must give a written notice to the union, which must set out the reasons.",
      "The employer must notify the union, which must state its view.",
    ] {
      #expect(try ExtractionProbe.obligations(text).last?.bearer?.parties != ["union"], "\(text)")
    }
  }

  /// The agent of a participle inside the subject or the object does not act: the equipment is
  /// returned to its supplier; the guidance's author has no duty to have regard to it.
  @Test func anAgentThatReceivesTheActOrQualifiesItsObjectIsNotTheBearer() throws {
    let found = try ExtractionProbe.obligations(
      """
      Any kit supplied by the Employer must be returned to the Employer.

      Regard must be had to any code published by the Regulator.

      Every form completed by the Applicant must be signed.

      Forms completed by the Applicant must be sent to the Applicant's doctor.
      """)
    #expect(found.map { $0.bearer?.parties ?? [] } == [[], [], ["Applicant"], ["Applicant"]])
  }

  /// "N or more" counts the party; it is no second party.
  @Test func aQuantityIsNoSecondParty() throws {
    let found = try ExtractionProbe.obligations(
      "A duty to file a return applies to each charity with 10 or more trustees.\n\n"
        + "The Minister shall make grants to 3 or more universities.")
    #expect(found.map { $0.bearer?.parties ?? [] } == [["charity"], ["Minister"]])
    #expect(found.last?.beneficiary?.parties == ["university"])
  }

  @Test func headBeforeOfDecidesTheActor() throws {
    let obligation = try #require(
      try ExtractionProbe.obligations(
        "Providers of online platforms shall publish their terms and conditions."
      ).first)
    #expect(obligation.form == .active)
    #expect(obligation.bearer?.parties == ["provider of online platforms"])
  }

  @Test func headBeforeAPostModifierDecidesTheActor() throws {
    let obligations = try ExtractionProbe.obligations(
      """
      The information concerning significant branches specified in Article 6 shall have a reference date.

      The officials authorised by the Commission shall be empowered to enter premises.
      """)
    #expect(obligations.count == 2)
    #expect(obligations[0].form == .state && obligations[0].bearer == nil)
    #expect(
      obligations[1].kind == .permission && obligations[1].bearer?.text.hasPrefix("The officials") == true)
  }

  @Test func aNamedFundOrProgrammeIsAThing() throws {
    let obligations = try ExtractionProbe.obligations(
      "The Urban Development Fund shall take the form of a loan fund.\n\nThe Health Programme shall support projects.\n"
    )
    #expect(obligations.count == 2)
    #expect(obligations.allSatisfy { $0.bearer == nil && $0.form == .state })
  }

  @Test func aNamedRoleOrPolicyOfTheReaderIsAThing() throws {
    let obligations = try ExtractionProbe.obligations(
      "Your Deploy Role must name the branch.\n\nThe Access Policy must list each user.\n")
    #expect(obligations.count == 2)
    #expect(obligations.allSatisfy { $0.bearer == nil && $0.form == .state })
  }

  @Test func theAgentOfANestedParticipleIsNotTheBearer() throws {
    let obligations = try ExtractionProbe.obligations(
      """
      Each opinion shall be transmitted to a representative designated by the President.

      It shall be effected by classifying the staff in the next grade.

      The projects to be financed by the Union shall support research.

      The report shall be published by the Commission.
      """)
    #expect(obligations.count == 4)
    #expect(obligations[0..<3].allSatisfy { $0.bearer == nil })
    #expect(obligations[3].bearer?.parties == ["Commission"])
  }

  @Test func aPronounRefersToAPartyNotToAConjunction() throws {
    let obligation = try #require(
      try ExtractionProbe.obligations(
        "Whenever Tenant proposes to do any construction work, it shall first furnish to Landlord plans and drawings."
      ).first)
    #expect(obligation.bearer?.text == "it")
    #expect(obligation.bearer?.parties == ["tenant"])
    #expect(obligation.beneficiary?.parties == ["landlord"])
  }

  /// A pronoun after a leading condition stands for the condition's subject, not for the bearer of
  /// the sentence before; a compound noun and a pair joined by "and" come whole.
  @Test func aPronounAfterALeadingConditionIsItsSubject() throws {
    let obligations = try ExtractionProbe.obligations(
      "The board must publish a plan. If a care provider runs several homes, they should register each home. "
        + "Where a council and a trust agree, they may appoint a joint officer.")
    #expect(obligations.count == 3)
    #expect(obligations[1].bearer?.parties == ["care provider"])
    #expect(obligations[2].bearer?.parties == ["council", "trust"])
  }

  /// A pronoun that starts a paragraph stands for the bearer of the paragraph before.
  @Test func aPronounStartingAParagraphTakesTheBearerBefore() throws {
    let text =
      "# 3\n\n3.1 Trusts and councils must share the plan.\n\n3.2 They may appoint a joint officer.\n"
    let obligations = try ExtractionProbe.obligations(text, format: .markdown)
    #expect(obligations.count == 2)
    #expect(obligations.last?.bearer?.parties == ["trust", "council"])
  }

  @Test func theLongestPronounPhraseTakesThePreviousBearer() throws {
    let obligations = try ExtractionProbe.obligations(
      "The council must publish a plan. It or they must also consult the board.")
    #expect(obligations.count == 2)
    #expect(obligations.last?.bearer?.text == "It or they")
    #expect(obligations.last?.bearer?.parties == ["council"])
  }

  /// Sentences a review found the agent, head-noun and beneficiary rules getting wrong.
  @Test(arguments: [
    ("The work must be carried out by Ealing Council.", ["Ealing Council"]),
    ("The form must be completed in full and signed by the registered manager.", ["registered manager"]),
    ("Records must be kept by nursing staff.", ["nursing staff"]),
    ("Each Integrated Care System must publish a plan.", ["Integrated Care System"]),
    ("The former shall indemnify the Landlord.", ["former"]),
    ("Staff employed by the trust must complete the training.", ["staff"]),
  ])
  func bearerOfOrdinarySentences(_ sample: (String, [String])) throws {
    try expectFirstBearer(sample)
  }

  /// The first obligation of `sample.0` has the bearer parties `sample.1`.
  func expectFirstBearer(_ sample: (String, [String])) throws {
    let obligation = try #require(try ExtractionProbe.obligations(sample.0).first)
    #expect(obligation.bearer?.parties == sample.1)
  }

  @Test func aVerbOrAPossessiveIsNotABeneficiary() throws {
    let obligations = try ExtractionProbe.obligations(
      "Providers must make arrangements to deliver care at home.\n\nEach council must contribute to the "
        + "council's pooled budget.\n")
    #expect(obligations.count == 2)
    #expect(obligations.allSatisfy { $0.beneficiary == nil })
  }

  @Test func aConjunctStartingWithAPrepositionIsNotAParty() throws {
    let obligations = try ExtractionProbe.obligations(
      """
      Credit institutions established in the Union or under its supervision shall report their exposures.

      Operators of ports and of airports shall keep a register of incidents.
      """)
    #expect(obligations.count == 2)
    #expect(obligations[0].bearer?.parties == ["credit institution"])
    #expect(obligations[1].bearer?.parties == ["operator of ports", "operator of airports"])
  }

  @Test(arguments: [
    ("Member States participating in the programme shall designate a contact point.", ["Member State"]),
    ("Any third party demonstrating a legitimate interest may request access to the file.", ["third party"]),
    ("Operators running ferry services shall keep passenger lists.", ["operator"]),
    ("The contracting authority shall publish a notice.", ["contracting authority"]),
    ("The receiving party shall return the documents.", ["receiving party"]),
    ("Reading Borough Council must publish a plan.", ["Reading Borough Council"]),
    ("The work must be approved by the Building Society.", ["Building Society"]),
    ("The relevant undertaking shall notify the authority.", ["relevant undertaking"]),
  ])
  func anIngParticipleAfterTheHeadEndsThePartyName(_ sample: (String, [String])) throws {
    try expectFirstBearer(sample)
  }

  @Test(arguments: [
    ("EWRS", "EWRS"), ("GNSS", "GNSS"), ("PCTs", "PCT"), ("CCGs", "CCG"), ("TENANTS", "TENANT"),
    ("AUTHORITIES", "AUTHORITY"), ("authorities", "authority"),
  ])
  func anAllCapitalWordIsAnAcronymNotAPlural(_ sample: (String, String)) {
    #expect(PartyLexicon.singularize(sample.0) == sample.1)
  }

  @Test func anAcronymEndingInSKeepsItsLetter() throws {
    let obligation = try #require(
      try ExtractionProbe.obligations("The CIPS shall notify the members of the assessment.").first)
    #expect(obligation.bearer?.parties == ["CIPS"])
  }

  @Test func aMeasureOrAnInstrumentEndingLikeAnAgentIsAThing() throws {
    let obligations = try ExtractionProbe.obligations(
      """
      The cable diameter shall not exceed 12 mm.

      The bank guarantee shall cover the full amount of the advance.

      The inspector shall not exceed the time allowed.
      """)
    #expect(obligations.count == 3)
    #expect(obligations[0].bearer == nil && obligations[1].bearer == nil)
    #expect(obligations[2].bearer?.parties == ["inspector"])
    #expect(!PartyLexicon.isActorHead("perimeter") && !PartyLexicon.isActorHead("thermometers"))
  }

  @Test func aVerbEndingLikeAnAgentNounNamesNoParty() throws {
    let obligations = try ExtractionProbe.obligations(
      """
      Where the scheme confers new tasks on NSIs, they shall publish a plan.

      The Administrator shall continue to administer the programme.
      """)
    // The pronoun's antecedent is the plural acronym, not "the scheme confers".
    #expect(obligations[0].bearer?.parties == ["NSI"])
    #expect(obligations[1].beneficiary == nil)
    #expect(!PartyLexicon.isActorHead("confers") && !PartyLexicon.isActorHead("administer"))
    #expect(PartyLexicon.isActorHead("administrator"))
  }

  @Test func partyNamesAreReadOncePerDocumentAndStayTheSame() {
    let cache = PartyNameCache(acronyms: ["PCT": "primary care trust"])
    let phrases = ["The PCTs and councils", "Each council in area 7", "the Secretary of State"]
    for phrase in phrases + phrases {
      #expect(cache.parties(of: phrase) == PartyLexicon.parties(of: phrase, acronyms: cache.acronyms))
    }
    // Past its capacity the cache starts again rather than growing without bound.
    for number in 0...PartyNameCache.capacity { _ = cache.parties(of: "council \(number)") }
    #expect(cache.count > 0 && cache.count < 10)
    #expect(cache.parties(of: "The PCTs and councils") == ["primary care trust", "council"])
    // Whether a party is an actor is decided once for each party.
    var decisions = 0
    let council = Party(text: "the council", parties: ["council"])
    for _ in 0..<3 {
      #expect(
        cache.isActor(council) {
          decisions += 1; return true
        })
    }
    #expect(decisions == 1)
  }

  @Test func listLabelsInBracketsDefineNoAcronym() {
    #expect(!AcronymTable.mayDefine("(A) the Secretary shall (B)(i) publish, and (C) report."))
    #expect(!AcronymTable.mayDefine("subsection (b) or (Z) and (a1)"))
    #expect(AcronymTable.mayDefine("primary care trusts (PCTs)"))
    #expect(AcronymTable.mayDefine("the Care Quality Commission (\"CQC\")"))
    #expect(AcronymTable.mayDefine("l’Union européenne (UÉ)"))
    #expect(
      AcronymTable.build(from: ["(A) The primary care trusts (PCTs) must act.", "(B) Each (C) council."])
        == ["PCT": "primary care trust"])
  }
}
