/// The walk over a document's nodes that collects obligations, handling lead-ins and their lists.
struct ExtractionWalk {
  let document: Document
  /// Whether the document is guidance or a policy paper (see ``SentenceAnalyzer/isPolicyDocument``).
  let isPolicyDocument: Bool
  /// Whether the document is a green or white paper (see ``SentenceAnalyzer/isCommandPaper``).
  let isCommandPaper: Bool
  /// Whether the document keeps its key words for capitals (see ``SentenceAnalyzer/keywordsInCapitals``).
  let keywordsInCapitals: Bool
  var obligations: [Obligation] = []
  /// How many obligations each section path has had, for their identifiers.
  var counters: [String: Int] = [:]
  /// Whether instructions to the reader are left out: in a table's cells, which state no duty of
  /// the reader by themselves ("Review each exception" in a column of actions).
  var dropsImperatives = false
  /// The last obligations with a bearer, for the party responsible for a thing (``ThingAntecedent``).
  private var antecedents = ThingAntecedent()
  /// The last bearer named by the document's top-level nodes visited so far.
  private var topLevelBearer: Party?
  /// The number of sentences read so far, for ``antecedents``.
  var sentenceCount = 0
  let partyNames: PartyNameCache

  /// A walk over `document`, whose first texts (``PolicyLexicon/frontMatterTexts`` of them) are
  /// `frontMatter`; `keywordsInCapitals` when one of its texts declares the BCP 14 convention
  /// (``declaresKeywordConvention(_:)``).
  init(document: Document, acronyms: [String: String], frontMatter: [String], keywordsInCapitals: Bool) {
    self.document = document
    partyNames = PartyNameCache(acronyms: acronyms)
    isCommandPaper =
      Self.isPolicy(document.metadata, types: PolicyLexicon.commandPaperTypes)
      || Self.isCommandPaper([document.metadata.title].compactMap { $0 } + frontMatter)
    isPolicyDocument = isCommandPaper || Self.isPolicy(document.metadata)
    self.keywordsInCapitals = keywordsInCapitals
  }

  /// Whether a heading heads an illustration ("Examples", "Sample Text", "Case study 2: …"), whose
  /// statements are not the document's requirements (`HeadingLexicon.illustrativeStarts`).
  static func isIllustrative(_ heading: String) -> Bool {
    let words = heading.lowercased().split { !$0.isLetter && !$0.isNumber }
    // "Example 2", "Examples of joint plans", "Case study: a merged trust".
    return HeadingLexicon.illustrativeStarts.contains { words.starts(with: $0.split(separator: " ")) }
  }

  /// Whether a heading heads the document's own change log ("Changelog", "Revision history",
  /// "Changes since draft 05"), whose entries report changes rather than make requirements
  /// (`HeadingLexicon.changeLogStarts`).
  static func isChangeLog(_ heading: String) -> Bool {
    let words = heading.lowercased().split { !$0.isLetter && !$0.isNumber }.drop {
      $0.first?.isNumber == true
    }
    return HeadingLexicon.changeLogStarts.contains { words.starts(with: $0.split(separator: " ")) }
  }

  /// Whether a heading is a requirement labelled by a keyword in capitals and a colon: "MUST: use
  /// HTTPS", "SHOULD NOT: store passwords".
  static func isRequirementHeading(_ heading: String) -> Bool {
    // Most headings open with no keyword in capitals: a byte test turns them away first.
    guard let first = heading.utf8.first, first >= UInt8(ascii: "M"), first <= UInt8(ascii: "S"),
      let colon = heading.utf8.firstIndex(of: UInt8(ascii: ":"))
    else { return false }
    let label = heading[..<colon].split(separator: " ")
    guard let first = label.first, DeonticLexicon.conventionKeywords.contains(String(first)), label.count <= 2
    else { return false }
    return label.count == 1 || ClauseLexicon.negations.contains(label[1].lowercased())
  }

  /// Whether a policy paper's heading, whole, heads how to take part in its consultation ("How to
  /// respond", "Responding to this consultation"): where to send responses and how they are published is
  /// no requirement of the policy (`HeadingLexicon.consultationProcedureHeadings`).
  static func isConsultationProcedure(_ heading: String) -> Bool {
    let words = heading.lowercased().split { !$0.isLetter && !$0.isNumber }.drop {
      $0.first?.isNumber == true
    }
    return HeadingLexicon.consultationProcedureHeadings.contains(words.joined(separator: " "))
  }

  /// Whether a text says that the document's key words have their RFC 2119 sense in capitals only.
  static func declaresKeywordConvention(_ text: String) -> Bool {
    DeonticLexicon.keywordConventionMarks.contains(where: text.containsBytes)
  }

