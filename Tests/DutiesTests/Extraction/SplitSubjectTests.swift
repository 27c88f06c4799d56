import Testing

@testable import Duties

/// "Each person who— (a) … (b) …, must …": a subject whose relative clause is a list and the predicate
/// after it (issue #24, statute forms; issue #22, who is bound).
@Suite struct SplitSubjectTests {
  static let provision = """
    4 Duty of providers

    (1) Each person who—

    (a) runs a care home under a contract with a council, or

    (b) arranges care for a council under section 9,

    must, in doing so, have regard to the Charter. The Charter shall be published.

    (2) The council must keep a list of such persons.
    """

  func obligations(_ text: String) throws -> [Obligation] {
    ObligationExtractor().extract(from: try DocumentReader().read(string: text, path: "act.txt"))
  }

  @Test func theSubjectBearsThePredicateAndTheItemsSayWho() throws {
    let all = try obligations(Self.provision)
    let duty = try #require(all.first { $0.section == "4 › (1)" })
    #expect(duty.kind == .haveRegard)
    #expect(duty.bearer?.parties == ["person"])
    #expect(duty.action == "in doing so, have regard to the Charter")
    #expect(
      duty.conditions == [
        Condition(kind: .where, text: "who runs a care home under a contract with a council"),
        Condition(kind: .where, text: "who arranges care for a council under section 9"),
      ])
    #expect(duty.sentence.hasPrefix("Each person who— (a) runs a care home"))
    #expect(duty.sentence.hasSuffix("must, in doing so, have regard to the Charter."))
    #expect(duty.trigger.location.line == 9)
    #expect(duty.location.line == 3)
    // The wrap-up's next sentence stands alone; the items bind no one; the next subsection is read.
    #expect(all.map(\.section) == ["4 › (1)", "4 › (1)", "4 › (2)"])
    #expect(all[1].action == "the Charter to be published")
  }

  /// An item added to who is bound is a change of the duty's conditions.
  @Test func anItemAddedChangesWhoIsBound() throws {
    let reader = DocumentReader()
    let widened = Self.provision.replacingOccurrences(
      of: "(b) arranges care", with: "(b) runs a day centre for a council, or\n\n(c) arranges care")
    let changes = RevisionDiffer().compare(
      old: try reader.read(string: Self.provision, path: "old.txt"),
      new: try reader.read(string: widened, path: "new.txt")
    ).realChanges
    #expect(changes.map(\.change) == [.conditionsChanged])
    #expect(
      changes.first?.new?.conditions.contains { $0.text == "who runs a day centre for a council" } == true)
  }

  /// A modal after an aside still makes a duty to have regard.
  @Test func aDutyToHaveRegardAfterAnAside() throws {
    #expect(
      try obligations("A council must, when it plans, have regard to the Code.").first?.kind == .haveRegard)
    #expect(try obligations("A council must, in every case, publish the Code.").first?.kind == .duty)
  }

  /// A lead-in with its own modal ("must ensure that—") is no subject waiting for its predicate.
  @Test func aLeadInWithAModalIsNotASubject() throws {
    let text = """
      2 Plans

      (1) The Secretary of State must ensure that—

      (a) every trust publishes a plan, and

      (b) every board reviews it,

      may by regulations make further provision.
      """
    let all = try obligations(text)
    #expect(all.first?.kind == .duty)
    #expect(all.first?.bearer?.parties == ["Secretary of State"])
    #expect(!all.contains { $0.action.hasPrefix("ensure to") })
  }
}
