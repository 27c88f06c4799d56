/// Acronyms a document defines: "primary care trusts (PCTs)" gives PCT → "primary care trust".
enum AcronymTable {
  /// Whether a text may define an acronym: it has a bracket before two capital letters (or a capital and a
  /// letter beyond ASCII). A list label such as "(A)" or "(B)(i)" defines none.
  static func mayDefine(_ text: String) -> Bool {
    OpeningBracket.mayBeFollowed(
      in: text, skippingQuote: true, by: { $0 &- 0x41 < 26 && ($1 &- 0x41 < 26 || $1 >= 0x80) })
  }

  static func build(from texts: [String]) -> [String: String] {
    var table: [String: String] = [:]
    for text in texts where mayDefine(text) {
      let tokens = Tokenizer.tokens(text)
      for (index, token) in tokens.enumerated() where token.text == "(" && index + 2 < tokens.count {
        var acronymIndex = index + 1
        if ["“", "\"", "‘", "'"].contains(tokens[acronymIndex].text) { acronymIndex += 1 }
        guard acronymIndex < tokens.count else { continue }
        let acronym = tokens[acronymIndex].text
        let letters = acronym.hasSuffix("s") ? String(acronym.dropLast()) : acronym
        guard letters.count >= 2, letters.count <= 6, letters.allSatisfy({ $0.isUppercase }) else { continue }
        // Match initials backwards over the words before the bracket.
        var initials = Array(letters.lowercased())
        var position = index - 1
        var words: [String] = []
        while !initials.isEmpty, position >= 0, tokens[position].isWord {
          let word = tokens[position]
          if let first = word.lower.first, first == initials.last {
            initials.removeLast()
            words.insert(word.text, at: 0)
          } else if ["of", "and", "for", "the"].contains(word.lower), !words.isEmpty {
            words.insert(word.text, at: 0)
          } else {
            break
          }
          position -= 1
        }
        guard initials.isEmpty, !words.isEmpty, table[letters] == nil else { continue }
        if let party = PartyLexicon.normalize(words.joined(separator: " "), acronyms: [:]) {
          table[letters] = party
        }
      }
    }
    return table
  }
}