  /// The obligations collected so far, which the walk then forgets (for extraction part by part).
  mutating func takeObligations() -> [Obligation] {
    defer { obligations = [] }
    return obligations
  }

  /// A paper laid before Parliament "by Command of Her Majesty", which says so in its front matter.
  static func isCommandPaper(_ frontMatter: [String]) -> Bool {
    frontMatter.prefix(PolicyLexicon.frontMatterTexts).contains { text in
      let lower = text.lowercased()
      return PolicyLexicon.frontMatterMarks.contains(where: lower.contains)
    }
  }

  /// Guidance, green and white papers, strategies and consultations, by their stated type or title.
  static func isPolicy(_ metadata: DocumentMetadata, types: [String] = PolicyLexicon.documentTypes) -> Bool {
    let described = [metadata.properties["type"], metadata.title].compactMap { $0?.lowercased() }
    return described.contains { text in types.contains(where: text.contains) }
  }

  /// Visits nodes; `bearer` is the party of an enclosing lead-in, for items and wrap-ups that continue it.
  /// A pronoun that starts a paragraph stands for the last bearer of the paragraphs before it among
  /// its siblings ("3.1 PCTs must… 3.2 They should…"); the document's top-level nodes, visited all
  /// at once or part by part (`topLevel`), are siblings.
  mutating func visit(_ nodes: [Node], path: [String], bearer: Party? = nil, topLevel: Bool = false) {
    var lastBearer = topLevel ? topLevelBearer : nil
    defer { if topLevel { topLevelBearer = lastBearer } }
    for node in nodes {
      let nodePath = node.label.map { path + [$0] } ?? path
      if node.kind == .table {
        visitTable(node, path: nodePath)
        continue
      }
      if node.kind.isDivision, let heading = node.heading?.string,
        Self.isIllustrative(heading) || Self.isChangeLog(heading)
          || isPolicyDocument && Self.isConsultationProcedure(heading)
      {
        continue
      }
      // "## MUST: use HTTPS": a requirement printed as a heading is read as its own paragraph.
      if node.kind.isDivision, let heading = node.heading, Self.isRequirementHeading(heading.string) {
        visit([Node(kind: .block, text: heading, location: node.location)], path: nodePath, bearer: bearer)
      }
      guard let text = node.text else {
        visit(node.children, path: nodePath)
        continue
      }
      var analyzer = SentenceAnalyzer(partyNames: partyNames)
      analyzer.isPolicyDocument = isPolicyDocument
      analyzer.keywordsInCapitals = keywordsInCapitals
      analyzer.isCommandPaper = isCommandPaper
      analyzer.labels = Self.labels(in: text.string)
      analyzer.followsInstructions =
        (node.number != nil || node.kind == .listItem) && (lastBearer ?? bearer)?.implicit == true
      if let named = extractSplitSubject(from: node, text: text, path: nodePath, analyzer: analyzer) {
        lastBearer = named ?? lastBearer
        continue
      }
      let (consumed, last) = extract(
        from: node, text: text, path: nodePath, analyzer: analyzer, bearer: bearer, carried: lastBearer)
      lastBearer = last ?? lastBearer
      if !consumed { visit(node.children, path: nodePath) }
    }
  }

