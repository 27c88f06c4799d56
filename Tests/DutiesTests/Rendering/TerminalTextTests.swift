import Testing

@testable import Duties

@Suite struct TerminalTextTests {
  @Test func controlCharactersAreReplaced() {
    let hostile = "title\u{1B}]0;owned\u{07} clear\u{1B}[2J bell\u{07} back\u{08} cr\r c1\u{9B}31m del\u{7F}"
    let safe = TerminalText.safe(hostile)
    #expect(!safe.unicodeScalars.contains { TerminalText.isControl($0) })
    #expect(safe == "title�]0;owned� clear�[2J bell� back� cr� c1�31m del�")
  }

  @Test func lineFeedsTabsAndOrdinaryTextAreKept() {
    let text = "a\tb\nc — “quoted” é"
    #expect(TerminalText.safe(text) == text)
  }

  @Test func ownStylesAreKeptOnlyWhenAsked() {
    let style = TerminalStyle(enabled: true)
    let styled = style.bold("A") + style.kind(.duty, "B") + " " + "\u{1B}]8;;http://x\u{1B}\\link"
    let kept = TerminalText.safe(styled, keepingStyles: true)
    #expect(kept.hasPrefix("\u{1B}[1mA\u{1B}[0m\u{1B}[1;31mB\u{1B}[0m "))
    #expect(kept.hasSuffix("�]8;;http://x�\\link"))
    #expect(!TerminalText.safe(styled).contains("\u{1B}"))
  }
}
