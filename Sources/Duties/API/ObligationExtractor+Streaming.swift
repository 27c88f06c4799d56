extension ObligationExtractor {
  /// Extracts the obligations of a plain-text or Markdown source one top-level part at a time,
  /// handing each part's obligations to `body` in document order, so that neither the document nor
  /// its obligations are ever held whole: for texts of hundreds of megabytes. (A part is held whole:
  /// a text under one heading that holds everything gains nothing.)
  ///
  /// The obligations are those that ``extract(from:)`` finds in the document ``DocumentReader`` reads
  /// from the same source in the same format, in the same order and with the same identifiers. A large
  /// text is read twice: first for what the whole document decides (the acronyms it defines,
  /// conditions stated apart from their sections, a guidance scale, the title), then for the
  /// obligations; the parts of a text of up to 8 MiB are kept from the first reading instead. A large
  /// text that gives a body a short name is read once more in between, to check the name's other uses.
  ///
  /// - Parameters:
  ///   - source: The text, read part by part.
  ///   - format: `.text` or `.markdown`; any other format is read as plain text.
  ///   - body: Called with each part's obligations, in document order, as they are found.
  /// - Returns: The document without its nodes: its metadata, annotations and source.
  /// - Throws: What `body` throws; nothing more is extracted after it.
  public func extract(
    streaming source: SourceText, format: DocumentFormat, _ body: ([Obligation]) throws -> Void
  ) throws -> Document {
    try extract(streaming: source, format: format, keepingUpTo: Self.keptTextLimit, body)
  }

  /// ``extract(streaming:format:_:)`` keeping the parts of a text of up to `keptTextLimit` bytes.
  func extract(
    streaming source: SourceText, format: DocumentFormat, keepingUpTo keptTextLimit: Int,
    _ body: ([Obligation]) throws -> Void
  ) throws -> Document {
    let read = Self.partReader(source, format: format)
    // Only the texts that can define an acronym or a guidance scale are kept from the first reading.
    var texts: [String] = []
    // The first texts, for the front matter of a command paper.
    var frontMatter: [String] = []
    var keywordsInCapitals = false
    var additions: [ExtractionPostPass.Addition] = []
    var lists: [String: (leadIn: String, members: [String])] = [:]
    // The parts of a text that is not large are kept from the first reading rather than read again.
    var kept: [Node]? = []
    var keptBytes = 0
    var check = ReadingCheck()
    var commencements: [Commencement] = []
    var (metadata, annotations) = read { root in
      let part = Document(metadata: DocumentMetadata(format: format), children: [root], source: source)
      commencements += CommencementFinder.commencements(in: part)
      part.walk { visit in
        check.count(visit.node)
        guard let text = visit.node.text?.string else { return }
        keptBytes += text.utf8.count
        if frontMatter.count < PolicyLexicon.frontMatterTexts { frontMatter.append(text) }
        if !keywordsInCapitals { keywordsInCapitals = ExtractionWalk.declaresKeywordConvention(text) }
        if AcronymTable.mayDefine(text) || GuidanceScale.quotesAModal(text) { texts.append(text) }
      }
      additions += ExtractionPostPass.additions(in: part)
      lists.merge(ListedBearers.lists(in: part)) { first, _ in first }
      if keptBytes <= keptTextLimit { kept?.append(root) } else { kept = nil }
    }
    metadata.commencements = commencements
    let document = Document(
      metadata: metadata, children: [], annotations: annotations,
      diagnostics: check.warnings(for: source, title: metadata.title), source: source)
    let scale = GuidanceScale(texts: texts)
    // Short names are checked against every text: the parts kept, or the source read again.
    let acronyms = AcronymTable.build(from: texts) { each in
      let visit = { (root: Node) in
        Document(metadata: DocumentMetadata(format: format), children: [root], source: source).walk { visit in
          if let text = visit.node.text?.string { each(text) }
        }
      }
      if let kept { kept.forEach(visit) } else { _ = read(visit) }
    }
    var walker = ExtractionWalk(
      document: document, acronyms: acronyms, frontMatter: frontMatter, keywordsInCapitals: keywordsInCapitals
    )
    var failure: (any Error)?
    var keys = ObligationKey.Assigner()
    func extract(_ root: Node) {
      guard failure == nil else { return }
      walker.visit([root], path: [], topLevel: true)
      let obligations = keys.assign(
        scale.apply(
          to: ListedBearers.apply(
            to: ExtractionPostPass.apply(to: walker.takeObligations(), additions: additions), lists: lists)))
      guard !obligations.isEmpty else { return }
      do { try body(obligations) } catch { failure = error }
    }
    if let kept {
      kept.forEach(extract)
    } else {
      _ = read(extract)
    }
    if let failure { throw failure }
    return document
  }

  /// The most text (UTF-8 bytes of the nodes' own texts) whose nodes are kept from the first reading;
  /// a longer text is read again. Its nodes take about three times as much memory.
  static let keptTextLimit = 8 << 20

  /// A reader of the format that hands out top-level nodes as they complete.
  private static func partReader(_ source: SourceText, format: DocumentFormat)
    -> ((Node) -> Void) -> (DocumentMetadata, [Annotation])
  {
    if format == .markdown {
      let reader = MarkdownReader(source: source)
      return { reader.read(emit: $0) }
    }
    let reader = PlainTextReader(source: source)
    return { (reader.read(emit: $0), []) }
  }
}
