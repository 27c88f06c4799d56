/// Lists: a lead-in that opens a list gives an obligation per item, or one for the whole when the list
/// only completes its action.
extension ExtractionWalk {
  /// One obligation per item for a lead-in that opens a list; one for the whole when the list
  /// only completes a long action ("…co-operate in the exercise of— (a) …").
  mutating func distribute(
    _ leadIn: SentenceAnalyzer.Draft, sentence: String, run: TextRun, offset: Int, items: [Node],
    path: [String],
    analyzer: SentenceAnalyzer
  ) {
    // A list that completes a condition ("unless it considers that doing so—") qualifies one obligation.
    let trimmedSentence = sentence.trimming(" —–:")
    let completesCondition =
      leadIn.conditions.last.map { trimmedSentence.hasSuffix($0.text.trimming(" —–:")) } ?? false
    // "Ensure the permissions are least by: - disabling… - setting…": each item is a means of its own.
    let perItem =
      !completesCondition
      && (leadIn.action.split(separator: " ").count <= 4
        || ClauseLexicon.itemCompletions.contains { leadIn.action.hasSuffix(" " + $0) })
    var leadIn = leadIn
    var wholeSentence = sentence
    // The items that complete a long action without a trigger of their own: "make provision— (a) as to
    // the form of a document; (b) imposing duties…" is one power, its items its content.
    var completions: [String] = []
    // Every item repeats the lead-in; a long list under a long one repeats it shortened, the same
    // in every item (SentenceClip).
    let repeated =
      SentenceClip.repeatedBytes(of: leadIn, sentence: sentence).multipliedReportingOverflow(by: items.count)
    let itemLeadIn =
      repeated.overflow || repeated.partialValue > SentenceClip.listBudget
      ? Self.shortened(leadIn, sentence: sentence) : (leadIn: leadIn, sentence: sentence)
    for item in items {
      let itemPath = item.label.map { path + [$0] } ?? path
      guard let itemText = item.text else {
        visit([item], path: path)
        continue
      }
      let fullText = ([itemText.string] + Self.descendantTexts(item)).joined(separator: " ")
      wholeSentence += " " + Self.labelled(item, fullText)
      // The item's own analysis, made once, whichever step needs it first.
      var analysed: [SentenceAnalyzer.Draft]?
      if appendWrappedUp(
        item, itemText: itemText, itemPath: itemPath, leadIn: itemLeadIn, bearer: leadIn.bearer, run: run,
        offset: offset, analyzer: analyzer, clauses: perItem && item.kind != .block && item.children.isEmpty,
        analysed: &analysed)
      {
        continue
      }
      // An item or wrap-up with its own trigger stands alone, keeping the lead-in's bearer. An item
      // that reads as an instruction ("(1) Explain the interest…") continues a lead-in that binds
      // each item.
      let own = analysed ?? analyzer.analyze(itemText.string, previousBearer: leadIn.bearer)
      let continues = perItem && item.kind != .block && own.allSatisfy { $0.form == .imperative }
      if !own.isEmpty, !continues {
        visit([item], path: path, bearer: leadIn.bearer)
        continue
      }
      guard perItem, item.kind != .block else {
        if item.kind == .block {
          visit([item], path: path)
        } else {
          completions.append(Self.labelled(item, fullText))
        }
        continue
      }
      appendItem(
        itemLeadIn.leadIn, itemText: fullText, item: item, itemPath: itemPath, sentence: itemLeadIn.sentence,
        run: run, offset: offset, analyzer: analyzer)
    }
    if completesCondition { leadIn = Self.completingCondition(leadIn, items: items) }
    if !perItem {
      if !completesCondition, !completions.isEmpty {
        leadIn.action =
          leadIn.action.trimming(" —–:") + "— " + completions.joined(separator: " ").trimming(" .")
      }
      let trigger = Trigger(
        text: leadIn.triggerText, location: document.location(of: run, at: offset + leadIn.trigger.lowerBound)
      )
      append(
        leadIn, trigger: trigger, location: document.location(of: run, at: offset), path: path,
        sentence: wholeSentence)
    }
  }

