/// Acronyms a document defines: "primary care trusts (PCTs)" gives PCT → "primary care trust"; with the
/// short names it gives bodies (``ShortNameTable``), the names a party is known by in the document.
enum AcronymTable {
  /// Whether a text may define an acronym: it has a bracket before two capital letters (or a capital and a
  /// letter beyond ASCII). A list label such as "(A)" or "(B)(i)" defines none. Or a short name.
  static func mayDefine(_ text: String) -> Bool {
    OpeningBracket.mayBeFollowed(in: text, skippingQuote: true, by: acceptsAfterBracket)
      || ShortNameTable.mayDefine(text)
  }

  /// Two capital letters, or a capital and a letter beyond ASCII.
  private static func acceptsAfterBracket(_ byte: UInt8, _ next: UInt8) -> Bool {
    byte &- 0x41 < 26 && (next &- 0x41 < 26 || next >= 0x80)
  }

  /// The acronyms and short names the texts define. `uses` hands every text of the document to its
  /// argument, for the short names (``ShortNameTable/build(from:uses:)``); by default, `texts`.
  static func build(from texts: [String], uses: (((String) -> Void) -> Void)? = nil) -> [String: String] {
    var table: [String: String] = [:]
    for text in texts {
      // Only the words around each bracket that may define one are tokenized.
      for window in OpeningBracket.windows(in: text, skippingQuote: true, by: acceptsAfterBracket) {
        let tokens = Tokenizer.tokens(window.text)
        guard let index = tokens.firstIndex(where: { $0.start == window.bracket }), index + 2 < tokens.count,
          let (letters, party) = definition(tokens, bracket: index), table[letters] == nil
        else { continue }
        table[letters] = party
      }
    }
    // An acronym goes before a short name spelt the same.
    let shortNames = ShortNameTable.build(from: texts, uses: uses ?? { each in texts.forEach(each) })
    return table.merging(shortNames) { acronym, _ in acronym }
  }

  /// The acronym the bracket at `index` defines, with the party it stands for.
  private static func definition(_ tokens: [Token], bracket index: Int) -> (String, String)? {
    var acronymIndex = index + 1
    if DefinitionLexicon.openingQuotes.contains(tokens[acronymIndex].text) { acronymIndex += 1 }
    guard acronymIndex < tokens.count else { return nil }
    let acronym = tokens[acronymIndex].text
    let letters = acronym.hasSuffix("s") ? String(acronym.dropLast()) : acronym
    guard letters.count >= 2, letters.count <= 6, letters.allSatisfy({ $0.isUppercase }) else { return nil }
    // Match initials backwards over the words before the bracket.
    var initials = Array(letters.lowercased())
    var position = index - 1
    var words: [String] = []
    while !initials.isEmpty, position >= 0, tokens[position].isWord {
      let word = tokens[position]
      if let first = word.lower.first, first == initials.last {
        initials.removeLast()
        words.insert(word.text, at: 0)
      } else if DefinitionLexicon.acronymSmallWords.contains(word.lower), !words.isEmpty {
        words.insert(word.text, at: 0)
      } else {
        break
      }
      position -= 1
    }
    guard initials.isEmpty, !words.isEmpty,
      let party = PartyLexicon.normalize(words.joined(separator: " "), acronyms: [:])
    else { return nil }
    return (letters, party)
  }
}
