import Duties
import DutiesTestSupport
import Testing

@Suite struct ClausePartsTests {
  @Test func conditionsTimingAndReferences() throws {
    let text =
      "Unless the council agrees otherwise, a PCT must review each agreement made under section 75 of the National Health Service Act 2006 by 31 March 2012 if the cluster board asks it to."
    let obligation = try #require(try ExtractionProbe.obligations(text).first)
    #expect(obligation.conditions.map(\.kind) == [.unless, .if])
    #expect(obligation.conditions.first?.text == "Unless the council agrees otherwise")
    #expect(obligation.timing.map(\.text) == ["by 31 March 2012"])
    #expect(obligation.timing.first?.kind == .deadline)
    #expect(obligation.references == ["section 75 of the National Health Service Act 2006"])
    #expect(
      obligation.action
        == "review each agreement made under section 75 of the National Health Service Act 2006")
  }

  @Test(arguments: [
    (
      "The certificate should include a name if possible as a baseline for interoperability.", "if possible",
      "the certificate to include a name as a baseline for interoperability"
    ),
    (
      "The council must publish the plan where reasonably practicable on its website.",
      "where reasonably practicable", "publish the plan on its website"
    ),
    (
      "The trust may share records where necessary to protect a child.", "where necessary to protect a child",
      "share records"
    ),
    (
      "The trust may build housing where necessary and justified for its staff.",
      "where necessary and justified for its staff", "build housing"
    ),
    (
      "Clients should check the names where appropriate for the protocol (e.g., URIs and service names).",
      "where appropriate for the protocol", "check the names"
    ),
    // An adjective before its noun is the noun's; an aside runs to its closing comma.
    (
      "The council must refuse the application if necessary documents are missing.",
      "if necessary documents are missing", "refuse the application"
    ),
    (
      "The Secretary of State may, if possible within 28 days, publish the report.", "if possible",
      "publish the report"
    ),
  ])
  func aOneWordConditionEndsAtItsAdjective(sentence: String, condition: String, action: String) throws {
    let obligation = try #require(try ExtractionProbe.obligations(sentence).first)
    #expect(obligation.conditions.map(\.text) == [condition])
    #expect(obligation.action == action)
  }

  /// Examples inside a condition are passed over; examples after it end it.
  @Test func examplesInsideAConditionDoNotEndIt() throws {
    let limited = try #require(
      try ExtractionProbe.obligations(
        "If a provider offering several services (e.g., mail and chat) wishes to limit its licences, it should ask for more."
      ).first)
    #expect(
      limited.conditions.map(\.text) == [
        "If a provider offering several services (e.g., mail and chat) wishes to limit its licences"
      ])
    #expect(limited.action == "ask for more")
    let checked = try #require(
      try ExtractionProbe.obligations("The council must check the names where appropriate (e.g., for mail).")
        .first)
    #expect(checked.conditions.map(\.text) == ["where appropriate"])
  }

  @Test func notSubjectToIsNoCondition() throws {
    let obligation = try #require(
      try ExtractionProbe.obligations("The data must include only values that are not subject to change.")
        .first)
    #expect(obligation.conditions.isEmpty)
    #expect(obligation.action == "the data to include only values that are not subject to change")
  }

  @Test(arguments: [
    ("The board must publish a report annually.", "annually", Timing.Kind.frequency),
    ("The board must review the plan every three years.", "every three years", .frequency),
    (
      "The board should refresh the plan at least every three years.", "at least every three years",
      .frequency
    ),
    ("The board must meet at least quarterly.", "at least quarterly", .frequency),
    ("The council shall inspect the depot on each working day.", "on each working day", .frequency),
    ("The club must file accounts in every calendar quarter.", "in every calendar quarter", .frequency),
    (
      "The trust must reply within 28 days of receiving the request.",
      "within 28 days of receiving the request", .deadline
    ),
    ("From April 2007 PCTs must publish joint plans.", "From April 2007", .start),
    (
      "The council must act before the end of the financial year.", "before the end of the financial year",
      .deadline
    ),
  ])
  func timing(_ sample: (String, String, Timing.Kind)) throws {
    let obligation = try #require(try ExtractionProbe.obligations(sample.0).first)
    #expect(obligation.timing.map(\.text) == [sample.1])
    #expect(obligation.timing.first?.kind == sample.2)
  }

  /// The preposition before a frequency goes with it: the action does not end in "on".
  @Test func aFrequencyTakesItsPreposition() throws {
    let obligation = try #require(
      try ExtractionProbe.obligations("The council shall inspect the depot on each working day.").first)
    #expect(obligation.action == "inspect the depot")
  }

  @Test func abbreviationsDoNotEndSentences() throws {
    let text =
      "Under s. 75 of the Act, e.g. for pooled budgets, the PCT must consult the council. No. 3 applies."
    let obligations = try ExtractionProbe.obligations(text)
    #expect(obligations.count == 1)
    #expect(obligations[0].sentence.hasPrefix("Under s. 75 of the Act, e.g. for pooled budgets"))
  }
}
