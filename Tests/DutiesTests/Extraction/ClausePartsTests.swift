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
    ("The board must publish a report annually.", "annually", Timing.Kind.frequency),
    ("The board must review the plan every three years.", "every three years", .frequency),
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

  @Test func abbreviationsDoNotEndSentences() throws {
    let text =
      "Under s. 75 of the Act, e.g. for pooled budgets, the PCT must consult the council. No. 3 applies."
    let obligations = try ExtractionProbe.obligations(text)
    #expect(obligations.count == 1)
    #expect(obligations[0].sentence.hasPrefix("Under s. 75 of the Act, e.g. for pooled budgets"))
  }
}
