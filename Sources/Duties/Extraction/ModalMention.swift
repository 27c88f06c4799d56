/// A modal named in brackets after the one a sentence uses, to say which it replaces or is not: "they
/// SHOULD NOT (instead of MUST NOT) be included", "Councils must (not should) publish the plan". The
/// bracket is a remark on the wording, not a second trigger; the sentence is read without it.
enum ModalMention {
  /// The most words such a bracket holds.
  static let maximumWords = 6

  /// The tokens without the brackets that name a modal right after a modal ("must (not should)").
  static func removed(from tokens: [Token]) -> [Token] {
    // Most sentences have no bracket right after a modal: one pass finds none and copies nothing.
    guard let first = firstMention(in: tokens, from: 0) else { return tokens }
    var kept: [Token] = []
    kept.reserveCapacity(tokens.count)
    var cursor = 0
    var mention: Range<Int>? = first
    while let range = mention {
      kept += tokens[cursor..<range.lowerBound]
      cursor = range.upperBound
      mention = firstMention(in: tokens, from: cursor)
    }
    kept += tokens[cursor...]
    return kept
  }

  /// The next bracket (with its brackets) that follows a modal and names one.
  private static func firstMention(in tokens: [Token], from start: Int) -> Range<Int>? {
    var index = max(start, 1)
    while index < tokens.count {
      defer { index += 1 }
      guard tokens[index].text == "(", isModal(tokens[index - 1].lower) else { continue }
      let limit = min(tokens.count, index + maximumWords + 2)
      // Only a modal named ("(not should)", "(instead of MUST NOT)"), never a clause ("(but shall not be
      // obliged to)", "(where it may lawfully do so)").
      guard let close = tokens[(index + 1)..<limit].firstIndex(where: { $0.text == ")" }),
        tokens[(index + 1)..<close].contains(where: { DeonticLexicon.modals.contains($0.lower) }),
        tokens[(index + 1)..<close].allSatisfy({
          DeonticLexicon.modals.contains($0.lower) || ClauseLexicon.modalMentionWords.contains($0.lower)
        })
      else { continue }
      return index..<(close + 1)
    }
    return nil
  }

  /// A modal, or the "not" of "SHOULD NOT", before the bracket.
  private static func isModal(_ word: String) -> Bool {
    DeonticLexicon.modals.contains(word) || ClauseLexicon.negations.contains(word)
  }
}
