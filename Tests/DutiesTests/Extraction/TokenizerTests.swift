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

  @Test func curlyApostrophesJoinWordsAndAreStraightenedInLowerCase() {
    let tokens = Tokenizer.tokens("Le conseil doit coopérer — l’autorité’s rôle.")
    #expect(tokens.map(\.text) == ["Le", "conseil", "doit", "coopérer", "—", "l’autorité’s", "rôle", "."])
    #expect(tokens[5].lower == "l'autorité's")
  }
}
