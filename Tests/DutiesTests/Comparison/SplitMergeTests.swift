import Testing

@testable import Duties

/// One obligation split by bearer into several, or several merged into one, is paired with what it
/// came from and compared on the bearers that went each way (issue #22).
@Suite struct SplitMergeTests {
  func changes(_ old: String, _ new: String) throws -> [ObligationChange] {
    RevisionDiffer(includesUnchanged: false).compare(
      old: try DocumentReader().read(string: "# 1. Guidance\n\n\(old)\n", path: "old.md"),
      new: try DocumentReader().read(string: "# 1. Guidance\n\n\(new)\n", path: "new.md")
    ).realChanges
  }

  @Test func aPowerSplitByBearerIsRenamedNotAdded() throws {
    let found = try changes(
      "The Minister, the Board or a primary care trust may publish guidance on local services.",
      "The Minister may publish guidance on local services.\n\n"
        + "NHS England or an integrated care board may publish guidance on local services.")
    #expect(!found.contains { $0.change == .added || $0.change == .removed })
    // The Minister's power is the Minister's as before: only the others left it.
    #expect(found.count == 1)
    #expect(found.allSatisfy { $0.notes.contains("split: one of 2 obligations made from one") })
    let renamed = try #require(found.first { $0.new?.bearer?.parties.contains("NHS England") == true })
    #expect(renamed.change == .bearerRenamed)
    // The share that went this way: the Minister stayed in the other.
    #expect(renamed.old?.bearer?.parties == ["Board", "primary care trust"])
  }

  /// The share of a power of each of several that refers to its holder as "that person" is the same
  /// power when it names the holder; a joint duty made separate is a change.
  @Test func anUnchangedShareOfASplitIsNotReported() throws {
    let each = try changes(
      "The Minister, the Board or a trust may do anything conducive to the exercise of a function "
        + "conferred on that person by this Act.",
      "The Minister may do anything conducive to the exercise of a function conferred on the Minister by "
        + "this Act.\n\nNHS England or a trust may do anything conducive to the exercise of a function "
        + "conferred on it by this Act.")
    #expect(each.count == 1)
    #expect(each.first?.new?.bearer?.parties.contains("NHS England") == true)
    let joint = try changes(
      "The council and the trust must publish a plan for local services.",
      "The council must publish a plan for local services.\n\nThe trust must publish a plan for local services."
    )
    #expect(joint.count == 2)
    #expect(joint.allSatisfy { $0.change == .reworded })
    // "A or B must" binds one of them; made separate, it binds each.
    let either = try changes(
      "The council or the trust must publish a plan for local services.",
      "The council must publish a plan for local services.\n\nThe trust must publish a plan for local services."
    )
    #expect(either.count == 2)
  }

  @Test func twoDutiesMergedIntoAJointOneArePaired() throws {
    let found = try changes(
      "The council must publish a plan for local services.\n\nThe trust must publish a plan for local services.",
      "The council and the trust must publish a plan for local services.")
    #expect(found.map(\.change) == [.reworded, .reworded])
    #expect(found.allSatisfy { $0.notes.contains("merged: one of 2 obligations made into one") })
    #expect(Set(found.compactMap { $0.old?.bearer?.parties.first }) == ["council", "trust"])
  }

  /// A different action is no split: the other obligation is new.
  @Test func anotherActionIsNotASplit() throws {
    let found = try changes(
      "The council or the trust may publish a plan for local services.",
      "The council may publish a plan for local services.\n\nThe trust may charge for its services.")
    #expect(Set(found.map(\.change)) == [.bearerChanged, .added])
  }

  /// A duty restated shorter in a sibling section is paired, not removed and added.
  @Test func aDutyRestatedShorterElsewhereIsPaired() throws {
    func compare(_ newDuty: String) throws -> [ObligationChange] {
      let old = try DocumentReader().read(
        string: "# Checks\n\n## Names\n\n"
          + "The client must match the host name part of the reference according to the rules.\n\n"
          + "## Other\n\nThe client must log each failure.\n",
        path: "old.md")
      let new = try DocumentReader().read(
        string: "# Checks\n\n## Preparing\n\n\(newDuty)\n\n## Other\n\nThe client must log each failure.\n",
        path: "new.md")
      return RevisionDiffer(includesUnchanged: false).compare(old: old, new: new).realChanges
    }
    let found = try compare("The client must match the host name.")
    #expect(found.map(\.change) == [.actionChanged])
    // Another verb is no restatement.
    let other = try compare("The client must record the host name.")
    #expect(Set(other.map(\.change)) == [.added, .removed])
  }
}
