/// How party names are normalised: singular, lower case except proper names and acronyms, determiners
/// and trailing qualifiers removed, acronyms expanded. The word lists are in ``PartyLexicon``.
extension PartyLexicon {
  /// Whether a lower-case head noun names an actor: a body, role or person.
  static func isActorHead(_ word: String) -> Bool {
    let singular = singularize(word.lowercased())
    if actorHeads.contains(singular) || actorHeads.contains(word) { return true }
    if thingNouns.contains(singular) { return false }
    // Agent nouns: "trainee", "pharmacist", "librarian", "re-consignor", "sponsor", "registrant", "holder".
    return singular.characterCount > 5 && agentSuffixes.contains { singular.hasASCIISuffix($0) }
  }

  /// Whether a plain noun phrase ("the ferryman", "every harbour warden") has a lower-case head noun that
  /// none of the lexicon's lists names, as actor, thing, instrument, part of a document or abstract noun.
  static func hasUnlistedHead(_ phrase: String) -> Bool {
    let written = phrase.spaceSeparated
    var words = written.map { $0.lowercased() }
    while let first = words.first, determiners.contains(first) { words.removeFirst() }
    guard (1...3).contains(words.count), written.suffix(words.count).allSatisfy(\.startsLowercase),
      words.allSatisfy({ word in
        !prepositions.contains(word) && !determiners.contains(word) && !word.hasASCIISuffix("ed")
          && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" }
      }),
      let head = words.last, head.characterCount >= 3
    else { return false }
    let singular = singularize(head)
    return !actorHeads.contains(singular) && !thingNouns.contains(singular)
      && !instrumentNouns.contains(singular) && !DeonticLexicon.documentNouns.contains(head)
      && !DeonticLexicon.nonAgentPronouns.contains(head) && !ingNouns.contains(head)
      && !BearerLexicon.abstractEndings.contains { singular.hasASCIISuffix($0) }
  }

