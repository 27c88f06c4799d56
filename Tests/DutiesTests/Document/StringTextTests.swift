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
}
