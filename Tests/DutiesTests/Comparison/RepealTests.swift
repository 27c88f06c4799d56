import DutiesTestSupport
import Testing

@testable import Duties

/// A provision whose words a revision replaced by dots or "Repealed" lost the duties it held: each is
/// reported removed, with a note naming the repeal.
@Suite struct RepealTests {
  func changes(_ old: String, _ new: String, path: String = "act.md") throws -> [ObligationChange] {
    try DiffProbe.changes(old, new, oldPath: path, newPath: path)
  }

  static let old = """
    # Example Act

    ## 12 Plans

    (1) The council must publish a plan each year.

    (2) The council must consult the health board on the plan, and must report to the Minister on it.

    (3) The Minister may direct the council to revise a plan.
    """

  @Test(arguments: [
    ". . . . . . . . . . . . .", "F3. . . . . . .", "…", "[Repealed]", "Repealed.", "[Omitted—2021]",
  ])
  func aRepealedSubsectionRemovesEachDutyItHeld(mark: String) throws {
    let new = Self.old.replacingOccurrences(
      of: "The council must consult the health board on the plan, and must report to the Minister on it.",
      with: mark)
    let found = try changes(Self.old, new)
    #expect(found.map(\.change) == [.removed, .removed])
    #expect(
      found.map { $0.old?.action } == [
        "consult the health board on the plan", "report to the Minister on it",
      ])
    for change in found {
      #expect(change.notes.count == 1)
      #expect(change.notes.first?.hasPrefix("repealed: 12 › (2) now reads “") == true)
    }
  }

  @Test func aRewordingIsNotARepeal() throws {
    let new = Self.old.replacingOccurrences(
      of: "The council must consult the health board on the plan, and must report to the Minister on it.",
      with: "The council must report on the plan.")
    #expect(try changes(Self.old, new).allSatisfy { $0.notes.allSatisfy { !$0.hasPrefix("repealed") } })
  }

  @Test(arguments: [
    (". . . . .", true), ("F12 . . .", true), ("Repealed", true), ("[Revoked—1990]", true), ("…", true),
    ("Repealed by the Health Act 2009.", false), ("1.", false), ("The council must act.", false), ("", false),
  ])
  func repealMarks(text: String, isMark: Bool) {
    #expect(RepealedProvisions.isRepealMark(text) == isMark)
  }
}
