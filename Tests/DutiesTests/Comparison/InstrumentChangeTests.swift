import Duties
import DutiesTestSupport
import Testing

/// A white paper compared with the guidance or Act that takes part of it forward: what the new
/// instrument does not hold is not carried, not removed.
@Suite struct InstrumentChangeTests {
  static let whitePaper = """
    ---
    title: Better care at home
    type: white paper
    ---

    # 2. Choice

    2.1 We will pilot personal budgets in ten areas during 2027.

    2.2 Councils must offer direct payments to every eligible person.

    # 3. Working together

    3.1 Councils and health boards should agree a joint plan for each area.

    3.2 Councils may make joint appointments at any level.

    """

  static let guidance = """
    ---
    title: Joint plans: statutory guidance
    type: statutory guidance
    ---

    # 1. Joint plans

    1.1 Councils and health boards must agree a joint plan for each area.

    1.2 Councils may make joint appointments at any level.

    """

  func changes(_ old: String, _ new: String, sort: ChangeOrder = .document) throws -> DocumentComparison {
    let reader = DocumentReader()
    return RevisionDiffer(includesUnchanged: false, order: sort).compare(
      old: try reader.read(string: old, path: "old.md"), new: try reader.read(string: new, path: "new.md"))
  }

  @Test func whatTheGuidanceDoesNotHoldIsNotCarried() throws {
    let comparison = try changes(Self.whitePaper, Self.guidance)
    let notCarried = comparison.changes.filter { $0.change == .notCarried }
    #expect(
      notCarried.map { $0.old?.action ?? "" }.sorted() == [
        "offer direct payments to every eligible person", "pilot personal budgets in ten areas during 2027",
      ])
    #expect(notCarried.allSatisfy { $0.aspects == [.notCarried] })
    #expect(notCarried.first?.notes.first?.contains("not carried into the statutory guidance") == true)
    #expect(!comparison.changes.contains { $0.change == .removed })
    // The joint plan became a duty; the joint appointments only moved between the two numberings.
    #expect(comparison.changes.contains { $0.change == .strengthened })
    #expect(!comparison.changes.contains { $0.aspects.contains(.moved) })
    #expect(comparison.summary.counts["not-carried"] == 2)
    #expect(comparison.summary.partiesLosing.isEmpty)
  }

  @Test func kindOrderPutsWhatIsNotCarriedAfterWhatChanged() throws {
    let comparison = try changes(Self.whitePaper, Self.guidance, sort: .kind)
    #expect(comparison.changes.first?.change == .strengthened)
    #expect(comparison.changes.last?.change == .notCarried)
  }

  /// Front matter that says the paper was presented to Parliament by Command makes it a paper too.
  @Test func aCommandPaperIsKnownByItsFrontMatter() throws {
    let paper = """
      Better care at home

      Presented to Parliament by the Secretary of State for Health by Command of His Majesty

      2.1 We will pilot personal budgets in ten areas during 2027.

      3.1 Councils should agree a joint plan for each area.
      """
    let comparison = try changes(paper, Self.guidance)
    #expect(
      comparison.changes.contains { $0.change == .notCarried && $0.old?.action.hasPrefix("pilot") == true })
  }

  /// A green paper and the white paper after it are one line of policy; guidance revised is the same
  /// guidance; a paper compared with a text that does not say what it is may be its next edition.
  @Test func otherwiseWhatIsGoneIsRemoved() throws {
    let greenPaper = Self.whitePaper.replacingOccurrences(of: "type: white paper", with: "type: green paper")
    let laterPaper = Self.whitePaper.replacingOccurrences(
      of: "2.2 Councils must offer direct payments to every eligible person.\n", with: "")
    let revisedGuidance = Self.guidance.replacingOccurrences(
      of: "1.2 Councils may make joint appointments at any level.\n", with: "")
    let untyped = "# 3. Working together\n\n3.1 Councils should agree a joint plan for each area.\n"
    for (old, new) in [
      (greenPaper, laterPaper), (Self.guidance, revisedGuidance), (Self.whitePaper, untyped),
    ] {
      let comparison = try changes(old, new)
      #expect(comparison.changes.contains { $0.change == .removed })
      #expect(!comparison.changes.contains { $0.change == .notCarried })
    }
  }
}

extension InstrumentChangeTests {
  /// Only an instrument by its stated type (or a legislation format) takes a paper forward: a "policy
  /// paper", an "impact assessment", an Akoma Ntoso `doc`, or guidance whose title names a white paper
  /// are compared as revisions. A duty the guidance states without requiring it is removed.
  @Test func onlyAnInstrumentTakesAPaperForward() throws {
    for type in ["policy paper", "impact assessment", "consultation response"] {
      let comparison = try changes(
        Self.whitePaper,
        Self.guidance.replacingOccurrences(of: "type: statutory guidance", with: "type: \(type)"))
      #expect(comparison.changes.contains { $0.change == .removed }, "\(type)")
      #expect(!comparison.changes.contains { $0.change == .notCarried }, "\(type)")
    }
    let titled = Self.guidance.replacingOccurrences(
      of: "title: Joint plans: statutory guidance", with: "title: Implementing the care white paper")
    let revised = try changes(
      titled,
      Self.guidance.replacingOccurrences(
        of: "1.2 Councils may make joint appointments at any level.\n", with: ""))
    #expect(revised.changes.map(\.change) == [.removed])
    // A title that names a paper does not make guidance with no stated type one.
    let untypedGuidance =
      "# Guidance on the Joint Plans White Paper\n\n1.1 Councils must publish a plan.\n\n"
      + "1.2 Councils must appoint a joint director.\n"
    let untypedRevision = try changes(
      untypedGuidance.replacingOccurrences(of: "1.2 Councils must appoint a joint director.\n", with: ""),
      Self.guidance)
    #expect(!untypedRevision.changes.contains { $0.change == .notCarried })
    #expect(
      try changes(untypedGuidance, Self.guidance).changes.contains {
        $0.change == .removed && $0.old?.action == "appoint a joint director"
      })
    let stated = try changes(
      Self.whitePaper,
      Self.guidance + "\n1.3 Councils offer direct payments to every eligible person.\n")
    let offer = try #require(stated.changes.first { $0.old?.action.hasPrefix("offer") == true })
    #expect(offer.change == .removed)
    #expect(offer.notes.contains { $0.hasPrefix("now stated without a requirement") })
  }
}
