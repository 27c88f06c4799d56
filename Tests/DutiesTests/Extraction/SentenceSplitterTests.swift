import Testing

@testable import Duties

@Suite struct SentenceSplitterTests {
  private func sentences(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return SentenceSplitter.sentences(in: text).map { String(decoding: bytes[$0], as: UTF8.self) }
  }

  @Test func splitsAtFullStopsQuestionAndExclamationMarks() {
    #expect(
      sentences("The board must act. Must it? Yes! It shall report.")
        == ["The board must act.", "Must it?", "Yes!", "It shall report."])
  }

  @Test func keepsClosingQuotesAndBracketsWithTheirSentence() {
    #expect(
      sentences("It said “you must act.” Then (it acted.) “Next” came.")
        == ["It said “you must act.”", "Then (it acted.)", "“Next” came."])
  }

  @Test func splitsAfterEtcInsideABracketWhenNoTitleFollows() {
    #expect(
      sentences("Tenants must pay all charges (rent, fees etc.) The landlord must give receipts.").count == 2)
  }

  @Test func doesNotSplitAfterEtcInsideABracket() {
    #expect(
      sentences(
        "Under the Care (Delayed Discharges etc.) Act 2003, a council may pay. (Rents, fees etc.) The end.")
        == [
          "Under the Care (Delayed Discharges etc.) Act 2003, a council may pay.", "(Rents, fees etc.)",
          "The end.",
        ])
  }

  @Test func doesNotSplitAfterAbbreviationsOrInitials() {
    #expect(sentences("See s. 3 and para. 4. Under e.g. Part 2 the body acts.").count == 2)
    #expect(sentences("J. Smith must sign. Approx. 40 councils agree.").count == 2)
    #expect(sentences("Refer to U.S.C. Title 42 here.").count == 1)
  }

  @Test func splitsAfterAnyOtherWord() {
    // Words longer than every abbreviation, one-letter lower-case words and upper-case words that are
    // no abbreviation end their sentence.
    #expect(sentences("It applies to approximately. Then stop.").count == 2)
    #expect(sentences("Plan B. Plan a. Then stop.") == ["Plan B. Plan a.", "Then stop."])
    #expect(sentences("It is NHS. Then stop.").count == 2)
    #expect(sentences("It is in Ltd. Form here.").count == 1)
  }

  @Test func leavesOutEmptySentences() {
    #expect(sentences("").isEmpty)
    #expect(sentences("One. ") == ["One. "])
  }
}
