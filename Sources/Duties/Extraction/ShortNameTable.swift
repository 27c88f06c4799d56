/// Short names a document gives the bodies it names, in a bracket after the name ("the Securities and
/// Exchange Commission (“Commission”)", "the Department of Health (the “Department”)") or in a definition
/// ("“the Department” means the Department of Health"): Commission → "Securities and Exchange Commission",
/// Department → "Department of Health". With them "the Commission must…" is that body's duty, and the
/// documents that call it by its full name and by its short name name the same party.
///
/// A short name is one capitalised word that is a word of the name, and a body's head noun ("Commission",
/// "Board", "Director"): "the Securities Exchange Act of 1934 (“Act”)" names no body.
enum ShortNameTable {
  /// Whether a text may define a short name: a bracket with a quote after it (and perhaps "the"), or a
  /// quoted term that "means" something. The words are only tokenized where this is so.
  static func mayDefine(_ text: String) -> Bool {
    OpeningBracket.mayBeFollowed(in: text, skippingQuote: false, by: mayOpenShortName)
      || DefinitionLexicon.shortNameMeanings.contains(where: text.containsBytes)
  }

  /// After a "(": a straight quote, or "th" of "the" (a curly quote, beyond ASCII, is always let through).
  private static func mayOpenShortName(_ byte: UInt8, _ next: UInt8) -> Bool {
    byte == UInt8(ascii: "\"") || byte | 0x20 == UInt8(ascii: "t") && next == UInt8(ascii: "h")
  }

  /// The short names the texts define that the document uses for their bodies alone. `texts` are those
  /// that may define one (``mayDefine(_:)``); `uses` hands every text of the document to its argument,
  /// and is called only when some short name is defined.
  ///
  /// A short name given to two bodies, or written as any other name or common noun too (an omnibus
  /// bill's "Service" defined for one agency but "the Foreign Agricultural Service" elsewhere, "State"
  /// defined as one State but "each State" elsewhere), stands for neither.
  static func build(from texts: [String], uses: ((String) -> Void) -> Void) -> [String: String] {
    var table: [String: String] = [:]
    var ambiguous: Set<String> = []
    var names: [String: [String]] = [:]
    for text in texts {
      for (short, party, name) in bracketed(in: text) + defined(in: text) {
        if let known = table[short], known != party { ambiguous.insert(short) }
        table[short] = table[short] ?? party
        names[short] = names[short] ?? name
      }
    }
    for short in ambiguous { table[short] = nil }
    guard !table.isEmpty else { return [:] }
    uses { text in
      for (short, name) in names where table[short] != nil && isUsedOtherwise(short, in: text, name: name) {
        table[short] = nil
      }
    }
    return table
  }

  /// Whether a text writes the short name after a word that is neither "the" nor the word before it in
  /// the body's name: another name ("Foreign Agricultural Service") or a common noun ("each State").
  static func isUsedOtherwise(_ short: String, in text: String, name: [String]) -> Bool {
    guard text.containsBytes(short) else { return false }
    let words = text.spaceSeparated
    let own = name.firstIndex(of: short).flatMap { $0 > 0 ? name[$0 - 1] : nil }
    for index in words.indices.dropFirst() where words[index].hasPrefix(short) {
      // The word itself, perhaps with a mark after it ("State,", "Service’s").
      let rest = words[index].dropFirst(short.count)
      guard rest.isEmpty || rest.first.map({ !$0.isLetter && !$0.isNumber }) == true else { continue }
      let before = words[index - 1].drop { !$0.isLetter }
      if rest.isEmpty, index + 2 < words.count,
        isAnotherPortfolio(words[(index + 1)...], of: short, name: name)
      {
        return true
      }
      if before.lowercased() == "the" || own.map({ before == $0 }) == true { continue }
      // After a mark or a label the word starts a phrase of its own: "(Board)", "—Board", "(2) Board".
      if before.isEmpty || before.last?.isLetter == false { continue }
      return true
    }
    return false
  }

  /// Whether the words after the short name make it another body's name: "Secretary of Transportation"
  /// where the name is "Secretary of Homeland Security", "Board of Directors" where it is "Railroad
  /// Retirement Board".
  private static func isAnotherPortfolio(_ after: ArraySlice<Substring>, of short: String, name: [String])
    -> Bool
  {
    guard let link = after.first, link == "of" || link == PartyLexicon.portfolioWord else { return false }
    var next = after.dropFirst()
    if next.first == "the" { next = next.dropFirst() }
    guard let word = next.first?.drop(while: { !$0.isLetter }), word.first?.isUppercase == true else {
      return false
    }
    guard let at = name.firstIndex(of: short), at + 1 < name.count, name[at + 1] == link else { return true }
    var own = name[(at + 2)...]
    if own.first == "the" { own = own.dropFirst() }
    return own.first.map { !word.hasPrefix($0) } ?? true
  }

