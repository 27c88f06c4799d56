/// Words of headings that say what kind of text follows them.
enum HeadingLexicon {
  /// Headings of a table of contents, lower-cased: the lines after them that end in a page number are
  /// its entries.
  static let contentsHeadings: Set<String> = ["contents", "table of contents", "contents page"]

  /// How the heading of a consultation's procedure begins in a policy paper: where and how to respond,
  /// and what happens to responses, are not what the paper proposes or requires.
  static let consultationProcedureStarts: [String] = [
    "how to respond", "responding to this consultation", "responding to the consultation",
    "how to take part", "how to comment", "the consultation process", "consultation process",
    "how to respond to this consultation",
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
}
