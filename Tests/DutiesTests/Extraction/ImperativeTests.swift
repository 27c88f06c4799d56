import Duties
import DutiesTestSupport
import Testing

/// Instructions to the reader: after a fronted clause, narrowed by "only", and inside a lead-in's list.
@Suite struct ImperativeTests {
  @Test(arguments: [
    ("If the service stores personal data, encrypt it at rest.", ObligationKind.duty, "encrypt it at rest"),
    ("Where practicable, use a shared inbox.", .duty, "use a shared inbox"),
    ("When you leave the team, tell your manager.", .duty, "tell your manager"),
    ("To reduce delays, submit the form online.", .duty, "submit the form online"),
    ("If so, consider a joint assessment.", .recommendation, "consider a joint assessment"),
    ("If the form is late, do not charge a fee.", .prohibition, "charge a fee"),
    ("If your team (for example, a small one) has no lead, ask the board.", .duty, "ask the board"),
  ])
  func afterAFrontedClause(_ sample: (String, ObligationKind, String)) throws {
    let obligation = try #require(try ExtractionProbe.obligations(sample.0).first)
    #expect(obligation.kind == sample.1)
    #expect(obligation.action == sample.2)
    #expect(obligation.form == .imperative)
    #expect(obligation.bearer?.parties == ["reader"])
    // A purpose ("To reduce delays, …") is not a condition; "If…", "Where…", "When…" are.
    if !sample.0.hasPrefix("To ") {
      #expect(obligation.conditions.first.map { sample.0.hasPrefix($0.text) } == true)
    }
  }

  @Test func onlyNarrowsTheAction() throws {
    let obligation = try #require(
      try ExtractionProbe.obligations("Only check names against the register.").first)
    #expect(obligation.kind == .duty)
    #expect(obligation.action == "Only check names against the register")
  }

  @Test func aPreferenceIsAdvice() throws {
    let obligation = try #require(
      try ExtractionProbe.obligations("Use short-lived tokens in preference to storing passwords.").first)
    #expect(obligation.kind == .recommendation)
    #expect(obligation.form == .imperative)
  }

  /// "Stop sending paper forms" forbids sending them: a prohibition, as "Do not send paper forms" is, so
  /// that a revision between the two is wording.
  @Test(arguments: [
    ("Stop sending paper forms to applicants.", "sending paper forms to applicants"),
    ("Cease sharing passwords with contractors.", "sharing passwords with contractors"),
  ])
  func stoppingIsAProhibition(_ sample: (String, String)) throws {
    let obligation = try #require(try ExtractionProbe.obligations(sample.0).first)
    #expect(obligation.kind == .prohibition)
    #expect(obligation.action == sample.1)
    #expect(obligation.form == .imperative)
  }

  /// "The authority shall— (a) Publish…; (b) to the extent practicable, use…": each item is the
  /// authority's duty, not an instruction to the reader.
  @Test func listItemsContinueTheLeadIn() throws {
    let text = """
      # 5 Plans

      (1) The authority shall—

      - (a) Publish a plan each year; and
      - (b) to the extent practicable, use local suppliers.

      (2) It shall be the duty of the board to—

      - (a) Consult residents before it decides; and
      - (b) publish its decisions.
      """
    let obligations = try ExtractionProbe.obligations(text, format: .markdown)
    #expect(obligations.count == 4)
    #expect(obligations.allSatisfy { $0.form != .imperative })
    #expect(
      obligations.map { $0.bearer?.parties ?? [] } == [["authority"], ["authority"], ["board"], ["board"]])
  }

  /// A requirement stated in the present tense among instructions is a requirement on the thing it
  /// names; the same words outside such a list describe.
  @Test func aRequirementStatedAmongInstructions() throws {
    let list = """
      # Code

      1. Ensure each service has an owner.
      2. All new or redesigned kiosks, both public and for internal use, meet the Access Standard.
      3. Every new form follows the Style Guide.
      """
    let all = try ExtractionProbe.obligations(list, format: .markdown)
    #expect(all.count == 3)
    let kiosks = try #require(all.dropFirst().first)
    #expect(kiosks.kind == .duty)
    #expect(kiosks.form == .state)
    #expect(kiosks.bearer == nil)
    #expect(
      kiosks.action
        == "all new or redesigned kiosks, both public and for internal use to meet the Access Standard")
    #expect(kiosks.trigger.text == "meet")
    #expect(all.last?.action == "every new form to follow the Style Guide")
    #expect(all.last?.subject == "every new form")
    let described = try ExtractionProbe.obligations("All new kiosks meet the Access Standard.")
    #expect(described.isEmpty)
  }

  /// Among instructions, what things do ("All requests create an entry") is a description: only a
  /// requirement's verbs (adopt, meet, follow, comply…) state one.
  @Test func whatThingsDoAmongInstructionsDescribes() throws {
    let list = """
      # Code

      1. Ensure each service has an owner.
      2. All requests create an entry in the audit log.
      3. Each service complies with the Code.
      """
    let all = try ExtractionProbe.obligations(list, format: .markdown)
    #expect(
      all.map(\.action) == ["Ensure each service has an owner", "each service to comply with the Code"])
  }
}
