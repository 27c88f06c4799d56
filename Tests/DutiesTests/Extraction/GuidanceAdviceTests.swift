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
    ("All staff need to complete training.", "duty | All staff | complete training"),
    (
      "Staff who handle personal data need to lock their screens.",
      "duty | Staff who handle personal data | lock their screens"
    ),
    ("You do not need to tell us about minor changes.", "exemption | You | tell us about minor changes"),
    ("The board doesn't need to approve each grant.", "exemption | The board | approve each grant"),
    (
      "Councils do not need the approval of the Department before entering into such arrangements.",
      "exemption | Councils | the approval of the Department before entering into such arrangements"
    ),
    ("You don't need a licence to sell honey.", "exemption | You | a licence to sell honey"),
    (
      "The tenant does not need the landlord's consent to sublet a room.",
      "exemption | The tenant | the landlord's consent to sublet a room"
    ),
  ])
  func needTo(text: String, expected: String) throws {
    #expect(try found(text) == [expected])
  }

  @Test(arguments: [
    "There is a need to act quickly.",
    "This guide sets out everything you need to know about grants.",
    "If you need to share a workflow, the template guidance explains how.",
    "Teams get the data they need to do their job.",
    "Councils do not need more money.",
    "The list shows everything you do not need a licence for.",
    "The product does not need a certificate.",
  ])
  func aNeedThatIsNotADuty(text: String) throws {
    #expect(try found(text).isEmpty)
  }

  /// A list written inline with bare markers ("should: a) …; and b) …") is the action, not cut at the colon.
  @Test func anInlineListWithBareMarkersIsTheAction() throws {
    let found = try ExtractionProbe.obligations(
      "Councils should: a) give great weight to schools; and b) work with promoters to resolve issues.")
    #expect(found.count == 1)
    #expect(
      found.first?.action.hasPrefix("a) give great weight to schools; and b) work with promoters") == true)
    // A range is no list, so the action does not run on past its semicolon.
    let range = try ExtractionProbe.obligations(
      "The council must offer funded places to children (ages 3–4) if their parents are eligible; this "
        + "applies to all providers in the area.")
    #expect(range.first.map { !$0.action.contains("this applies") } == true)
  }

  /// A lead-in that ends in "by" names its means in its list: each item is one obligation, the
  /// lead-in completed by the item ("Ensure the records are safe by locking the cabinets").
  @Test func eachMeansAfterByIsAnObligation() throws {
    let text = """
      # Records

      Ensure the records are kept safe by:

      - locking the cabinets each night
      - setting passwords on all files

      The council must reduce waste by—

      (a) recycling paper, and

      (b) composting food.
      """
    let listed = try ExtractionProbe.obligations(text).map {
      "\($0.kind.rawValue) | \($0.bearer.map { $0.implicit ? "reader" : $0.text } ?? "-") | \($0.action)"
    }
    #expect(
      listed == [
        "duty | reader | Ensure the records are kept safe by locking the cabinets each night",
        "duty | reader | Ensure the records are kept safe by setting passwords on all files",
        "duty | The council | reduce waste by recycling paper",
        "duty | The council | reduce waste by composting food",
      ])
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

  @Test func adviceToKnowOrRememberIsNoAdvice() throws {
    #expect(try found("When deploying, it is important to keep these distinctions in mind.").isEmpty)
    #expect(try found("It is important to note that the form has changed.").isEmpty)
    // "in mind" after another verb is still something to do.
    #expect(try found("It is important to design the service with accessibility in mind.").count == 1)
  }

  @Test(arguments: [
    "Demonstrate value for money in your business case.", "Purchase hosting through the framework.",
    "Adhere to the records management guidance.", "Implement effective procedures for managing information.",
  ])
  func instructionsThatOpenWithAVerb(text: String) throws {
    #expect(try found(text).first?.hasPrefix("duty | reader |") == true)
  }
}

extension GuidanceAdviceTests {
  @Test(arguments: [
    ("If you have any doubt please contact the service desk.", "duty | reader | contact the service desk"),
    ("Please submit one signed copy.", "duty | reader | submit one signed copy"),
    (
      "Objectively evaluate the public cloud options first.",
      "duty | reader | Objectively evaluate the public cloud options first"
    ),
    (
      "Identify and acquire capabilities rather than infrastructure.",
      "duty | reader | Identify and acquire capabilities rather than infrastructure"
    ),
    (
      "At present we advise against allowing suppliers to end encrypted connections.",
      "advice-against | reader | allowing suppliers to end encrypted connections"
    ),
  ])
  func moreWaysOfInstructing(text: String, expected: String) throws {
    #expect(try found(text) == [expected])
  }

  @Test(arguments: [
    "Please note that comments will be published.", "Reuse includes the use of existing services.",
    "Weekly reports are published on the website.", "Quarterly review of the register is carried out.",
    "If the Secretary determines that it is important to the national interest, the fee is waived.",
  ])
  func notInstructions(text: String) throws {
    #expect(try found(text).isEmpty)
  }
}

/// Powers, and what a statute says is not forbidden (issue #24): permissions of the party named.
@Suite struct PowerAndLawfulnessTests {
  @Test(arguments: [
    ("The Secretary of State has power to make grants.", "permission | Secretary of State | make grants"),
    ("The Board has the power to direct a trust.", "permission | Board | direct a trust"),
    ("It is lawful for the council to charge a fee.", "permission | council | charge a fee"),
    ("It is not a contravention for a provider to share the data.", "permission | provider | share the data"),
  ])
  func permissions(text: String, expected: String) throws {
    let found = try ExtractionProbe.obligations(text).map {
      "\($0.kind.rawValue) | \($0.bearer?.parties.joined(separator: ", ") ?? "-") | \($0.action)"
    }
    #expect(found == [expected])
  }

  @Test func aPowerWithNoPartyNamedIsNone() throws {
    #expect(
      try ExtractionProbe.obligations("We also need to ensure local teams have the power to take decisions.")
        .isEmpty)
  }
}
