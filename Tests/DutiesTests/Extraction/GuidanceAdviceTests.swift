import DutiesTestSupport
import Testing

@testable import Duties

/// How guidance states what the reader must, should and need not do besides modals (issue #24):
/// "need to", "it is good practice to", "we advise against", and instructions
/// that open with verbs of procurement and delivery.
@Suite struct GuidanceAdviceTests {
  func found(_ text: String) throws -> [String] {
    try ExtractionProbe.obligations(text).map { obligation in
      "\(obligation.kind.rawValue) | \(obligation.bearer.map { $0.implicit ? "reader" : $0.text } ?? "-") | \(obligation.action)"
    }
  }

  @Test(arguments: [
    ("Councils need to publish their registers.", "duty | Councils | publish their registers"),
    ("You do not need to tell us about minor changes.", "exemption | You | tell us about minor changes"),
    ("The board doesn't need to approve each grant.", "exemption | The board | approve each grant"),
  ])
  func needTo(text: String, expected: String) throws {
    #expect(try found(text) == [expected])
  }

  @Test(arguments: [
    "There is a need to act quickly.",
    "This guide sets out everything you need to know about grants.",
    "If you need to share a workflow, the template guidance explains how.",
    "Teams get the data they need to do their job.",
  ])
  func aNeedThatIsNotADuty(text: String) throws {
    #expect(try found(text).isEmpty)
  }

  @Test func adviceWithAnExpletiveOrFromTheAuthor() throws {
    #expect(
      try found("It is good practice to rotate keys every year.").first?.hasPrefix("recommendation |") == true
    )
    #expect(
      try found("It's important to test the service with real users.").first?.hasPrefix("recommendation |")
        == true)
    #expect(
      try found("We advise against storing passwords in plain text.").first?.hasPrefix("advice-against |")
        == true)
  }

  @Test(arguments: [
    "Demonstrate value for money in your business case.", "Purchase hosting through the framework.",
    "Adhere to the records management guidance.", "Implement effective procedures for managing information.",
  ])
  func instructionsThatOpenWithAVerb(text: String) throws {
    #expect(try found(text).first?.hasPrefix("duty | reader |") == true)
  }
}
