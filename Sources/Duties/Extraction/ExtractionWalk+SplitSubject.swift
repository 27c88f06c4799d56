extension ExtractionWalk {
  /// "Each person who— (a) provides health services…, or (b) assists…, must, in doing so, have regard
  /// to the Code.": a subject whose relative clause is a list, and the predicate after the list. The
  /// obligation is the subject's ("Each person … must have regard"), its sentence the whole provision,
  /// and each item is a condition of who is bound ("where: who provides health services…"), binding no
  /// one itself. Returns the bearer, or `nil` when the node is not written so.
  mutating func extractSplitSubject(
    from node: Node, text: TextRun, path: [String], analyzer: SentenceAnalyzer
  )
    -> Party??
  {
    guard let (subject, relative) = Self.splitSubject(text.string),
      let wrapUp = node.children.last(where: { $0.text != nil }), wrapUp.number == nil,
      let wrapText = wrapUp.text, DeonticLexicon.startsWithModal(wrapText.string)
    else { return nil }
    let items = node.children.compactMap { item in item.number != nil ? item.text.map { (item, $0) } : nil }
    let sentences = SentenceSplitter.sentences(in: wrapText.string)
    guard !items.isEmpty, let predicateRange = sentences.first else { return nil }
    let bytes = Array(wrapText.string.utf8)
    let predicate = String(decoding: bytes[predicateRange], as: UTF8.self)
    let analyzed = subject + " " + predicate
    var drafts = analyzer.analyze(analyzed, previousBearer: nil).filter { $0.form != .imperative }
    guard !drafts.isEmpty else { return nil }
    sentenceCount += 1
    // Each item, with its own list if it has one, says who is bound.
    let itemTexts = items.map { item, text in
      ([text.string] + item.children.compactMap(Self.labelled)).joined(separator: " ")
    }
    let whole =
      ([text.string.trimming(" ")] + zip(items, itemTexts).map { ($0.0.number ?? "") + " " + $1 } + [
        predicate
      ])
      .joined(separator: " ")
    let shift = whole.utf8.count - analyzed.utf8.count
    let wrapStart = subject.utf8.count + 1
    for var draft in drafts where draft.trigger.lowerBound >= wrapStart {
      let trigger = Trigger(
        text: draft.triggerText,
        location: document.location(
          of: wrapText, at: predicateRange.lowerBound + draft.trigger.lowerBound - wrapStart))
      draft.trigger = (draft.trigger.lowerBound + shift)..<(draft.trigger.upperBound + shift)
      draft.conditions =
        itemTexts.map { Condition(kind: .where, text: relative + " " + Self.tidyItem($0)) } + draft.conditions
      append(
        draft, trigger: trigger, location: document.location(of: text, at: 0), path: path, sentence: whole)
    }
    // The wrap-up's other sentences ("The statement shall be available to the public.") stand alone.
    var bearer = drafts.last { $0.bearer != nil }?.bearer
    for range in sentences.dropFirst() {
      let sentence = String(decoding: bytes[range], as: UTF8.self)
      sentenceCount += 1
      drafts = analyzer.analyze(sentence, previousBearer: bearer)
      if dropsImperatives { drafts.removeAll { $0.form == .imperative } }
      for draft in drafts {
        add(draft, sentence: sentence, run: wrapText, offset: range.lowerBound, path: path)
      }
      bearer = drafts.last { $0.bearer != nil }?.bearer ?? bearer
    }
    return .some(bearer)
  }

  /// The subject of a lead-in that ends in a relative word and a dash, and the relative word ("Each
  /// person who—" → ("Each person", "who")), when its text is that one short sentence.
  static func splitSubject(_ text: String) -> (subject: String, relative: String)? {
    let trimmed = text.trimming(" ")
    guard let last = trimmed.last, last == "—" || last == "–" else { return nil }  // a dash, not a colon
    let words = trimmed.dropLast().split(separator: " ")
    // "The Secretary of State must ensure that—" holds its own modal: its list is the object.
    guard words.count >= 2, words.count <= ListLexicon.splitSubjectMaximumWords, let relative = words.last,
      ListLexicon.splitSubjectRelatives.contains(relative.lowercased()),
      !words.contains(where: { DeonticLexicon.modals.contains($0.lowercased()) })
    else { return nil }
    return (words.dropLast().joined(separator: " "), String(relative))
  }
}
