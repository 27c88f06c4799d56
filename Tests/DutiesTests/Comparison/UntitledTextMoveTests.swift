import Testing

@testable import Duties

/// Headings added over text that had none, its obligations shared among them: each obligation now under
/// a heading has moved, whether or not its words changed; one section of many is no counterpart of the
/// untitled text. (Where more than half of it went under one heading, that heading is the text titled.)
@Suite struct UntitledTextMoveTests {
  @Test func obligationsLeavingUntitledTextAllMove() throws {
    let old = """
      # Using the service

      Check the logs every day. Rotate the keys every month. Do not share passwords. Review access each year.
      """
    let new = """
      # Using the service

      ## Logs

      Check the logs every day. Review access each year.

      ## Keys

      Rotate the keys every month. Do not share passwords.
      """
    let changes = RevisionDiffer(includesUnchanged: true).compare(
      old: try DocumentReader().read(string: old, path: "old.md"),
      new: try DocumentReader().read(string: new, path: "new.md")
    ).changes
    #expect(changes.count == 4)
    #expect(changes.allSatisfy { $0.change == .moved })
  }
}
