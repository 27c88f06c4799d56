/// A sentence rewritten only where nothing it requires is said: a pointer to another part of the text
/// reworded or dropped ("({{wildcards}})" → "given below", "as described in {{costs}}" → "as explained
/// under section 9"), a bracket of examples changed ("(e.g., this is true of {{XMPP}})" → "(e.g.,
/// {{XMPP}})"), a bracket that only points elsewhere ("(see also {{idn}} regarding…)"), "shall" made
/// "must", or an acronym given in brackets after its words ("OpenID Connect (OIDC)"). Such a pair is no
/// change.
///
/// A pointer ends at its target (an anchor, a section, "below"), so words after it are compared; a
/// bracket of what is included ("(including a library)") or of a reason ("(because…)") is said; and
/// the figures of the two sentences must be the same. Any other word added, dropped or changed is
/// wording the report shows (`reworded`).
enum EditorialRewording {
  /// Whether two obligations' sentences differ only editorially.
  static func isOnly(old: NormalizedObligation, new: NormalizedObligation) -> Bool {
    comparable(old.words, text: old.obligation.sentence)
      == comparable(new.words, text: new.obligation.sentence)
      && figures(old.words) == figures(new.words) && sameCitations(old.words, new.words)
  }

  /// Whether two sentences cite the same anchors outside their examples, or one cites none: a pointer
  /// written out in words ("({{wildcards}})" → "given below") is wording, another document cited
  /// ("{{RFC8446}}" → "{{RFC5246}}") is not.
  static func sameCitations(_ old: [String], _ new: [String]) -> Bool {
    func anchors(_ words: [String]) -> Set<String> {
      Set(withoutAsides(words, pointers: false).filter { $0.contains("{{") }.map { $0.trimming("().,;:") })
    }
    let (before, after) = (anchors(old), anchors(new))
    return before.isEmpty || after.isEmpty || before == after
  }

  /// A sentence's normalised words (`words`, of `text`) without its asides and pointers, its modals
  /// in one form.
  static func comparable(_ words: [String], text: String) -> [String] {
    let acronyms = Set(bracketedAcronyms(in: text))
    return withoutPointers(withoutAsides(words.filter { !acronyms.contains($0) })).map {
      ComparisonLexicon.modalForms[$0] ?? $0
    }
  }

  /// The words that hold a figure, in order, anchors aside: "£250,000", "2027".
  static func figures(_ words: [String]) -> [String] {
    words.filter { !$0.hasPrefix("{{") && !$0.hasPrefix("({{") && $0.contains(where: \.isNumber) }
  }

  /// The words without brackets of examples ("(e.g., …)", "(for example, …)"; not one that says what
  /// is not an example: "(e.g. access logs, but never error logs)") or, when `pointers`, of pointers
  /// only.
  static func withoutAsides(_ words: [String], pointers: Bool = true) -> [String] {
    EditorialNormalizer.withoutBrackets(words) { bracket, next in
      let opening = String(bracket.first!.dropFirst())
      let leads = ComparisonLexicon.exampleBracketLeads
      return (leads.contains(opening) || leads.contains(opening + " " + next))
        && !bracket.contains(where: ComparisonLexicon.exampleLimitWords.contains)
        || pointers && EditorialNormalizer.isPointerBracket(bracket)
    }
  }

  /// The words without pointers that end at their target: "as [further] described in/under" an anchor
  /// ("{{costs}}"), "[the] section #" or "below", and "given below" or "set out above". A pointer with
  /// no such target ("as specified in the national agreement") is kept, and so is an anchor alone.
  static func withoutPointers(_ words: [String]) -> [String] {
    var result: [String] = []
    result.reserveCapacity(words.count)
    var index = 0
    while index < words.count {
      if let end = pointerEnd(words, at: index) {
        index = end
        continue
      }
      result.append(words[index])
      index += 1
    }
    return result
  }

  /// Where a pointer that starts at `index` ends, or `nil` when none starts there.
  private static func pointerEnd(_ words: [String], at index: Int) -> Int? {
    let word = words[index]
    var next = index
    if word == "as" {
      next += 1
      while next < words.count, ReferenceLexicon.pointerAdverbs.contains(words[next]) { next += 1 }
    }
    if next < words.count, ReferenceLexicon.placeParticiples.contains(words[next]) {
      while next < words.count, ReferenceLexicon.placeParticiples.contains(words[next]) { next += 1 }
      if next < words.count, ReferenceLexicon.pointerPlaces.contains(words[next]) { return next + 1 }
      guard next < words.count, ReferenceLexicon.pointerPrepositions.contains(words[next]) else { return nil }
      return targetEnd(words, at: next + 1)
    }
    return nil
  }

  /// Where a pointer's target starting at `index` ends: an anchor, "below"/"above", or "[the]
  /// section [#]".
  private static func targetEnd(_ words: [String], at index: Int) -> Int? {
    guard index < words.count else { return nil }
    let word = words[index]
    if word.hasPrefix("{{") || ReferenceLexicon.pointerPlaces.contains(word) { return index + 1 }
    let start = word == "the" ? index + 1 : index
    guard start < words.count, ReferenceLexicon.comparedReferenceWords.contains(words[start]) else {
      return nil
    }
    return start + 1 < words.count && words[start + 1] == "#" ? start + 2 : start + 1
  }

  /// The normalised words of each acronym that `text` gives in brackets before a stop, after the
  /// words it stands for ("OpenID Connect (OIDC).": "(oidc)"), the capitals of a word or else its
  /// first letter spelling it. A bracket of a word alone, or before a comma or a semicolon, is
  /// normalised as a list label is, "(#)", and is never taken: it could be any label.
  static func bracketedAcronyms(in text: String) -> [String] {
    var found: [String] = []
    var before: [Substring] = []
    for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
      defer { before.append(word) }
      guard word.hasPrefix("("), let close = word.firstIndex(of: ")"),
        close < word.index(before: word.endIndex)
      else { continue }
      let acronym = word[word.index(after: word.startIndex)..<close]
      guard (2...8).contains(acronym.count), acronym.allSatisfy(\.isLetter),
        acronym.filter(\.isUppercase).count >= 2, spells(acronym, words: before.suffix(acronym.count))
      else { continue }
      found.append("(" + acronym.lowercased() + ")")
    }
    return found
  }

  /// Whether the last words before a bracket spell `acronym`, each giving its capitals ("OpenID" →
  /// "OID") or its first letter.
  private static func spells(_ acronym: Substring, words: ArraySlice<Substring>) -> Bool {
    let target = acronym.uppercased()
    var spelled = ""
    for word in words.reversed() {
      let parts = word.split(separator: "-")
      let letters = parts.map { part in
        let capitals = part.filter(\.isUppercase)
        return capitals.isEmpty ? part.prefix(1).uppercased() : String(capitals)
      }
      spelled = letters.joined() + spelled
      if spelled == target { return true }
      if spelled.count >= target.count { return false }
    }
    return false
  }
}
