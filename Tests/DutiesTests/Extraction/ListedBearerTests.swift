import Testing

@testable import Duties

/// Bearers named by pointing at a list ("Each of the bodies listed in subsection (2) must…"): the
/// list's bodies are the parties bound, a body put into or taken out of the list changes the duty's
/// bearers, and each body bears the duty alone (issue #22, "Who is bound by a list").
@Suite struct ListedBearerTests {
  static func act(_ bodies: [String]) -> String {
    """
    2 Duty to have regard to the Code

    (1) Each of the bodies listed in subsection (2) must, in performing its functions, have regard to the Code.

    (2) The bodies are—

    \(bodies.enumerated().map { "(\(["a", "b", "c", "ca", "cb", "d"][$0.offset])) \($0.element)" }.joined(separator: "\n\n"))

    (3) The Secretary of State must publish the Code.
    """
  }

  func obligations(_ text: String) throws -> [Obligation] {
    ObligationExtractor().extract(from: try DocumentReader().read(string: text, path: "act.txt"))
  }

  @Test func theListNamesTheBodiesBound() throws {
    let all = try obligations(
      Self.act([
        ". . . . . . . .", "clinical commissioning groups;",
        "local authorities (within the meaning of section 2B of the 2006 Act);",
        "the National Institute for Health and Care Excellence;", "Special Health Authorities;", "Monitor.",
      ]))
    let duty = try #require(all.first { $0.section == "2 › (1)" })
    #expect(duty.bearer?.text == "Each of the bodies listed in subsection (2)")
    #expect(duty.bearer?.parties == ["body"])
    #expect(
      duty.bearer?.listed == [
        "clinical commissioning group", "local authority",
        "National Institute for Health and Care Excellence",
        "Special Health Authority", "Monitor",
      ])
    #expect(duty.bearer?.names == "Each of the bodies listed in subsection (2)")
    // A bearer named outright has no list.
    #expect(all.first { $0.section == "2 › (3)" }?.bearer?.listed == nil)
  }

  /// "Each of the councils" is the councils, as "Each council" is.
  @Test(arguments: ["Each of the councils", "Any of the councils", "Each council"])
  func aQuantifierTakesItsParty(_ subject: String) throws {
    let all = try obligations("\(subject) must publish a report.")
    #expect(all.first?.bearer?.parties == ["council"])
  }

  @Test func aBodyPutIntoTheListChangesTheBearers() throws {
    let reader = DocumentReader()
    let old = try reader.read(
      string: Self.act(["Strategic Health Authorities;", "clinical commissioning groups;", "Monitor."]),
      path: "old.txt")
    let new = try reader.read(
      string: Self.act(["clinical commissioning groups;", "Monitor;", "Health Education England."]),
      path: "new.txt")
    let comparison = RevisionDiffer().compare(old: old, new: new)
    let change = try #require(comparison.realChanges.first { $0.new?.section == "2 › (1)" })
    #expect(change.change == .bearerChanged)
    let lines = ComparisonBriefing.details(change)
    #expect(lines.contains("bearers added: Health Education England"))
    #expect(lines.contains("bearers removed: Strategic Health Authority"))
    #expect(comparison.realChanges.count == 1)
  }

  @Test func eachBodyOfTheListBearsTheDutyAlone() throws {
    let document = try DocumentReader().read(
      string: Self.act(["clinical commissioning groups;", "Monitor."]), path: "act.txt")
    let register = RegisterBuilder().build([(document, ObligationExtractor().extract(from: document))])
    let monitor = try #require(register.parties.first { $0.party == "Monitor" })
    #expect(monitor.entries.map(\.action) == ["in performing its functions, have regard to the Code"])
    #expect(monitor.entries.allSatisfy { !$0.isJoint })
  }

  /// Only a bearer whose own noun points at a list of that noun takes the list: not a relative
  /// clause's object ("any of the activities listed in subsection (2)") nor another section's list.
  @Test func onlyTheBearersOwnListIsTaken() throws {
    let text = """
      5 Registration

      (1) A person who carries on any of the activities listed in subsection (2) must register.

      (2) The activities are—

      (a) the provision of personal care;

      (b) the management of a care home.

      (3) Each of the persons named in subsection (4) of section 7 must keep records.

      (4) The persons are—

      (a) the Secretary of State;

      (b) local authorities.
      """
    let all = try obligations(text)
    #expect(all.count == 2)
    #expect(all.allSatisfy { $0.bearer?.listed == nil })
    #expect(all.map { $0.bearer?.parties } == [["person"], ["person"]])
  }
}
