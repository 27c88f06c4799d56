/// Words of headings that say what kind of text follows them.
enum HeadingLexicon {
  /// The names of a plain text's divisions, lower-cased, that head a numbered heading: "Part 1",
  /// "Chapter 3", "Annex A".
  static let divisionNames: Set<String> = ["part", "chapter", "annex", "schedule", "appendix"]

  /// Headings of a table of contents, lower-cased: the lines after them that end in a page number are
  /// its entries.
  static let contentsHeadings: Set<String> = ["contents", "table of contents", "contents page"]

  /// The length in bytes of the longest of ``contentsHeadings``.
  static let longestContentsHeading = contentsHeadings.map(\.utf8.count).max() ?? 0

  /// The headings of a consultation's procedure in a policy paper, whole and lower-cased: where and how
  /// to respond, and what happens to responses, are not what the paper proposes or requires.
  static let consultationProcedureHeadings: Set<String> = [
    "how to respond", "how to respond to this consultation", "responding to this consultation",
    "responding to the consultation",
  ]

  /// How the heading of an illustration begins: "Examples", "Example 2: a joint plan", "Sample text",
  /// "Case study", "Illustration". What such a section says ("Consider a website at…", another
  /// specification's "MUST" quoted as sample text) shows how the rules work; it is not one of them.
  static let illustrativeStarts: [String] = [
    "example", "examples", "worked example", "worked examples", "sample text", "sample wording",
    "sample letter",
    "sample clauses", "case study", "case studies", "illustration", "illustrations", "illustrative example",
    "illustrative examples",
  ]

  /// The first words of headings over a document's own change log ("Changelog", "Revision history",
  /// "Changes from RFC 6125", "Changes since draft 05"): its entries say what changed, and the
  /// requirements themselves are in the body. Not "Changes from 6 April 2025", which states rules.
  static let changeLogStarts: [String] = [
    "changelog", "change log", "change history", "revision history", "document history", "version history",
    "changes in this version", "changes in version", "changes to this document", "changes since draft",
    "changes from draft", "changes since version", "changes from version", "changes since rfc",
    "changes from rfc",
    "changes since the previous version", "changes from the previous version",
  ]
}
