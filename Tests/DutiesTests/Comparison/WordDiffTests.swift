import Testing

@testable import Duties

@Suite struct WordDiffTests {
  @Test func unchangedSentenceIsOneEqualSegment() {
    let sentence = "The council must publish a plan by 31 March 2026."
    #expect(WordDiff.diff(sentence, sentence) == [WordDiff.Segment(op: .equal, text: sentence)])
    #expect(WordDiff.diff("", "").isEmpty)
  }

  @Test func unchangedSentenceWithDoubleSpacesIsSplitIntoWords() {
    #expect(WordDiff.diff(" a  b ", " a  b ") == [WordDiff.Segment(op: .equal, text: "a b")])
  }

  @Test func changedWordsAreMarked() {
    let segments = WordDiff.diff("The council should publish a plan.", "The council must publish a plan.")
    #expect(
      segments == [
        .init(op: .equal, text: "The council"), .init(op: .delete, text: "should"),
        .init(op: .insert, text: "must"), .init(op: .equal, text: "publish a plan."),
      ])
  }
}