  /// "(b) publish a summary, and may charge for it": the item, then a wrap-up of the same bearer, each
  /// appended; with `clauses`, also an item whose action a clause of its own follows ("(b) provide
  /// assistance, except that the Director may refuse it"): the item up to it, then the clause's own
  /// obligations. False (nothing appended) when the item has no such wrap-up or clause. The item's
  /// own analysis, when made, is left in `analysed` for the caller.
  private mutating func appendWrappedUp(
    _ item: Node, itemText: TextRun, itemPath: [String],
    leadIn: (leadIn: SentenceAnalyzer.Draft, sentence: String), bearer: Party?, run: TextRun, offset: Int,
    analyzer: SentenceAnalyzer, clauses: Bool, analysed: inout [SentenceAnalyzer.Draft]?
  ) -> Bool {
    let text = itemText.string
    let bytes = Array(text.utf8)
    var found: (split: Int, sentence: String, offset: Int, drafts: [SentenceAnalyzer.Draft])?
    // An item of several sentences is read sentence by sentence (by the caller), never as one.
    var oneSentence: Bool?
    for start in Self.wrapUpStarts(in: text, clauses: clauses) {
      if start.sharesSubject {
        let wrapUp = String(decoding: bytes[start.byte...], as: UTF8.self)
        let drafts = analyzer.analyze(wrapUp, previousBearer: bearer).filter { $0.form != .imperative }
        if !drafts.isEmpty { found = (start.byte, wrapUp, start.byte, drafts) }
      } else {
        if oneSentence == nil { oneSentence = SentenceSplitter.sentences(in: text).count == 1 }
        guard oneSentence == true else { continue }
        // A clause of its own is read in its item, so that "which" finds what it follows.
        let all = analysed ?? analyzer.analyze(text, previousBearer: bearer)
        analysed = all
        let drafts = all.filter { $0.form != .imperative }
        if !drafts.isEmpty, drafts.allSatisfy({ $0.trigger.lowerBound >= start.byte }) {
          found = (start.byte, text, 0, drafts)
        }
      }
      if found != nil { break }
    }
    guard let (split, sentence, draftOffset, drafts) = found else { return false }
    appendItem(
      leadIn.leadIn, itemText: String(decoding: bytes[..<split], as: UTF8.self), item: item,
      itemPath: itemPath, sentence: leadIn.sentence, run: run, offset: offset, analyzer: analyzer)
    for draft in drafts {
      add(draft, sentence: sentence, run: itemText, offset: draftOffset, path: itemPath)
    }
    return true
  }

  /// A lead-in whose list completes its last condition, the items added to it; a wrap-up in lower case
  /// after the items of a lead-in with no action is the action ("must, when it commissions— (a)…
  /// (b)…, appoint a carers' lead").
  static func completingCondition(_ leadIn: SentenceAnalyzer.Draft, items: [Node]) -> SentenceAnalyzer.Draft {
    var leadIn = leadIn
    guard var last = leadIn.conditions.popLast() else { return leadIn }
    var listed = items
    if leadIn.action.isEmpty, let wrapUp = items.last, wrapUp.number == nil, items.count > 1,
      let text = wrapUp.text?.string, text.first?.isLowercase == true
    {
      leadIn.action = tidyItem(text)
      leadIn.opensList = false
      listed.removeLast()
    }
    last.text = ([last.text] + listed.compactMap { labelled($0) }).joined(separator: " ")
    leadIn.conditions.append(last)
    return leadIn
  }

