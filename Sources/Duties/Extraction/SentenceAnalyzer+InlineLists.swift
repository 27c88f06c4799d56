/// Lists written inline in a sentence: "must— (a) publish…; (b) consult…", their markers and the
/// words that complete a lead-in after them.
extension SentenceAnalyzer {
  /// Whether the token at `index` is a lead-in mark ("—", ":") with a list item's marker after it:
  /// "(a)", or a first item's marker closed by its bracket alone, as guidance writes them ("should: a)
  /// consider…; b) plan…"), not a range ("ages 3–4)", "1962d–16)").
  static func leadsInlineList(_ tokens: [Token], at index: Int) -> Bool {
    ClauseLexicon.listLeadInMarks.contains(tokens[index].text)
      && (opensInlineList(tokens, at: index + 1)
        || opensBareInlineList(tokens, at: index + 1)
          && !(index > 0 && tokens[index - 1].text.contains(where: \.isNumber)))
  }

  /// Whether a first item's marker closed by its bracket alone starts at `index`: "a)", "i)", "1)".
  static func opensBareInlineList(_ tokens: [Token], at index: Int) -> Bool {
    index + 2 < tokens.count && tokens[index + 1].text == ")" && tokens[index + 2].isWord
      && ClauseLexicon.firstItemMarkers.contains(tokens[index].text)
  }

  /// Where a list written inline after its lead-in starts within `range` (at the lead-in mark), or
  /// `range.upperBound` when there is none.
  static func inlineListStart(_ tokens: [Token], in range: Range<Int>) -> Int {
    range.first { leadsInlineList(tokens, at: $0) } ?? range.upperBound
  }

  /// The words that complete a lead-in after its inline list: "must, when it commissions— (a) services
  /// for adults, or (b) services for children, appoint a carers' lead" gives "appoint a carers' lead"
  /// (from the comma after the last item's marker, when a lower-case word other than a joiner follows
  /// it), or nil.
  static func inlineWrapUp(_ tokens: [Token], after lead: Int) -> Range<Int>? {
    guard leadsInlineList(tokens, at: lead),
      let lastMarker = (lead..<tokens.count).last(where: { opensInlineList(tokens, at: $0) })
    else { return nil }
    var depth = 0
    for index in (lastMarker + 3)..<tokens.count {
      switch tokens[index].text {
      case "(": depth += 1
      case ")": depth = max(0, depth - 1)
      case ";", ":", "—", "–": return nil
      case "," where depth == 0 && index + 1 < tokens.count:
        let next = tokens[index + 1]
        guard next.isWord, !next.isCapitalized, !ClauseLexicon.joiners.contains(next.lower) else { continue }
        return (index + 1)..<ClauseParts.endBeforeTrailingMarks(tokens, from: index + 1, to: tokens.count)
      default: continue
      }
    }
    return nil
  }

  /// Whether a list item's marker starts at `index`: "(a)", "(ii)", "(3)", "(za)".
  static func opensInlineList(_ tokens: [Token], at index: Int) -> Bool {
    isItemMarker(tokens, at: index)
      && tokens[index + 1].text.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
  }

  /// Where the words after an inline item marker ("(ii)", "(b)", "(3)") start, when one stands at
  /// `index` and words follow it before `end`.
  static func afterItemMarker(_ tokens: [Token], at index: Int, before end: Int) -> Int? {
    guard index + 3 < end, isItemMarker(tokens, at: index), tokens[index + 1].isWord else { return nil }
    return index + 3
  }

  /// Whether a bracketed label of an item stands at `index`: "(ii)", "(b)", "(3)", "(A)".
  static func isItemMarker(_ tokens: [Token], at index: Int) -> Bool {
    index + 2 < tokens.count && tokens[index].text == "(" && tokens[index + 2].text == ")"
      && tokens[index + 1].text.count <= ClauseLexicon.itemMarkerLength
  }

}
