import DutiesTestSupport
import Testing

@testable import Duties

/// Requirements printed as labels: a keyword and a colon opening an item or a heading, a keyword
/// opening a linked item (issue #24).
@Suite struct KeywordLabelTests {
  func found(_ markdown: String) throws -> [String] {
    try ExtractionProbe.obligations(markdown, format: .markdown).map { "\($0.kind.rawValue) | \($0.action)" }
  }

  @Test func aKeywordLabelledItemOrHeadingIsARequirement() throws {
    let text = """
      # Guide

      ## MUST: encrypt backups

      Backups are taken nightly.

      ## Checklist

      - [SHOULD rotate keys](https://example.org/keys)
      - MUST NOT: reuse passwords
      """
    #expect(
      try found(text) == [
        "duty | encrypt backups", "recommendation | rotate keys", "prohibition | reuse passwords",
      ])
  }

  @Test func aHeadingThatOnlyNamesAKeywordIsNoRequirement() throws {
    #expect(
      try found("# Guide\n\n## SHOULD vs MUST: wording\n\nThe words are used as in RFC 2119.\n").isEmpty)
  }
}
