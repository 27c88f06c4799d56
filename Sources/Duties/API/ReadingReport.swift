/// What reading a document gave, for a preflight before a comparison (`duties check`): the format
/// found, how much text, how many sentences, sections and obligations, and what went wrong.
public struct ReadingReport: Hashable, Sendable, Encodable {
  /// The file.
  public var path: String
  /// The format it was read as.
  public var format: DocumentFormat
  /// Characters of text read (headings and body text).
  public var characters: Int
  /// Sentences in the body text.
  public var sentences: Int
  /// Provisions with a number or heading: parts, chapters, sections, subsections, headed passages.
  public var sections: Int
  /// Obligations found.
  public var obligations: Int
  /// The reader's warnings, and `no structure` for a long text with no section in it.
  public var warnings: [Diagnostic]

  /// A text this long without a numbered or headed provision has its structure lost: changes cannot
  /// be placed in sections, and moves are not seen.
  static let unstructuredCharacters = 5_000

  /// The report of a document and its obligations.
  public init(document: Document, obligations: [Obligation]) {
    var characters = 0
    var sentences = 0
    var sections = 0
    document.walk { visit in
      if let text = visit.node.text?.string {
        characters += text.count
        sentences += SentenceSplitter.sentences(in: text).count
      }
      if let heading = visit.node.heading?.string { characters += heading.count }
      if visit.node.number != nil || visit.node.heading != nil { sections += 1 }
    }
    path = document.path
    format = document.metadata.format
    self.characters = characters
    self.sentences = sentences
    self.sections = sections
    self.obligations = obligations.count
    warnings = document.diagnostics
    if sections == 0, characters >= Self.unstructuredCharacters {
      warnings.append(
        Diagnostic(
          severity: .warning,
          message:
            "no structure found: \(characters) characters without a heading or numbered section, so changes "
            + "cannot be placed in sections; check the format (--input-format)",
          location: document.source.location(atOffset: 0)))
    }
  }

  /// Whether the document was read without a warning.
  public var isClean: Bool { warnings.isEmpty }
}
