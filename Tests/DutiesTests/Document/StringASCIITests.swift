import Testing

@testable import Duties

@Suite struct StringASCIITests {
  /// Words of every kind the byte tests must agree on: ASCII, accented, combining marks, a CR LF pair, a
  /// Kelvin sign (which compares equal to "K"), a curly apostrophe, digits of other scripts, empty.
  static let words: [String] = [
    "council", "Council", "PCTs", "NHS", "trusts", "authorities", "Secretary's", "council’s", "e\u{301}s",
    "Re\u{301}gion", "É", "1990", "١٢", "(a)", "(1)", ",", "a,", "—", "", "s", "\r\n", "a\r\ns", "K",
    "\u{212A}",
    "providing", "ÉTAT", "x-ray", "ßs", "ﬁs", "Ωs",
    // The other two scalars that are canonically one ASCII character: a Greek question mark (";") and
    // varia ("`").
    "a\u{37E}", "\u{37E}b", "\u{1FEF}", "x\u{1FEF}",
  ]

  @Test(arguments: words)
  func characterTestsByBytesAgreeWithCharacters(_ word: String) {
    for text in [word, word + "s", "(" + word] {
      let slice = text[...]
      #expect(
        text.isPlainASCII == (text.allSatisfy(\.isASCII) && !text.contains("\r\n") && !text.contains("\r")))
      #expect(text.characterCount == text.count)
      #expect(slice.characterCount == slice.count)
      #expect(text.startsUppercase == (text.first?.isUppercase == true))
      #expect(text.startsLowercase == (text.first?.isLowercase == true))
      #expect(text.isAllNumbers == text.allSatisfy(\.isNumber))
      #expect(text.containsLetter == text.contains(where: \.isLetter))
      #expect(text.lacksLettersAndNumbers == text.allSatisfy { !$0.isLetter && !$0.isNumber })
      #expect(text.lettersAreUppercase == text.filter(\.isLetter).allSatisfy(\.isUppercase))
      #expect(text.isUppercaseAndNumbers == text.allSatisfy { $0.isUppercase || $0.isNumber })
      #expect((text + "'s").isPossessive && (text + "’s").isPossessive)
      #expect(text.isPossessive == (text.hasSuffix("'s") || text.hasSuffix("’s")))
      for needle in ["s", "'s", "ing", "(", ")", ",", "K", "ies", "\n", ";", "`", "a;", "`b"] {
        #expect(text.hasASCIISuffix(needle) == text.hasSuffix(needle), "\(text) \(needle)")
        #expect(slice.hasASCIISuffix(needle) == slice.hasSuffix(needle), "\(text) \(needle)")
        #expect(text.hasASCIIPrefix(needle) == text.hasPrefix(needle), "\(text) \(needle)")
        #expect(slice.hasASCIIPrefix(needle) == slice.hasPrefix(needle), "\(text) \(needle)")
      }
    }
  }
}
