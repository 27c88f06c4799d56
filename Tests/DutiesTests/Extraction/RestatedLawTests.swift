import DutiesTestSupport
import Testing

@testable import Duties

/// Requirements written with an adverb inside the trigger ("are also required to"), in the present
/// perfect ("have been required to"), with the agent between the participle and "to" ("are required by
/// section 4 to"), and those that may arise ("may be required to"); and statements of the law already in
/// force ("are already required to"), which a policy paper restates rather than makes.
@Suite struct RestatedLawTests {
  func obligations(_ text: String) throws -> [Obligation] {
    ObligationExtractor().extract(
      from: try DocumentReader().read(string: "# Notes\n\n" + text, path: "notes.md"))
  }

  @Test(arguments: [
    ("Employers are also required to keep a register.", "employer", "keep a register", ObligationKind.duty),
    ("Landlords are now required to fit smoke alarms.", "landlord", "fit smoke alarms", .duty),
    ("The trust is still under a duty to keep records.", "trust", "keep records", .duty),
    (
      "Operators are also not required to publish their fares.", "operator", "publish their fares", .exemption
    ),
    ("Tenants are also entitled to a written statement.", "tenant", "a written statement", .permission),
    ("Councils are required by section 4 to publish accounts.", "council", "publish accounts", .duty),
    (
      "A school may be required to pay a fee to the board where an inspection is repeated.", "school",
      "pay a fee to the board", .duty
    ),
  ])
  func requirementsWithWordsInsideTheTrigger(_ example: (String, String, String, ObligationKind)) throws {
    let found = try obligations(example.0)
    #expect(found.map(\.kind) == [example.3])
    #expect(found.first?.bearer?.parties == [example.1])
    #expect(found.first?.action == example.2)
    #expect(found.first?.restated == nil)
  }

  @Test(arguments: [
    "Councils are already required to publish their accounts.",
    "Since 2004, councils have been required to publish their accounts.",
    "Councils are already required by section 4 of the Audit Act 1998 to publish their accounts.",
    "The Audit Act 1998 already places a duty on councils to publish their accounts.",
  ])
  func theLawAlreadyInForceIsRestated(_ sentence: String) throws {
    let found = try obligations(sentence)
    #expect(found.count == 1)
    #expect(found.first?.bearer?.parties == ["council"])
    #expect(found.first?.restated == true)
    #expect(ObligationsJSON.line(found[0], source: nil).contains(#""restated":true"#))
  }

  /// A policy paper that opens a binding sentence with an enactment ("Under section 4 of the Audit Act
  /// 1998, a council must…") restates it; advice given under an Act ("should … under section 4") and a
  /// duty that only cites one later in the sentence are the paper's own. What a party is to be told
  /// ("tell residents that they are entitled to…") is reported, not granted.
  @Test func aPaperOpeningWithAnEnactmentRestatesIt() throws {
    let paper = """
      # Parks: a green paper

      2.1 Under section 4 of the Parks Act 1998, a council must keep its parks open.

      2.2 Councils should make fuller use of the powers they have under section 5 of the Parks Act 1998.

      2.3 The Parks Act 2010 requires councils to tell residents that they are entitled to a permit.

      2.4 Under our proposals, councils must join the ombudsman established under the Parks Act 2010.

      2.5 Under the Parks (Trees etc.) Act 2012, a council may be required to plant trees.
      """
    let found = try ExtractionProbe.obligations(paper, format: .markdown)
    // 2.3: the Act, named by its year, requires councils to tell; what they tell is reported.
    #expect(found.map(\.kind) == [.duty, .recommendation, .duty, .duty, .duty])
    #expect(found.map(\.restated) == [true, nil, true, nil, true])
    #expect(found.last?.basis == "Parks (Trees etc.) Act 2012")
  }

  /// A paper's duty only to comply with an Act named by its year restates the Act; a duty that does
  /// more, or a statute's own duty to comply, is no restatement.
  @Test func aPapersDutyOnlyToComplyWithAnActRestatesIt() throws {
    let paper = """
      # Parks: a white paper

      3.1 Councils should agree a shared plan, and they must ensure that it complies with the Parks Act 1998.

      3.2 Councils must comply with the Parks Act 1998 and publish a yearly report on it.
      """
    let found = try ExtractionProbe.obligations(paper, format: .markdown)
    #expect(found.map(\.restated) == [nil, true, nil])
    let statute = try ExtractionProbe.obligations("A council must comply with the Parks Act 1998.")
    #expect(statute.map(\.restated) == [nil])
  }

  /// "already" elsewhere in the sentence, in a subject or a condition, restates nothing; a verb such as
  /// "tell" reports only the clause after its object; a relative clause that ended before the trigger,
  /// or "in such case" and "in that case", leaves the trigger binding.
  @Test func onlyTheTriggersOwnWordsRestateOrReport() throws {
    let found = try obligations(
      """
      Providers who already hold a licence must notify the regulator within 28 days.

      If you have already registered, you must update your details.

      Employers must tell staff about the change and must keep a record.

      The board to which the application is made has a duty to decide it within 8 weeks.

      In such case the landlord is required to repay the deposit.

      In that case the tenant must return the keys.
      """)
    #expect(found.map(\.kind) == [.duty, .duty, .duty, .duty, .duty, .duty, .duty])
    #expect(found.allSatisfy { $0.restated == nil })
    #expect(found.map(\.action).contains("keep a record"))
    #expect(found.map(\.action).contains("repay the deposit"))
    #expect(found.map(\.action).contains("return the keys"))
  }

  /// A provision that puts a duty on its object ("Section 12 requires housing authorities to…") binds
  /// the object; an enactment named by its year, or "already", restates the law. A thing as the object ("requires planning
  /// permission to be obtained"), a subject that is no provision ("The job requires staff to…") and a
  /// "that" clause bind no one this way.
  @Test func aProvisionRequiringItsObjectBindsTheObject() throws {
    let found = try obligations(
      """
      Section 12 of the Housing Act 1996 requires housing authorities and health boards to work together.

      Section 4 already requires councils to publish accounts.

      Section 5 requires planning permission to be obtained.

      The job requires staff to work nights.

      Regulation 3 requires that the form is signed.
      """)
    #expect(found.map(\.action) == ["work together", "publish accounts"])
    #expect(found.map { $0.bearer?.parties ?? [] } == [["housing authority", "health board"], ["council"]])
    #expect(found.map(\.restated) == [true, true])
    // "This Act requires…" is the document's own duty.
    let own = try obligations("This Act requires each council to keep a register.")
    #expect(own.map(\.restated) == [nil])
  }

  /// A paper that stops restating the law, or starts to, changes nothing that is required.
  @Test func restatingTheLawIsNoChange() throws {
    let reader = DocumentReader()
    let old = try reader.read(
      string: """
        # Plan

        1.1 Councils are already required to publish their accounts.

        1.2 Councils should publish a plan.
        """, path: "old.md")
    let new = try reader.read(
      string: """
        # Plan

        1.2 Councils should publish a plan.

        1.3 Since 2010, councils have been required to keep a register of land.
        """, path: "new.md")
    #expect(RevisionDiffer().compare(old: old, new: new).realChanges.isEmpty)
  }
}
