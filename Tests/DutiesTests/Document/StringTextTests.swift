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

  /// Every scalar: the byte test says what Unicode's White_Space property says, with the scalar's width.
  @Test func whiteSpaceOnBytesIsUnicodesWhiteSpace() {
    var mismatches: [UInt32] = []
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      var text = String(scalar) + "x"
      let width = text.withUTF8 { String.whiteSpaceWidth($0, at: 0) }
      let expected = scalar.properties.isWhitespace ? UTF8.width(scalar) : 0
      if width != expected { mismatches.append(value) }
    }
    #expect(mismatches.isEmpty)
  }

  /// Collapsing on bytes gives what collapsing scalar by scalar gives, on text mixing all the white space.
  @Test func collapsingMatchesAScalarByScalarReference() {
    let pieces = [
      "a", " ", "\t", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{200A}", "\u{200B}", "\u{2028}",
      "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}", "é", "—", "“", "\u{301}", "\u{1F600}", "\r\n",
      "\u{180E}",
    ]
    // Every sequence of up to three pieces.
    var texts = [""]
    for _ in 0..<3 { texts += texts.flatMap { text in pieces.map { text + $0 } } }
    for text in Set(texts) {
      var reference = ""
      var pendingSpace = false
      for scalar in text.unicodeScalars {
        if scalar.properties.isWhitespace {
          pendingSpace = !reference.isEmpty
        } else {
          if pendingSpace { reference.unicodeScalars.append(" ") }
          pendingSpace = false
          reference.unicodeScalars.append(scalar)
        }
      }
      #expect(Array(text.collapsingWhitespace.utf8) == Array(reference.utf8), "\(text.debugDescription)")
    }
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

  @Test func wordsAreFoundWholeOnly() {
    #expect("under Part 56 of the Act".containsWords("Part 56"))
    #expect(!"under Part 56 of the Act".containsWords("Part 5"))
    #expect("Part 5, and Part 56".containsWords("Part 5"))
    #expect("(see section 4(2))".containsWords("section 4(2)"))
    #expect(!"subsection 4".containsWords("section 4"))
    #expect(!"Part 5é".containsWords("Part 5"))
    #expect(!"Part 5a".containsWords("Part 5"))
    #expect("under section 4— the".containsWords("section 4"))
    #expect("«section 4»".containsWords("section 4"))
    #expect(!"".containsWords("Part 5"))
  }
}
