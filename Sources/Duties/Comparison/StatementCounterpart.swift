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

  /// What the matching reads of a sentence, from its normalised words taken once.
  struct Reading {
    /// The content words, stemmed, without the words that make it a requirement.
    let stems: Set<String>
    /// Whether it says "not", "never", "no"… (`ComparisonLexicon.negatingWords`).
    let negated: Bool
    /// The words that hold a figure ("£500", "28"): a statement with other figures says something else.
    let figures: Set<String>
    /// Whether it holds a word that may make it a requirement or an advice ("need", "would",
    /// "ideally"), one the extractor did not read as binding anyone: the note then says only that the
    /// other version says it, not that it requires nothing.
    let modal: Bool

    init(_ text: String) {
      let words = EditorialNormalizer.words(text)
      stems = ObligationAligner.stems(words).subtracting(ComparisonLexicon.modalWords)
      negated = words.contains { ComparisonLexicon.negatingWords.contains($0) }
      figures = Set(words.filter { $0.contains(where: \.isNumber) })
      modal = words.contains { ComparisonLexicon.modalWords.contains($0) }
    }
  }

  /// The sentences of one version that hold no obligation, with what the matching reads of them.
  struct Statements {
    var texts: [String] = []
    var lines: [Int] = []
    var readings: [Reading] = []
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
          let reading = Reading(sentence)
          guard reading.stems.count >= StatementCounterpart.minimumStems else { continue }
          let index = texts.count
          texts.append(sentence)
          lines.append(location.line)
          readings.append(reading)
          for stem in reading.stems where postings[stem, default: []].count < 64 {
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
    var noted = changes
    note(
      &noted, .added, in: old, holding: oldObligations,
      says: ("said before", "stated before without a requirement", "old"))
    note(
      &noted, .removed, in: new, holding: newObligations,
      says: (Self.removalNotes.modal, Self.removalNotes.plain, "new"))
    return noted
  }

  /// How a note on a removal begins: the new version says it with a modal word not read as binding, or
  /// without one.
  static let removalNotes = (modal: "still said", plain: "now stated without a requirement")

  /// Whether a note is one this type puts on a removal.
  static func isRemovalNote(_ note: String) -> Bool {
    note.hasPrefix(removalNotes.modal + ",") || note.hasPrefix(removalNotes.plain + ",")
  }

  /// Notes each change of `kind` whose obligation `document` (the other version, holding `obligations`)
  /// states: "<modal or plain wording>, <side> line N: “…”".
  private func note(
    _ changes: inout [ObligationChange], _ kind: ObligationChange.Kind, in document: Document,
    holding obligations: [Obligation], says: (modal: String, plain: String, side: String)
  ) {
    let indices = changes.indices.filter { changes[$0].change == kind }
    guard !indices.isEmpty else { return }
    let statements = Statements(document, taken: Set(obligations.map(\.location.offset)))
    let own = indices.map { (changes[$0].new ?? changes[$0].old)! }
    for (index, statement) in Self.matches(own, in: statements) {
      let said = statements.readings[statement].modal ? says.modal : says.plain
      changes[indices[index]].notes.append(
        "\(said), \(says.side) line \(statements.lines[statement]): "
          + Self.quoted(statements.texts[statement]))
    }
  }

  /// For each obligation that has one, the statement that says the same (obligation index, statement
  /// index), the closest pairs first, each statement at most once.
  static func matches(_ obligations: [Obligation], in statements: Statements) -> [(Int, Int)] {
    var scored: [(Double, Int, Int)] = []
    for (index, obligation) in obligations.enumerated() {
      let reading = Reading(obligation.sentence)
      let sentence = reading.stems
      // The action without its examples ("…, such as expiration and revocation").
      let action = ObligationAligner.stems(NormalizedObligation(obligation).core)
        .subtracting(ComparisonLexicon.modalWords)
      guard sentence.count >= minimumStems, !action.isEmpty else { continue }
      let candidates = Set(sentence.flatMap { statements.postings[$0] ?? [] })
      for candidate in candidates.sorted() {
        let other = statements.readings[candidate]
        let words = other.stems
        let similarity = jaccard(sentence, words)
        let held = Double(action.filter(words.contains).count) / Double(action.count)
        // A list's lead-in carries its items in its sentence: then a long action held whole is enough.
        let alike =
          similarity >= minimumSimilarity && held >= minimumContainment || similarity >= closeSimilarity
          || action.count >= longActionStems && held == 1
        guard alike, other.negated == reading.negated, other.figures == reading.figures else { continue }
        scored.append((similarity + held, index, candidate))
      }
    }
    var usedObligation = [Bool](repeating: false, count: obligations.count)
    var usedStatement = [Bool](repeating: false, count: statements.texts.count)
    return ObligationAligner.bestFirst(scored, oldUsed: &usedObligation, newUsed: &usedStatement)
  }

  /// A statement in quotes, cut at ``quotedLength`` characters.
  private static func quoted(_ text: String) -> String {
    let trimmed = text.collapsingWhitespace
    let shown = trimmed.count > quotedLength ? String(trimmed.prefix(quotedLength - 1)) + "…" : trimmed
    return "“\(shown)”"
  }
}