  /// A plural noun made singular: "authorities" → "authority", "PCTs" → "PCT".
  static func singularize(_ word: String) -> String {
    if word.characterCount >= 3, word.hasASCIISuffix("s"), word.dropLast().isUppercaseAndNumbers {
      return String(word.dropLast())  // PCTs, SHAs, CCGs
    }
    let lower = word.lowercased()
    if let irregular = irregularPlurals[lower] { return irregular }
    guard word.characterCount > 3, lower.hasASCIISuffix("s") else { return word }
    // An all-capital word is an acronym ("EWRS", "MOUS"), unless it is a plural actor noun written in
    // capitals ("TENANTS", "AUTHORITIES").
    if word.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "-" }) {
      let singular = singularize(lower)
      return singular != lower && actorHeads.contains(singular) ? singular.uppercased() : word
    }
    for keep in pluralLookalikes where lower.hasASCIISuffix(keep) {
      return word
    }
    if lower.hasASCIISuffix("ies") { return String(word.dropLast(3)) + "y" }
    if lower.hasASCIISuffix("sses") || lower.hasASCIISuffix("xes") || lower.hasASCIISuffix("ches")
      || lower.hasASCIISuffix("shes")
    {
      return String(word.dropLast(2))
    }
    return String(word.dropLast())
  }

  /// Whether a lower-case "-ing" word after a noun starts a participle post-modifier: it is followed by
  /// a preposition or a determiner ("participating in", "flying the flag"), or comes after a plural
  /// ("platforms allowing consumers"), and is neither a noun ("building", "undertaking") nor part of a
  /// name. A premodifier ("the contracting authority") is followed by its head noun.
  static func isPostModifyingParticiple(_ word: String, after previous: String, before next: String?) -> Bool
  {
    guard word.characterCount >= 6, word.hasASCIISuffix("ing"), word.startsLowercase,
      !ingNouns.contains(word), !word.hasASCIISuffix("thing"), !isActorHead(word)
    else { return false }
    if let next = next?.lowercased(), prepositions.contains(next) || determiners.contains(next) {
      return true
    }
    let isPlural =
      previous.characterCount > 3 && previous.hasASCIISuffix("s") && previous.first?.isLetter == true
      && singularize(previous) != previous
    return isPlural && next != nil
  }

  /// The normalised parties of a noun phrase: conjuncts split, each singular and tidied.
  static func parties(of phrase: String, acronyms: [String: String]) -> [String] {
    var conjuncts: [String] = []
    // A relative clause qualifies the last party; it is not split ("who decides … (1) or (2)").
    var words: [Substring] = []
    for raw in phrase.spaceSeparated {
      if raw.utf8.count <= 5,
        raw == "who" || raw == "which" || raw == "whose" || raw == "whom" || raw == "that"
      {
        break
      }
      // More than the comma (a comma is one byte, so more bytes are more characters).
      if raw.utf8.count > 1, raw.hasASCIISuffix(",") {
        words.append(raw.dropLast())
        words.append(",")
      } else {
        words.append(raw)
      }
    }
    // Split "A, B and C" and "A or B", but not inside brackets.
    var current: [Substring] = []
    var depth = 0
    func endConjunct() {
      defer { current = [] }
      guard let first = current.first?.lowercased(), prepositions.contains(first) else {
        if !current.isEmpty { conjuncts.append(current.joined(separator: " ")) }
        return
      }
      // A conjunct that starts with a preposition continues the previous party's post-modifier
      // ("institutions within the Union or under its jurisdiction"). After "of" it names the same
      // head again: "providers of platforms and of search engines".
      guard first == "of", let previous = conjuncts.last?.spaceSeparated,
        let of = previous.firstIndex(where: { $0 == "of" }), of > 0
      else { return }
      conjuncts.append((Array(previous[..<of]) + current).joined(separator: " "))
    }
    var skip = 0
    for (index, word) in words.enumerated() {
      // "2 or more private entities": the quantity's words are no part of the name.
      if skip > 0 || joinsQuantity(words, at: index) {
        skip = skip > 0 ? skip - 1 : 1
        continue
      }
      if word.hasASCIIPrefix("(") { depth += 1 }
      if word.hasASCIISuffix(")") { depth = max(0, depth - 1) }
      if depth == 0, word.utf8.count <= 6, mayBeConjunction(word), conjunctions.contains(word.lowercased()),
        !Portfolio.continues(current, at: word, before: words[(index + 1)...])
      {
        endConjunct()
        continue
      }
      current.append(word)
    }
    endConjunct()
    sharingNouns(&conjuncts)
    headingTitles(&conjuncts)
    var result: [String] = []
    for conjunct in conjuncts {
      guard let party = normalize(conjunct, acronyms: acronyms), !result.contains(party),
        party.containsLetter
      else { continue }
      result.append(party)
    }
    return result
  }

  /// "natural or legal persons", "public and private bodies": an adjective alone shares the next noun.
  private static func sharingNouns(_ conjuncts: inout [String]) {
    for index in conjuncts.indices.dropLast() {
      let all = conjuncts[index].spaceSeparated
      let words = all.filter { !determiners.contains($0.lowercased()) }
      let next = conjuncts[index + 1].spaceSeparated
      // "the public" is a noun.
      guard words.count == 1, all.first?.lowercased() != "the", next.count >= 2, let noun = next.last,
        sharedAdjectives.contains(String(words[0]))
      else {
        continue
      }
      conjuncts[index] += " " + noun
    }
  }

  /// "The Secretaries of Health, Education, and Transport": a plural title before "of" heads each name.
  private static func headingTitles(_ conjuncts: inout [String]) {
    for index in conjuncts.indices.dropFirst() {
      let previous = conjuncts[index - 1].spaceSeparated
      let words = conjuncts[index].spaceSeparated
      // Only one bare name after "of", and one name that is no plural after it: not "Members of
      // Parliament and Peers", "Friends of the Earth and Greenpeace".
      guard let of = previous.firstIndex(where: { $0 == "of" }), of > 0, of + 2 == previous.count,
        previous[of - 1].startsUppercase, singularize(String(previous[of - 1])) != previous[of - 1],
        words.count == 1, words[0].startsUppercase, singularize(String(words[0])) == words[0]
      else { continue }
      conjuncts[index] = (previous[...of] + words).joined(separator: " ")
    }
  }

  /// Whether the conjunction at `index` is part of a quantity: "employers with 250 or more
  /// employees" is one party.
  private static func joinsQuantity(_ words: [Substring], at index: Int) -> Bool {
    index > 0 && index + 1 < words.count && words[index - 1].first?.isNumber == true
      && quantityComparatives.contains(words[index + 1].lowercased())
  }

  /// Whether a word starts as a conjunction does: with a comma or an a, o or n of either case (no other
  /// character lower-cases to one of them).
  private static func mayBeConjunction(_ word: Substring) -> Bool {
    switch word.utf8.first {
    case UInt8(ascii: ","), UInt8(ascii: "a"), UInt8(ascii: "A"), UInt8(ascii: "o"), UInt8(ascii: "O"),
      UInt8(ascii: "n"), UInt8(ascii: "N"):
      true
    default: false
    }
  }

  /// Whether a word can stand in a name written in title case ("Secretary of State", "NHS England"): it
  /// starts with a capital, or it is one of the small words names keep in lower case.
  static func isNameWord<Word: StringProtocol>(_ word: Word) -> Bool {
    word.startsUppercase || PartyLexicon.nameSmallWords.contains(String(word))
  }

  /// Where a name ends: before its first qualifier ("the primary care trusts of the area", "staff
  /// employed by the trust", "vessels flying the flag"), or at its end.
  private static func nameEnd(_ all: [Substring], lowers: [String], roles: [PhraseWordRoles]) -> Int {
    for index in all.indices.dropFirst() {
      let word = all[index]
      let lower = lowers[index]
      let next = index + 1 < all.count ? index + 1 : nil
      // "The Under Secretary for…": a capitalised word that opens a name after its determiner is no
      // qualifier.
      if roles[index].contains(.qualifierStart), word.startsUppercase, let next, all[next].startsUppercase,
        roles[index - 1].contains(.determiner)
      {
        continue
      }
      if roles[index].contains(.qualifierStart) || word.hasASCIIPrefix("(") {
        // "Commission for Social Care Inspection": a capitalised name goes on with its portfolio, commas
        // and all ("Department for Environment, Food and Rural Affairs").
        if Portfolio.goesOn(all, at: index) { continue }
        return index
      }
      // "the bodies listed in subsection (2)", "the persons named below".
      if roles[index].contains(.participleQualifier),
        next.map({
          roles[$0].contains(.qualifierStart) || ReferenceLexicon.pointerPlaces.contains(lowers[$0])
        })
          ?? true
      {
        return index
      }
      // "Member States participating in the scheme", "vessels flying the flag": the name ends before
      // an -ing participle with its object. Capitalised words are names ("Reading Borough Council").
      if word.hasASCIISuffix("ing"),
        isPostModifyingParticiple(
          String(word), after: String(all[index - 1]), before: next.map { String(all[$0]) })
      {
        return index
      }
      // "staff employed by the trust": the name ends before a participle with its agent.
      if let next, lowers[next] == "by", TriggerFinder.isParticiple(lower) {
        return index
      }
      if lower == "of", let next, roles[next].contains(.determiner) {
        return index
      }
    }
    return all.count
  }

  /// One party name tidied: "The primary care trusts of the area" → "primary care trust".
  static func normalize(_ phrase: String, acronyms: [String: String]) -> String? {
    var all = phrase.spaceSeparated
    // "Each of the bodies": the party is what the quantifier takes.
    if all.count > 2, partitiveQuantifiers.contains(all[0].lowercased()), all[1].lowercased() == "of" {
      all.removeFirst(2)
    }
    let lowers = all.map { $0.lowercased() }
    // The lists each word is on, with one lookup a word.
    let roles = lowers.map { PhraseWordRoles.table[$0] ?? [] }
    // Stop at the first qualifier (but keep "of" in names like "Secretary of State").
    var end = nameEnd(all, lowers: lowers, roles: roles)
    // A short name stands for its body only when nothing qualifies it: not "the Secretary of the Treasury".
    let qualified = end < all.count
    if roles[..<end].contains(where: { $0.contains(.clauseWord) }) { return nil }
    if end > 0, all[end - 1].isAllNumbers { return nil }
    var start = 0
    var hadDeterminer = false
    // "the Commission" may be a short name the document defines; "each State" is any State.
    var definite = false
    // A number counts the party ("Two inspectors", "the two Houses of Congress"); in capitals before a
    // capital it starts a name ("Three Rivers District Council").
    while start < end,
      roles[start].contains(.determiner) || all[start] == ","
        || start + 1 < end && PartyLexicon.isCardinal(lowers[start])
          && (all[start + 1].first?.isLowercase == true || all[start].first?.isLowercase == true)
    {
      definite = definite || !hadDeterminer && lowers[start] == "the"
      hadDeterminer = hadDeterminer || all[start] != ","
      start += 1
    }
    while end > start, all[end - 1].lacksLettersAndNumbers { end -= 1 }
    // A phrase that opens with a label ("3A", "2009.1", a line number run into a word) is no party.
    guard start < end, !PartyLexicon.isLabel(all[start]) else { return nil }
    var words = all[start..<end].map(String.init)
    // Possessives: "the council's officers" keeps the head after the possessive.
    if words.count > 1, let index = words.firstIndex(where: \.isPossessive), index < words.count - 1 {
      words = Array(words[(index + 1)...])
    }
    // The head is the last word, or the word before "of" ("providers of online platforms") or before a
    // portfolio's "for", which only a name keeps ("Department for Work and Pensions").
    let head =
      words.firstIndex { $0 == "of" || $0 == PartyLexicon.portfolioWord }.map {
        $0 > 0 ? $0 - 1 : words.count - 1
      }
      ?? words.count - 1
    words[head] = singularize(words[head])
    // Lower-case words that are capitalised only because they start the phrase.
    // After a determiner the case is as written ("the Commission", "the cluster board"); at the start of
    // a sentence a lone capital is only the sentence's ("Councils must").
    let titleCase = words.allSatisfy { isNameWord($0) || $0 == "," }
    if !hadDeterminer && (!titleCase || words.count == 1) || hadDeterminer && !titleCase {
      words = words.map { word in
        let isAcronym = word.characterCount >= 2 && word.lettersAreUppercase
        return isAcronym ? word : word.lowercased()
      }
    }
    if words.count == 1, let expansion = acronyms[words[0]],
      words[0].lettersAreUppercase || definite && !qualified
    {
      return expansion
    }
    // A portfolio's commas stand apart as words: joined, they go back to the word before.
    guard words.contains(",") else { return words.joined(separator: " ") }
    return words.joined(separator: " ").replacingOccurrences(of: " , ", with: ", ")
  }
}