  /// Extracts from a node's own text; returns whether its children were consumed as a list, and the
  /// last bearer it named. `carried` is the last bearer of the paragraphs before, for a first sentence
  /// whose subject is a pronoun.
  private mutating func extract(
    from node: Node, text: TextRun, path: [String], analyzer: SentenceAnalyzer, bearer: Party?,
    carried: Party? = nil
  ) -> (consumed: Bool, lastBearer: Party?) {
    let sentences = SentenceSplitter.sentences(in: text.string)
    let bytes = Array(text.string.utf8)
    var previousBearer = bearer
    var consumed = false
    let hasItems = node.children.contains { $0.text != nil && !$0.kind.isDivision }
    for (index, range) in sentences.enumerated() {
      let sentence = String(decoding: bytes[range], as: UTF8.self)
      sentenceCount += 1
      let context = previousBearer ?? (Self.startsWithPronoun(sentence) ? carried : nil)
      var drafts = analyzer.analyze(sentence, previousBearer: context)
      // "…a duty on PCTs and councils. A more specific duty could require the two bodies to…".
      if let pair = previousBearer ?? carried, pair.parties.count == 2 {
        for index in drafts.indices {
          if let named = drafts[index].bearer, Self.isPairAnaphor(named.text, in: sentence) {
            drafts[index].bearer = Party(text: named.text, parties: pair.parties)
          }
        }
      }
      if dropsImperatives { drafts.removeAll { $0.form == .imperative } }
      // Inside a lead-in's list ("NCPC shall: (1) Require applicants… In the MOA, …"), an instruction
      // is the lead-in's bearer's.
      if let bearer {
        for index in drafts.indices where drafts[index].form == .imperative { drafts[index].bearer = bearer }
      }
      let isLast = index == sentences.count - 1
      // "The duty in subsection (1) does not apply to the extent that— (a) … (b) …": the items are the
      // exception, which ExtractionPostPass attaches to subsection (1); they bind no one themselves.
      if isLast, hasItems, endsWithDash(sentence), ExtractionPostPass.disappliesASubsection(sentence),
        ExtractionPostPass.exceptionStart(Tokenizer.tokens(sentence)) != nil
      {
        consumed = true
      }
      // "The following bodies must:" over a table of bodies and actions: each row is the lead-in's kind.
      if isLast, let leadIn = drafts.last, leadIn.opensList || endsWithDash(sentence),
        let (table, columns) = Self.assigningTable(in: node)
      {
        for draft in drafts.dropLast() {
          add(draft, sentence: sentence, run: text, offset: range.lowerBound, path: path)
        }
        addRows(of: table, columns: columns, kind: leadIn.kind, word: leadIn.triggerText, path: path)
        // What else the lead-in holds besides its table is read on its own.
        visit(node.children.filter { $0.kind != .table }, path: path)
        consumed = true
      } else if isLast, hasItems, let leadIn = drafts.last, leadIn.opensList || endsWithDash(sentence) {
        let listed = ([sentence] + node.children.compactMap { Self.labelled($0) }).joined(separator: " ")
        for draft in drafts.dropLast() {
          add(draft, sentence: listed, run: text, offset: range.lowerBound, path: path)
        }
        distribute(
          leadIn, sentence: sentence, run: text, offset: range.lowerBound, items: node.children, path: path,
          analyzer: analyzer)
        consumed = true
      } else {
        for draft in drafts {
          add(draft, sentence: sentence, run: text, offset: range.lowerBound, path: path)
        }
      }
      if let last = drafts.last(where: { $0.bearer != nil })?.bearer { previousBearer = last }
    }
    return (consumed, previousBearer == bearer ? nil : previousBearer)
  }

  /// Whether a sentence's first word, after a paragraph number, is a pronoun that stands for a party
  /// ("They should agree…", "3.2 It must publish…").
  static func startsWithPronoun(_ sentence: String) -> Bool {
    // The first two words, found by their bytes: the sentence is not split.
    let utf8 = sentence.utf8
    func word(from start: String.Index) -> Substring? {
      guard let begin = utf8[start...].firstIndex(where: { $0 != UInt8(ascii: " ") }) else { return nil }
      return sentence[begin..<(utf8[begin...].firstIndex(of: UInt8(ascii: " ")) ?? utf8.endIndex)]
    }
    guard let first = word(from: sentence.startIndex) else { return false }
    let word = first.first?.isNumber == true || first.hasPrefix("(") ? word(from: first.endIndex) : first
    return word.map { BearerLexicon.paragraphPronouns.contains($0.lowercased()) } ?? false
  }

  /// Whether a bearer as written is "the two bodies", "both organisations" (``BearerLexicon/pairAnaphors``),
  /// which stand for the two parties of the bearer before.
  /// A subject read without its "Both" ("Both organisations must…" gives "organisations") counts too.
  static func isPairAnaphor(_ text: String, in sentence: String) -> Bool {
    guard text.utf8.count <= 24 else { return false }
    let lower = text.lowercased()
    return BearerLexicon.pairAnaphors.contains(lower)
      || BearerLexicon.pairAnaphorNouns.contains(lower)
        && (sentence.containsWords("Both " + text) || sentence.containsWords("both " + text))
  }

  private func endsWithDash(_ sentence: String) -> Bool {
    guard let last = sentence.last else { return false }
    return last == "—" || last == "–" || last == ":"
  }

  mutating func add(
    _ draft: SentenceAnalyzer.Draft, sentence: String, run: TextRun, offset: Int, path: [String]
  ) {
    let trigger = Trigger(
      text: draft.triggerText, location: document.location(of: run, at: offset + draft.trigger.lowerBound))
    append(
      draft, trigger: trigger, location: document.location(of: run, at: offset), path: path,
      sentence: sentence)
  }

