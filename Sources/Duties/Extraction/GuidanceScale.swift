import Foundation

/// Statutory guidance often says how it uses its modal words: "'must' is used where there is a
/// legal requirement", "'should' means that the guidance is expected to be followed unless there
/// is good reason not to". This finds those definitions so each obligation can carry what its own
/// document says its trigger means.
struct GuidanceScale {
  /// Definitions by phrase (lower case): the clause that defines it.
  private(set) var definitions: [String: String] = [:]
  /// The sentences that define the scale: they explain words, they impose nothing.
  private(set) var definingSentences: Set<String> = []

  init(texts: [String]) {
    for text in texts {
      // A definition quotes the word it defines: texts without quotation marks are passed over
      // before any lower-casing (this runs over every text of every document).
      guard Self.quotesAModal(text) else { continue }
      let bytes = Array(text.utf8)
      for range in SentenceSplitter.sentences(in: text) {
        // Statutes quote modals often ("striking “shall” and inserting “may”"): only the sentences that
        // quote one are read as words.
        guard Self.quotesAModal(bytes[range]) else { continue }
        let sentence = String(decoding: bytes[range], as: UTF8.self)
        let lower = sentence.lowercased()
        let words = Set(lower.split(whereSeparator: { !$0.isLetter }).map(String.init))
        guard !words.isDisjoint(with: GuidanceScaleLexicon.definingWords) else { continue }
        var remaining = lower
        for phrase in GuidanceScaleLexicon.phrases {
          for (open, close) in GuidanceScaleLexicon.quotationMarks {
            let quoted = open + phrase + close
            guard remaining.containsBytes(quoted) else { continue }
            if definitions[phrase] == nil { definitions[phrase] = Self.clause(of: sentence, quoting: quoted) }
            definingSentences.insert(sentence.trimmingCharacters(in: .whitespaces))
            remaining = remaining.replacingOccurrences(of: quoted, with: " ")
          }
        }
      }
    }
  }

  /// Whether a quotation mark (straight or curly) is followed by the start of a modal phrase: a
  /// byte scan, so the many texts with apostrophes but no such quotation cost almost nothing.
  static func quotesAModal(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { quotesAModal($0[...]) }
  }

  static func quotesAModal<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> Bool
  where Bytes.Index == Int {
    var index = bytes.startIndex
    let end = bytes.endIndex
    while index < end {
      var after = -1
      if bytes[index] == 0x22 || bytes[index] == 0x27 {
        after = index + 1
      } else if bytes[index] == 0xE2, index + 2 < end, bytes[index + 1] == 0x80,
        (0x98...0x9D).contains(bytes[index + 2])
      {
        after = index + 3
      }
      if after > 0, after + 2 < end {
        let first = bytes[after] | 0x20
        let second = bytes[after + 1] | 0x20
        // must, may, shall, should, need not, have regard
        if (first == 0x6D && (second == 0x75 || second == 0x61)) || (first == 0x73 && second == 0x68)
          || (first == 0x6E && second == 0x65) || (first == 0x68 && second == 0x61)
        {
          return true
        }
      }
      index += 1
    }
    return false
  }

  /// The clause of a sentence that holds the quoted phrase ("“should” means that…" out of "“must” is
  /// used where…, and “should” means that…").
  static func clause(of sentence: String, quoting quoted: String) -> String {
    let trimmed = sentence.trimmingCharacters(in: .whitespaces)
    let clauses = trimmed.components(separatedBy: "; ").flatMap { $0.components(separatedBy: ", and ") }
    guard clauses.count > 1,
      let found = clauses.first(where: { $0.lowercased().contains(quoted) })
    else { return trimmed }
    var clause = found.trimmingCharacters(in: .whitespaces)
    if clause.lowercased().hasPrefix("and ") { clause.removeFirst(4) }
    return clause
  }

  /// The definition that applies to a trigger ("must not" before "must").
  func meaning(of trigger: String) -> String? {
    let lower = trigger.lowercased()
    // "must have regard to" takes only a definition of having regard, never the one of "must".
    if lower.contains("regard") {
      return definitions["must have regard to"] ?? definitions["have regard to"]
    }
    for phrase in GuidanceScaleLexicon.phrases where lower == phrase || lower.hasPrefix(phrase + " ") {
      if let definition = definitions[phrase] { return definition }
    }
    return nil
  }

  /// The obligations with ``Obligation/meaning`` set where the document defines their trigger.
  func apply(to obligations: [Obligation]) -> [Obligation] {
    guard !definitions.isEmpty else { return obligations }
    return obligations.compactMap { obligation in
      // A sentence that defines the scale imposes nothing ("“should” means … is expected to…").
      if definingSentences.contains(where: { obligation.sentence.hasSuffix($0) }) { return nil }
      var obligation = obligation
      obligation.meaning = meaning(of: obligation.trigger.text)
      return obligation
    }
  }
}
