/// Extracts every duty, prohibition, recommendation, permission and exemption from a document.
///
/// The extractor walks the document's tree, splits each provision's text into sentences, finds the
/// deontic triggers, and for each one the bearer, action, beneficiary, conditions, timing and
/// references. A lead-in that ends in a dash or colon ("A local authority must—") gives one
/// obligation per item of the list that follows, each inheriting the lead-in's bearer and kind.
public struct ObligationExtractor: Sendable {
  /// Creates an extractor.
  public init() {}

  /// The obligations of a document, in document order.
  public func extract(from document: Document) -> [Obligation] {
    var texts: [String] = []
    document.walk { visit in
      if let text = visit.node.text?.string { texts.append(text) }
    }
    let acronyms = AcronymTable.build(from: texts)
    var walker = ExtractionWalk(
      document: document, acronyms: acronyms,
      frontMatter: Array(texts.prefix(PolicyLexicon.frontMatterTexts)),
      keywordsInCapitals: texts.contains(where: ExtractionWalk.declaresKeywordConvention))
    walker.visit(document.children, path: [], topLevel: true)
    let obligations = ListedBearers.apply(
      to: ExtractionPostPass.apply(to: walker.obligations, document: document), listsIn: document)
    // Statutory guidance that defines its own scale ("'should' means…") gives each trigger its meaning.
    var keys = ObligationKey.Assigner()
    return keys.assign(GuidanceScale(texts: texts).apply(to: obligations))
  }
}
