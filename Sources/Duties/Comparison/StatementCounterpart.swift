/// A requirement that was a plain statement before ("the client constructs a list of reference
/// identifiers…" → "the client MUST construct its list…"), or a statement now ("the Board must publish
/// a plan" → "the Board publishes a plan"): the obligation is new or gone, and a note says where the
/// other version said the same without requiring it (or, when that sentence holds a modal word the
/// extractor did not read as binding, only where it said the same).
///
/// The other version's sentence must hold no obligation of its own, and be the same sentence but for
/// its modal words: nearly the same content words (``minimumSimilarity``) with nearly all the action's
/// among them (``minimumContainment``), or closer still (``closeSimilarity``), or every content word
/// of a long action (``longActionStems``); and the same negation and figures.
struct StatementCounterpart {
  /// The share of content words the two sentences must share (Jaccard).
  static let minimumSimilarity = 0.6
  /// The share of content words that matches two sentences whatever their actions ("complete
  /// further checks" → "perform further checks").
  static let closeSimilarity = 0.7
  /// The share of the action's content words the statement must hold.
  static let minimumContainment = 0.8
  /// The fewest content words of an action that, all in a statement, match it whatever else the two
  /// sentences hold.
  static let longActionStems = 6
  /// The fewest content words a sentence must have to be matched at all.
  static let minimumStems = 4
  /// The longest statement a note quotes, in characters.
  static let quotedLength = 160

  /// The sentences of one version that hold no obligation, with their content words.
  struct Statements {
    var texts: [String] = []
    var lines: [Int] = []
    var stems: [Set<String>] = []
    /// Which statements hold each content word (at most 64 a word).
    var postings: [String: [Int]] = [:]

    /// The sentences of `document` that start at none of `taken` (the offsets of its obligations'
    /// sentences).
    init(_ document: Document, taken: Set<Int>) {
      document.walk { visit in
        guard let run = visit.node.text else { return }
        let text = run.string
        let bytes = Array(text.utf8)
        for range in SentenceSplitter.sentences(in: text) {
          let location = document.location(of: run, at: range.lowerBound)
          guard !taken.contains(location.offset) else { continue }
          let sentence = String(decoding: bytes[range], as: UTF8.self)
          let sentenceStems = StatementCounterpart.stems(sentence)
          guard sentenceStems.count >= StatementCounterpart.minimumStems else { continue }
          let index = texts.count
          texts.append(sentence)
          lines.append(location.line)
          stems.append(sentenceStems)
          for stem in sentenceStems where postings[stem, default: []].count < 64 {
            postings[stem, default: []].append(index)
          }
        }
      }
    }
  }

  let old: Document
  let new: Document
  let oldObligations: [Obligation]
  let newObligations: [Obligation]

  /// The changes with a note on each addition that was a statement before and each removal that
  /// is a statement now.
  func noting(_ changes: [ObligationChange]) -> [ObligationChange] {
    let added = changes.indices.filter { changes[$0].change == .added }
    let removed = changes.indices.filter { changes[$0].change == .removed }
    var noted = changes
    if !added.isEmpty {
      let statements = Statements(old, taken: Set(oldObligations.map(\.location.offset)))
      for (index, statement) in Self.matches(added.map { changes[$0].new! }, in: statements) {
        let text = statements.texts[statement]
        let said = Self.isModal(text) ? "said before" : "stated before without a requirement"
        noted[added[index]].notes.append(
          "\(said), old line \(statements.lines[statement]): " + Self.quoted(text))
      }
    }
    if !removed.isEmpty {
      let statements = Statements(new, taken: Set(newObligations.map(\.location.offset)))
      for (index, statement) in Self.matches(removed.map { changes[$0].old! }, in: statements) {
        let text = statements.texts[statement]
        let said = Self.isModal(text) ? "still said" : "now stated without a requirement"
        noted[removed[index]].notes.append(
          "\(said), new line \(statements.lines[statement]): " + Self.quoted(text))
      }
    }
    return noted
  }

  /// For each obligation that has one, the statement that says the same (obligation index, statement
  /// index), the closest pairs first, each statement at most once.
  static func matches(_ obligations: [Obligation], in statements: Statements) -> [(Int, Int)] {
    var scored: [(Double, Int, Int)] = []
    for (index, obligation) in obligations.enumerated() {
      let sentence = stems(obligation.sentence)
      // The action without its examples ("…, such as expiration and revocation").
      let action = ObligationAligner.stems(NormalizedObligation(obligation).core)
        .subtracting(ComparisonLexicon.modalWords)
      guard sentence.count >= minimumStems, !action.isEmpty else { continue }
      let negated = isNegated(obligation.sentence)
      let figures = numbers(obligation.sentence)
      let candidates = Set(sentence.flatMap { statements.postings[$0] ?? [] })
      for candidate in candidates.sorted() {
        let words = statements.stems[candidate]
        let similarity = jaccard(sentence, words)
        let held = Double(action.filter(words.contains).count) / Double(action.count)
        // A list's lead-in carries its items in its sentence: then a long action held whole is enough.
        let alike =
          similarity >= minimumSimilarity && held >= minimumContainment || similarity >= closeSimilarity
          || action.count >= longActionStems && held == 1
        guard alike, isNegated(statements.texts[candidate]) == negated,
          numbers(statements.texts[candidate]) == figures
        else { continue }
        scored.append((similarity + held, index, candidate))
      }
    }
    var usedObligation = [Bool](repeating: false, count: obligations.count)
    var usedStatement = [Bool](repeating: false, count: statements.texts.count)
    return ObligationAligner.bestFirst(scored, oldUsed: &usedObligation, newUsed: &usedStatement)
  }

  /// The content words of a text, stemmed, without the words that make it a requirement.
  static func stems(_ text: String) -> Set<String> {
    ObligationAligner.stems(EditorialNormalizer.words(text)).subtracting(ComparisonLexicon.modalWords)
  }

  /// The words of a sentence that hold a figure ("£500", "28"): a statement with other figures says
  /// something else.
  private static func numbers(_ text: String) -> Set<String> {
    Set(EditorialNormalizer.words(text).filter { $0.contains(where: \.isNumber) })
  }

  /// Whether a sentence holds a word that may make it a requirement or an advice ("need to",
  /// "would", "ideally"), one the extractor did not read as binding anyone: the note then says only
  /// that the other version says it, not that it requires nothing.
  private static func isModal(_ text: String) -> Bool {
    EditorialNormalizer.words(text).contains { ComparisonLexicon.modalWords.contains($0) }
  }

  /// Whether a sentence says "not", "never" or "no".
  private static func isNegated(_ text: String) -> Bool {
    EditorialNormalizer.words(text).contains { ComparisonLexicon.negatingWords.contains($0) }
  }

  /// A statement in quotes, cut at ``quotedLength`` characters.
  private static func quoted(_ text: String) -> String {
    let trimmed = text.collapsingWhitespace
    let shown = trimmed.count > quotedLength ? String(trimmed.prefix(quotedLength - 1)) + "…" : trimmed
    return "“\(shown)”"
  }
}
