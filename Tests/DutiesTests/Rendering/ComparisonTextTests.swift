import Testing

@testable import Duties

/// A long sentence that holds many obligations shows its word diff once, clipped to the changed
/// words and their context (issue #22).
@Suite struct ComparisonTextTests {
  let bodies = (1...30).map { "body \($0)" }.joined(separator: ", ")

  func comparison(old: String, new: String) throws -> DocumentComparison {
    RevisionDiffer(includesUnchanged: false).compare(
      old: try DocumentReader().read(string: "# 1. Funds\n\n\(old)\n", path: "old.md"),
      new: try DocumentReader().read(string: "# 1. Funds\n\n\(new)\n", path: "new.md"))
  }

  @Test func aSharedSentenceIsDiffedOnceAndClipped() throws {
    let old = "The council should pay \(bodies) and the board should report to the minister within 28 days."
    let new = "The council must pay \(bodies) and the board must report to the minister within 28 days."
    let result = try comparison(old: old, new: new)
    #expect(result.realChanges.count == 2)
    let text = ComparisonText.terminal(result, color: false)
    // Both obligations are in one sentence: its diff is shown once, with both changes in it.
    #expect(text.components(separatedBy: "[-should-] {+must+}").count == 3)
    #expect(text.components(separatedBy: "(the same sentence as above)").count == 2)
    #expect(text.contains("pay body 1, body 2, body 3, body … 28, body 29, body 30 and the board [-should-]"))
    let markdown = ComparisonText.markdown(result)
    #expect(markdown.contains("~~should~~ **must**"))
  }

  @Test func obligationsOfOneUnchangedSentenceShowItOnce() throws {
    let sentence = "The council must pay \(bodies), and the board must report to the minister."
    let result = try comparison(
      old: sentence + " The trust should act.",
      new: sentence.replacingOccurrences(of: "the minister", with: "Parliament")
        .replacingOccurrences(of: "council must", with: "council should") + " The trust must act.")
    let text = ComparisonText.terminal(result, color: false)
    let shown = text.components(separatedBy: "\n").filter { $0.contains("{+Parliament") }
    #expect(shown.count == 1)
    #expect(text.contains("(the same sentence as above)"))
  }

  @Test func aShortSentenceIsShownWhole() {
    var previous: (old: String, new: String)?
    let change = ObligationChange(
      change: .strengthened, aspects: [.strengthened], old: nil, new: nil,
      wordDiff: [.init(op: .equal, text: "The council"), .init(op: .insert, text: "must")], section: "1")
    #expect(ComparisonBriefing.shownDiff(change, previous: &previous) == change.wordDiff)
  }

  /// An obligation moved from the text before the first heading names where it was.
  @Test func aMoveFromBeforeTheFirstHeadingSaysSo() throws {
    let filler = (1...6).map { "The clerk must file form \($0)." }.joined(separator: " ")
    let result = RevisionDiffer(includesUnchanged: false).compare(
      old: try DocumentReader().read(
        string: "The trust must keep a register of gifts.\n\n# Staff\n\n\(filler)\n", path: "old.md"),
      new: try DocumentReader().read(
        string: "# Staff\n\n\(filler)\n\n# Gifts\n\nThe trust must keep a register of gifts.\n",
        path: "new.md"))
    let text = ComparisonText.terminal(result, color: false)
    #expect(text.contains("moved: (before the first heading) → Gifts"))
  }
}
