import Testing

@testable import Duties

/// Headings added over text that had none, its obligations shared among them: the headings were put over
/// the text, so only an obligation that left its place among the others has moved. One section of many
/// is no counterpart of the untitled text. (Where more than half of it went under one heading, that
/// heading is the text titled.)
@Suite struct UntitledTextMoveTests {
  @Test func onlyObligationsThatLeftTheirPlaceMove() throws {
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
    // "Review access each year" went from last to second; the other three kept their order.
    let moved = changes.filter { $0.change == .moved }
    #expect(moved.map { $0.new?.action } == ["Review access each year"])
    #expect(changes.filter { $0.change == .unchanged }.count == 3)
  }

  @Test func headingsPutOverTextInItsOrderMoveNothing() throws {
    let old = """
      # Using the service

      Check the logs every day. Rotate the keys every month.

      Do not share passwords.
      """
    let new = """
      # Using the service

      ## Logs

      Check the logs every day.

      ## Keys

      Rotate the keys every month. Do not share passwords.
      """
    let comparison = RevisionDiffer().compare(
      old: try DocumentReader().read(string: old, path: "old.md"),
      new: try DocumentReader().read(string: new, path: "new.md"))
    #expect(comparison.realChanges.isEmpty)
  }

  @Test func theRunKeptInOrderIsTheLongest() {
    // New order: old 0, 3, 1, 2: only the pair of old 3 left its place.
    let pairs = [(0, 0), (1, 2), (2, 3), (3, 1)]
    #expect(SectionAligner.outOfOrder(pairs).map(\.0) == [3])
    // A split (one old in two pairs) keeps its order.
    #expect(SectionAligner.outOfOrder([(0, 0), (0, 1), (1, 2)]).isEmpty)
  }
}
