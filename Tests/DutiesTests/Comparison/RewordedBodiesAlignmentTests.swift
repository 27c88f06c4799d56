import Testing

@testable import Duties

/// A rewrite that names the same bodies another way and drops its examples is still paired.
@Suite struct RewordedBodiesAlignmentTests {
  @Test func acronymsAndDroppedExamplesStillPair() throws {
    let reader = DocumentReader()
    let old = try reader.read(
      string:
        "# Guide\n\n## Staff\n\n4.1 PCTs and councils may share staff at any grade, including finance officers "
        + "and lawyers.\n", path: "old.md")
    let new = try reader.read(
      string:
        "# Guide\n\n## Joint working\n\n2.1 Primary care trusts and local authorities should publish a budget "
        + "together, and they may share staff at any grade.\n", path: "new.md")
    let changes = RevisionDiffer(includesUnchanged: false).compare(old: old, new: new).realChanges
    let share = try #require(changes.first { $0.new?.action.hasPrefix("share staff") == true })
    #expect(share.old != nil)
    #expect(!share.aspects.contains(.actionChanged))
    #expect(!changes.contains { $0.change == .removed })
  }
}
