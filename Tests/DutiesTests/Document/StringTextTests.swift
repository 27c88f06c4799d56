import Foundation
import Testing

@testable import Duties

@Suite struct StringTextTests {
  @Test(arguments: [
    ("  The council\tmust\r\n  publish  ", "The council must publish"),
    ("\n\n", ""),
    ("one", "one"),
    // Beyond ASCII, Unicode's white space collapses too: no-break space, line separator.
    ("The\u{A0}council \u{2028} must\u{3000}act ", "The council must act"),
    ("  café  au lait", "café au lait"),
  ])
  func whiteSpaceCollapsesToSingleSpacesAndTheEndsGo(_ sample: (String, String)) {
    #expect(sample.0.collapsingWhitespace == sample.1)
  }

  @Test func blankIsEmptyOrOnlyWhiteSpace() {
    #expect("".isBlank && " \t\r\n".isBlank && "\u{A0}\u{2003}".isBlank)
    #expect(!" a ".isBlank && !"\u{A0}é".isBlank)
  }

  @Test(arguments: ["Part 1 › 3 › (a)", "", " › ", "Part 1", "a ›  › b › ", "›", "Schedule 2 ›› 4"])
  func aSectionPathSplitsAsFoundationSplitsIt(_ path: String) {
    #expect(path.components(separatedByBytes: " › ") == path.components(separatedBy: " › "))
  }

  @Test(arguments: [
    "the council  must", " leading and trailing ", "", "   ", "one", "a\tb c", "café au  lait", "e\u{301} s",
  ])
  func spaceSeparatedSplitsAsSplitDoes(_ text: String) {
    #expect(text.spaceSeparated == text.split(separator: " "))
    #expect(text[...].spaceSeparated == text.split(separator: " "))
  }

  @Test func aSpaceBeforeACombiningMarkStillSeparates() {
    // " \u{301}" is one character, so `split(separator: " ")` would keep "a \u{301}b" whole.
    #expect("a \u{301}b".spaceSeparated == ["a", "\u{301}b"])
  }

  @Test(arguments: ["(a),", "\"quoted\"", "plain", "", ",,,", ",é;", "«x»", "a\u{301},"])
  func trimmingTakesTheCharactersOffBothEnds(_ text: String) {
    let characters = ",;\"«»"
    var expected = Substring(text)
    while let first = expected.first, characters.contains(first) { expected = expected.dropFirst() }
    while let last = expected.last, characters.contains(last) { expected = expected.dropLast() }
    #expect(text.trimming(characters) == String(expected))
    #expect(text.trimming(",;") == text.trimming(",;\u{2028}"))
  }
}
