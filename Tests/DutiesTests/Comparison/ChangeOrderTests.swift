import Testing

@testable import Duties

/// Changes are listed in the order of the document, section by section, with removals where they
/// stood (issue #22); `.kind` keeps the grouping by consequence.
@Suite struct ChangeOrderTests {
  let old = """
    # Rules

    ## 3.5 Records

    The board should keep records.

    ## 3.12 Reports

    The board must publish a report.

    The board must send the report to the minister.

    ## 3.20 Audit

    The auditor may inspect the accounts.
    """
  let new = """
    # Rules

    ## 3.5 Records

    The board must keep records.

    ## 3.12 Reports

    The board must publish a report.

    ## 3.20 Audit

    The auditor may inspect the accounts.

    The auditor must report to the committee.
    """

  func comparison(_ order: ChangeOrder) throws -> DocumentComparison {
    RevisionDiffer(order: order).compare(
      old: try DocumentReader().read(string: old, path: "old.md"),
      new: try DocumentReader().read(string: new, path: "new.md"))
  }

  @Test func documentOrderFollowsTheNewVersionWithRemovalsInPlace() throws {
    let changes = try comparison(.document).realChanges
    #expect(changes.map(\.change) == [.strengthened, .removed, .added])
    #expect(changes.map(\.section) == ["3.5", "3.12", "3.20"])
  }

  @Test func kindOrderPutsTheMostConsequentialFirst() throws {
    let changes = try comparison(.kind).realChanges
    #expect(changes.map(\.change) == [.added, .strengthened, .removed])
  }

  @Test func unchangedObligationsKeepTheirPlaces() throws {
    let changes = try comparison(.document).changes
    #expect(changes.map(\.change) == [.strengthened, .unchanged, .removed, .unchanged, .added])
  }
}

/// Two versions given the wrong way round are warned of (issue #22: a real pair was).
@Suite struct VersionOrderWarningTests {
  func source(_ version: String?) -> SourceInfo {
    SourceInfo(path: "act.xml", format: "clml", title: nil, identifier: nil, version: version, sha256: "")
  }

  @Test func anOldVersionDatedAfterTheNewIsWarnedOf() {
    let backwards = DocumentComparison(old: source("2022-02-28"), new: source("2014-04-01"), changes: [])
    #expect(
      backwards.warnings == [
        "the old version (2022-02-28) is dated after the new one (2014-04-01): are they the wrong way round?"
      ])
    #expect(
      ComparisonBriefing.headline(backwards).first?.hasPrefix("warning: the old version (2022-02-28)") == true
    )
  }

  @Test func inOrderOrUndatedVersionsAreNot() {
    #expect(
      DocumentComparison(old: source("2014-04-01"), new: source("2022-02-28"), changes: []).warnings == nil)
    #expect(DocumentComparison(old: source("draft-06"), new: source("draft-00"), changes: []).warnings == nil)
    #expect(DocumentComparison(old: source(nil), new: source("2014-04-01"), changes: []).warnings == nil)
  }
}

/// An obligation moved only when it went to another place in the document's structure (issue #22):
/// headings flattened, added or renamed around the same content in the same order are no move.
@Suite struct MoveTests {
  func moved(_ old: String, _ new: String) throws -> [ObligationChange] {
    RevisionDiffer(includesUnchanged: false).compare(
      old: try DocumentReader().read(string: old, path: "old.md"),
      new: try DocumentReader().read(string: new, path: "new.md")
    ).realChanges.filter { $0.aspects.contains(.moved) }
  }

  @Test func flattenedSubheadingsAreNoMove() throws {
    let old = """
      # Standard

      ## Matching

      ### Labels

      A-labels must be compared as case-insensitive ASCII.

      ### Wildcards

      The client must not match a wildcard against more than one label.
      """
    let new = """
      # Standard

      ## Matching

      A-labels must be compared as case-insensitive ASCII.

      The client must not match a wildcard against more than one label.
      """
    #expect(try moved(old, new).isEmpty)
    #expect(try moved(new, old).isEmpty)
  }

  @Test func anObligationTakenToAnotherSectionMoved() throws {
    let old = """
      # Standard

      ## Records

      The council must keep records.

      The council must publish a plan.

      ## Reports

      The council must send a report to the minister.
      """
    let new = """
      # Standard

      ## Records

      The council must keep records.

      ## Reports

      The council must send a report to the minister.

      The council must publish a plan.
      """
    #expect(try moved(old, new).map(\.new?.action) == ["publish a plan"])
  }
}
