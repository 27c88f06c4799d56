import Duties
import DutiesTestSupport
import Testing

@Suite struct NamesTests {
  @Test func enumerationsDescribeThemselvesByTheirCommandLineNames() {
    #expect("\(ObligationKind.haveRegard)" == "have-regard")
    #expect("\(ObligationKind.adviceAgainst)" == "advice-against")
    #expect("\(ObligationChange.Kind.bearerChanged)" == "bearer-changed")
    #expect("\(Condition.Kind.providedThat)" == "provided-that")
    #expect("\(ChangeReview.Status.waiverExpired)" == "waiver-expired")
    #expect("\(ReviewDecision.Verdict.needsAction)" == "needs-action")
    #expect("\(DocumentFormat.markdown)" == "markdown")
    for kind in ObligationKind.allCases { #expect(kind.description == kind.rawValue) }
  }

  @Test func anObligationSaysWhetherItBinds() throws {
    let obligations = try ExtractionProbe.obligations(
      "The council must publish a plan. The council may charge fees.")
    #expect(obligations.map(\.isBinding) == [true, false])
  }
}