  /// "the Railroad Retirement Board (“Board”)" → ("Board", "Railroad Retirement Board").
  private static func bracketed(in text: String) -> [(String, String, [String])] {
    // The window runs back to the mark before the name and on to the ")".
    OpeningBracket.windows(in: text, skippingQuote: false, by: mayOpenShortName).compactMap { window in
      let tokens = Tokenizer.tokens(window.text)
      guard let open = tokens.firstIndex(where: { $0.start == window.bracket }),
        let short = shortName(tokens[(open + 1)...]),
        let (party, name) = party(named: tokens[..<open].map(\.text), short: short)
      else { return nil }
      return (short, party, name)
    }
  }

  /// "“the Department” means the Department of Health" → ("Department", "Department of Health").
  private static func defined(in text: String) -> [(String, String, [String])] {
    // Most texts define none: a byte search passes over them before their bytes are copied.
    guard DefinitionLexicon.shortNameMeanings.contains(where: text.containsBytes) else { return [] }
    // Only the words around each "” means " are tokenized: a short term before it, a name after it.
    let bytes = Array(text.utf8)
    var found: [(String, String, [String])] = []
    for marker in DefinitionLexicon.shortNameMeanings {
      var from = 0
      while let range = bytes[from...].firstRange(of: Array(marker.utf8)) {
        let start = max(0, range.lowerBound - 48)
        let window = bytes[start..<min(bytes.count, range.upperBound + 160)]
        found += defined(inWindow: String(decoding: window, as: UTF8.self), quoteAt: range.lowerBound - start)
        from = range.upperBound
      }
    }
    return found
  }

  /// The short name defined by the "” means " whose quote is at UTF-8 offset `quoteAt` of a window of a
  /// text (another definition in the window is read in its own).
  private static func defined(inWindow text: String, quoteAt: Int) -> [(String, String, [String])] {
    let tokens = Tokenizer.tokens(text)
    return tokens.indices.dropFirst(3).compactMap { index in
      guard tokens[index].lower == "means", tokens[index - 1].start == quoteAt,
        DefinitionLexicon.closingQuotes.contains(tokens[index - 1].text)
      else { return nil }
      var open = index - 3
      if open > 0, tokens[open].lower == "the" { open -= 1 }
      guard let short = shortName(tokens[open..<index], bracketed: false) else { return nil }
      // A portfolio keeps its commas: "the Department of Agriculture, Environment and Rural Affairs".
      var named = tokens[(index + 1)...].prefix { $0.isWord || $0.text == "," }.map(\.text)
      if named.first?.lowercased() == "the" { named.removeFirst() }
      named = Array(named.prefix { PartyLexicon.isNameWord($0) || $0 == "," })
      while let last = named.last, !last.startsUppercase { named.removeLast() }
      return party(named: named, short: short).map { (short, $0.party, $0.name) }
    }
  }

  /// The short name in a bracket's tokens: an opening quote, perhaps "the", one capitalised word, a
  /// closing quote and the ")"; "the" may stand before the quote. In a definition, the same without
  /// the bracket.
  private static func shortName(_ tokens: ArraySlice<Token>, bracketed: Bool = true) -> String? {
    var rest = tokens
    if rest.first?.lower == "the" { rest = rest.dropFirst() }
    guard let open = rest.first, DefinitionLexicon.openingQuotes.contains(open.text) else { return nil }
    rest = rest.dropFirst()
    if rest.first?.lower == "the" { rest = rest.dropFirst() }
    guard bracketed ? rest.count >= 3 : rest.count == 2 else { return nil }
    let word = rest[rest.startIndex]
    guard word.isWord, word.isCapitalized, word.text.allSatisfy(\.isLetter),
      DefinitionLexicon.closingQuotes.contains(rest[rest.startIndex + 1].text),
      !bracketed || rest[rest.startIndex + 2].text == ")"
    else { return nil }
    return word.text
  }

  /// The body a short name stands for, from the words before it: the name in title case that ends
  /// there, of two words or more, one of which is the short name, and whose short name is a body's;
  /// with the words of the name.
  private static func party(named words: [String], short: String) -> (party: String, name: [String])? {
    var name: [String] = []
    for (index, word) in words.enumerated().reversed() {
      guard
        word == ","
          || PartyLexicon.isNameWord(word) && word.contains(where: \.isLetter) && !word.contains(".")
      else { break }
      // "the" inside a name follows a small word ("Secretary of the Interior"); else it starts the name
      // (and a capitalised word before it is a heading's: "Introduction The Federal Trade Commission").
      if word.lowercased() == "the", index == 0 || !PartyLexicon.nameSmallWords.contains(words[index - 1]) {
        break
      }
      name.insert(word, at: 0)
    }
    while let first = name.first, !first.startsUppercase { name.removeFirst() }
    guard name.count >= 2, name.contains(where: { $0.lowercased() == short.lowercased() }),
      !name.contains(where: \.isPossessive),
      PartyLexicon.isActorHead(short)
    else { return nil }
    // After "the", as it is written: a capitalised name keeps its portfolio ("the Department for Transport").
    // A name the party names only in part ("Department of Agriculture" of "the Department of
    // Agriculture, Environment and Rural Affairs") would give the wrong body: none.
    guard let party = PartyLexicon.normalize("the " + name.joined(separator: " "), acronyms: [:]),
      let last = name.last, party.hasSuffix(last) || party.hasSuffix(PartyLexicon.singularize(last))
    else { return nil }
    return (party, name)
  }
}
