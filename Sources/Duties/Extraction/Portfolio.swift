/// A body named with its portfolio: "Department for Work and Pensions", "Commission for Social Care
/// Inspection", "Auditor General for Wales". The name before "for" is a body's, in title case after a
/// determiner or of two words or more (not "Providers for Adults" at the start of a sentence); the
/// portfolio is in title case to where the phrase ends, commas and "and" included, but an acronym or a
/// determiner after "and" starts another party ("… for Health and NHS England", "… and the Board"). An
/// office named either way is one party ("Secretary of State for Health" is the Secretary of State).
enum Portfolio {
  /// Whether the "for" (or the comma) at `index` of a party's words goes on with a portfolio, in
  /// `normalize`.
  static func goesOn(_ words: [Substring], at index: Int) -> Bool {
    guard words[index] == "," else { return isFor(words[index]) && opensPortfolio(words, at: index) }
    return continues(Array(words[..<index]), at: ",", before: words[(index + 1)...])
  }

  /// Whether `conjunction` ("," or "and") after `name` (a party's words so far) goes on with its
  /// portfolio, given the words after it: after "and", the next word must be one of a portfolio; after a
  /// comma, the list must end in "and" and such a word ("Environment, Food and Rural Affairs").
  static func continues(_ name: [Substring], at conjunction: Substring, before rest: ArraySlice<Substring>)
    -> Bool
  {
    guard let portfolio = name.firstIndex(where: isFor), portfolio + 1 < name.count,
      opensPortfolio(name, at: portfolio)
    else { return false }
    if conjunction != "," || rest.first == "and" {
      // ", and Labor": the comma goes with the "and".
      return rest.drop { $0 == "and" }.first.map(isPortfolioWord) == true
    }
    for (offset, word) in rest.enumerated() {
      if word == "and" { return rest.dropFirst(offset + 1).first.map(isPortfolioWord) == true }
      guard word == "," || isPortfolioWord(word) else { return false }
    }
    return false
  }

  /// Whether the "for" at `index` opens a portfolio: after a body's name (see the type's summary), before
  /// a portfolio in title case to where the phrase ends or a word that qualifies it.
  private static func opensPortfolio(_ words: [Substring], at index: Int) -> Bool {
    guard index > 0, index + 1 < words.count, words[index + 1].startsUppercase,
      words[index - 1].startsUppercase
    else { return false }
    let name = words[..<index].drop { PartyLexicon.determiners.contains($0.lowercased()) }
    guard !name.isEmpty, name.count < index || name.count >= 2,
      name.allSatisfy(PartyLexicon.isNameWord),
      name.contains(where: {
        PartyLexicon.actorHeads.contains(PartyLexicon.singularize(String($0)).lowercased())
      }),
      !PartyLexicon.portfolioOffices.contains(name.joined(separator: " ").lowercased())
    else { return false }
    for word in words[(index + 1)...] {
      let qualifies = PhraseWordRoles.table[word.lowercased()]?.contains(.qualifierStart) == true
      if word == "," || PartyLexicon.nameSmallWords.contains(String(word)) { continue }
      // A title that reads on in capitals ("Committee For Purchase From People Who Are Blind") is not
      // split here: its name is not a body's with a portfolio.
      if word.startsUppercase { if qualifies { return false } else { continue } }
      // The name ends at a word that qualifies it ("… for Wales who…", "… for Health under…").
      return qualifies
    }
    return true
  }

  /// A word that can go on a portfolio after "and" or a comma: capitalised, neither a determiner nor an
  /// acronym (which names a body of its own: "NHS England", "HM Revenue and Customs").
  private static func isPortfolioWord(_ word: Substring) -> Bool {
    word.startsUppercase && !PartyLexicon.determiners.contains(word.lowercased())
      && !(word.characterCount >= 2 && word.lettersAreUppercase)
  }

  /// Whether a word is "for" in any case, told by its length first: most words are not.
  private static func isFor(_ word: Substring) -> Bool {
    let portfolioWord = PartyLexicon.portfolioWord
    return word.utf8.count == portfolioWord.utf8.count && word.lowercased() == portfolioWord
  }
}