  /// Adds an obligation whose trigger is in `sentence` (for an item of a list, the lead-in, and
  /// `item` the item's text); what it carries of them is clipped (``SentenceClip``).
  mutating func append(
    _ draft: SentenceAnalyzer.Draft, trigger: Trigger, location: SourceLocation, path: [String],
    sentence: String, item: String? = nil
  ) {
    let whole = item.map { sentence + " " + $0 } ?? sentence
    let shown =
      SentenceClip.clip(sentence, around: draft.trigger.lowerBound)
      + (item.map { " " + SentenceClip.clip($0, around: 0) } ?? "")
    var draft = draft.clipped(to: SentenceClip.maximumBytes)
    let section = path.sectionPathDescription
    let key = path.joined(separator: "/")
    counters[key, default: 0] += 1
    if draft.bearer == nil, let thing = draft.subject {
      draft.bearer = antecedents.bearer(of: thing, action: draft.action, path: path, sentence: sentenceCount)
    } else if let bearer = draft.bearer {
      antecedents.remember(action: draft.action, bearer: bearer, path: path, sentence: sentenceCount)
    }
    let basis = LegalBasis.basis(in: whole, references: draft.references)
    obligations.append(
      Obligation(
        id: "\(key)#\(counters[key]!)", kind: draft.kind, trigger: trigger, bearer: draft.bearer,
        beneficiary: draft.beneficiary, action: draft.action, conditions: draft.conditions,
        timing: draft.timing, references: draft.references, location: location, section: section,
        sentence: shown, form: draft.form, subject: draft.subject, proposed: draft.proposed,
        basis: basis,
        restated: draft.restates
          || isCommandPaper
            && (Self.restatesEnactment(draft, basis, whole) || Self.onlyComplies(draft.action))
          ? true : nil))
  }

  /// Whether a green or white paper's sentence states what an enactment already requires: it opens
  /// with the enactment as its basis, named by its year ("Under section 47 of the NHS and Community Care
  /// Act 1990, a council must…"), and binds or permits (no "should": advice under an Act is the paper's
  /// own).
  static func restatesEnactment(_ draft: SentenceAnalyzer.Draft, _ basis: String?, _ sentence: String) -> Bool
  {
    guard let basis, draft.kind.isBinding || draft.kind == .permission,
      basis.split(separator: " ").contains(where: ReferenceLexicon.isYear)
    else { return false }
    // After a paragraph number ("2.2 Under section 47…").
    let words = sentence.split(separator: " ", maxSplits: 1)
    let opening = (words.first?.first?.isNumber == true ? words.dropFirst().first : Substring(sentence)) ?? ""
    let lower = opening.lowercased()
    let title = basis.lowercased()
    return ReferenceLexicon.legalBasisMarkers.contains {
      lower.hasPrefix($0 + " " + title) || lower.hasPrefix($0 + " the " + title)
    }
  }

  /// Whether an action only complies with an enactment named by its year ("ensure that it complies with
  /// the Data Protection Act 1998", "comply with the Equality Act 2010"): a green or white paper that
  /// says so restates what the Act already requires.
  static func onlyComplies(_ action: String) -> Bool {
    let words = action.lowercased().split(separator: " ").map { $0.trimmingCharacters(in: ["."]) }
    guard let last = words.last, ReferenceLexicon.isYear(last),
      let with = words.firstIndex(of: "with"), with > 0,
      ReferenceLexicon.complianceVerbs.contains(words[with - 1]), words.count >= 2,
      ReferenceLexicon.enactmentWords.contains(words[words.count - 2])
    else { return false }
    // "comply with" opens the action, or ends "ensure (that) it …".
    let lead = words[..<(with - 1)]
    return lead.isEmpty || lead.first == "ensure" && lead.count <= 3
  }

  /// Labels a provision defines for parties: "a person (“A”)" makes "A" stand for "a person".
  static func labels(in text: String) -> [String: String] {
    var result: [String: String] = [:]
    // Only the words around each bracket before a quotation mark are tokenized.
    let windows = OpeningBracket.windows(
      in: text, skippingQuote: false,
      by: { byte, _ in byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") })
    for window in windows {
      let tokens = Tokenizer.tokens(window.text)
      guard let index = tokens.firstIndex(where: { $0.start == window.bracket }), index + 3 < tokens.count,
        DefinitionLexicon.openingQuotes.contains(tokens[index + 1].text)
      else { continue }
      let label = tokens[index + 2]
      guard label.isWord, label.text.count <= 3, label.isCapitalized,
        DefinitionLexicon.closingQuotes.contains(tokens[index + 3].text)
      else { continue }
      var start = index - 1
      while start > 0, index - start < 7, tokens[start].isWord,
        !DefinitionLexicon.labelDeterminers.contains(tokens[start].lower)
      {
        start -= 1
      }
      guard start >= 0, start < index else { continue }
      result[label.text] = ClauseParts.slice(window.text, tokens, start..<index)
    }
    return result
  }
}
