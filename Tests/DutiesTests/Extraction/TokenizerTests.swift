import DutiesTestSupport
import Testing

@testable import Duties

@Suite struct TokenizerTests {
  @Test func wordsJoinAcrossApostrophesHyphensAndShortDots() {
    let tokens = Tokenizer.tokens("The council's co-operate duty, e.g. s.1.2 of Act 1990.")
    #expect(
      tokens.map(\.text) == [
        "The", "council's", "co-operate", "duty", ",", "e.g", ".", "s.1.2", "of", "Act", "1990", ".",
      ])
    #expect(tokens[0].lower == "the" && tokens[0].isWord && !tokens[4].isWord)
    #expect(tokens.last?.start == 53 && tokens.last?.end == 54)
  }

  /// A comma between thousands is inside the number; a comma in a list of numbers is not.
  @Test func commasBetweenThousandsStayInTheNumber() throws {
    #expect(
      Tokenizer.tokens("£2,500,000, and sections 1,2 and 12,3456.").map(\.text) == [
        "£", "2,500,000", ",", "and", "sections", "1", ",", "2", "and", "12", ",", "3456", ".",
      ])
    // A long run of groups is read a group at a time, not back to its start for every comma.
    let run = Array(repeating: "100", count: 40_000).joined(separator: ",")
    #expect(Tokenizer.tokens(run).count == 1)
    let amount = try #require(
      try ExtractionProbe.obligations("£2,500,000 shall be for the new hospital.").first)
    #expect(amount.action == "£2,500,000 to be for the new hospital")
  }

  @Test func curlyApostrophesJoinWordsAndAreStraightenedInLowerCase() {
    let tokens = Tokenizer.tokens("Le conseil doit coopérer — l’autorité’s rôle.")
    #expect(tokens.map(\.text) == ["Le", "conseil", "doit", "coopérer", "—", "l’autorité’s", "rôle", "."])
    #expect(tokens[5].lower == "l'autorité's")
  }

  /// The scalars the tokenizer reads by table (Latin-1, general punctuation) and one it asks Unicode about:
  /// between two letters each is part of the word, a space or a token of its own, as its properties say.
  @Test func scalarsReadByTableSplitAsTheirPropertiesSay() {
    let values = Array(0x80...0xFF) + Array(0x2000..<0x2070) + [0x0100, 0x2070, 0x20AC, 0x3000, 0x1F600]
    for value in values {
      guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
      let mark = String(scalar)
      let tokens = Tokenizer.tokens("a" + mark + "b").map(\.text)
      let properties = scalar.properties
      let expected: [String]
      if properties.isAlphabetic || properties.numericType != nil || [0x2019, 0x2011].contains(value) {
        expected = ["a" + mark + "b"]
      } else if properties.isWhitespace {
        expected = ["a", "b"]
      } else {
        expected = ["a", mark, "b"]
      }
      #expect(tokens == expected, "U+\(String(value, radix: 16, uppercase: true))")
    }
  }
}