  /// One obligation for an item of a lead-in's list: the lead-in's bearer and kind, the item's action.
  private mutating func appendItem(
    _ leadIn: SentenceAnalyzer.Draft, itemText fullText: String, item: Node, itemPath: [String],
    sentence: String,
    run: TextRun, offset: Int, analyzer: SentenceAnalyzer
  ) {
    guard let itemRun = item.text else { return }
    var draft = leadIn
    var itemAction = Self.tidyItem(fullText)
    // "The duties are— (a) to publish…": the item's "to" goes with a lead-in that has no verb (not "to
    // the extent practicable, use…").
    if leadIn.action.isEmpty, itemAction.hasPrefix(ListLexicon.infinitiveMarker),
      let next = itemAction.dropFirst(ListLexicon.infinitiveMarker.count).split(separator: " ").first,
      !PartyLexicon.determiners.contains(next.lowercased())
    {
      itemAction.removeFirst(ListLexicon.infinitiveMarker.count)
    }
    draft.action = leadIn.action.isEmpty ? itemAction : "\(leadIn.action) \(itemAction)"
    let tokens = Tokenizer.tokens(fullText)
    draft.conditions += ClauseParts.conditions(
      in: tokens, sentence: fullText, range: 0..<tokens.count, excluding: 0..<0
    ).map(\.0)
    draft.timing += ClauseParts.timing(in: tokens, sentence: fullText, range: 0..<tokens.count).map(\.0)
    draft.references = (draft.references + ClauseParts.references(in: tokens, sentence: fullText)).uniqued()
    draft.beneficiary = analyzer.beneficiary(in: itemAction) ?? leadIn.beneficiary
    let trigger = Trigger(
      text: leadIn.triggerText, location: document.location(of: run, at: offset + leadIn.trigger.lowerBound))
    append(
      draft, trigger: trigger, location: document.location(of: itemRun), path: itemPath,
      sentence: sentence, item: Self.labelled(item, fullText))
  }

  /// A lead-in as the items of a long list repeat it (past ``SentenceClip/listBudget``): its
  /// sentence clipped to ``SentenceClip/repeatedLeadInBytes`` around the trigger, its action,
  /// conditions and timing within that many bytes each, and only the references in what is left of
  /// the sentence (so the legal basis is found there too).
  private static func shortened(_ leadIn: SentenceAnalyzer.Draft, sentence: String) -> (
    leadIn: SentenceAnalyzer.Draft, sentence: String
  ) {
    let limit = SentenceClip.repeatedLeadInBytes
    let shown = SentenceClip.clip(sentence, around: leadIn.trigger.lowerBound, maximumBytes: limit)
    var draft = leadIn.shortened(to: limit)
    draft.references = draft.references.filter { shown.containsWords($0) }
    return (draft, shown)
  }

  /// Where a wrap-up with its own modal may start inside an item, in order: ", and may charge for it"
  /// (which shares the item's subject); with `clauses`, also a clause that opens with a word of
  /// ``ListLexicon/ownClauseOpeners`` after an action of two words or more (", except that the
  /// Director may…", ", which must…"; "and" or "or" only before a subject: ", and the Clerk…").
  static func wrapUpStarts(in text: String, clauses: Bool = false) -> [(byte: Int, sharesSubject: Bool)] {
    let tokens = Tokenizer.tokens(text)
    var starts: [(byte: Int, sharesSubject: Bool)] = []
    for index in 1..<max(1, tokens.count - 2) where [",", ";"].contains(tokens[index - 1].text) {
      let word = tokens[index].lower
      if ClauseLexicon.joiners.contains(word), DeonticLexicon.modals.contains(tokens[index + 1].lower) {
        starts.append((tokens[index].start, true))
      } else if clauses, ListLexicon.ownClauseOpeners.contains(word),
        tokens[..<(index - 1)].filter(\.isWord).count >= 2,
        // "and"/"or" open a clause with its own subject ("and the Clerk may…"), not a list of nouns
        // ("conversion, use, or disposal of the property shall…").
        !ClauseLexicon.joiners.contains(word) || PartyLexicon.determiners.contains(tokens[index + 1].lower)
          || ClauseLexicon.subjectPronouns.contains(tokens[index + 1].lower)
      {
        starts.append((tokens[index].start, false))
      }
    }
    return starts
  }

  private static func descendantTexts(_ node: Node) -> [String] {
    node.children.flatMap { child in [labelled(child, child.text?.string ?? "")] + descendantTexts(child) }
  }

  /// A list item's text with its label as written: "(a) assess the needs of carers".
  private static func labelled(_ item: Node, _ text: String) -> String {
    (item.number.map { "\($0) " } ?? "") + text
  }

  /// An item's own text with its label, if it has text.
  static func labelled(_ item: Node) -> String? {
    item.text.map { labelled(item, $0.string) }
  }

  static func tidyItem(_ text: String) -> String {
    var result = text.trimming(" ")
    for suffix in ListLexicon.itemEndings where result.hasSuffix(suffix) {
      result = String(result.dropLast(suffix.count))
      break
    }
    return result.trimming(" ")
  }
}
