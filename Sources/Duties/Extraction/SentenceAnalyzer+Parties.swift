extension SentenceAnalyzer {
  /// Whether a party is an actor (a body, role or person), not a thing.
  func isActor(_ party: Party) -> Bool {
    if party.implicit || party.parties.isEmpty { return true }
    return partyNames.isActor(party) { Self.namesActor(party) }
  }

  /// Whether a party that is named (not implicit, with names) is an actor; see ``isActor(_:)``.
  private static func namesActor(_ party: Party) -> Bool {
    // A bare name: "Germany", "Tenant", "Europol" (not a bare plural like "Procedures").
    let words = party.text.spaceSeparated
    if words.count == 1, let word = words.first, word.startsUppercase,
      !word.hasASCIISuffix("s") || word.dropLast().allSatisfy({ $0.isUppercase }),
      case let lower = word.lowercased(),
      !BearerLexicon.abstractEndings.contains(where: { lower.hasASCIISuffix($0) }),
      !DeonticLexicon.documentNouns.contains(lower),
      !DeonticLexicon.nonAgentPronouns.contains(lower)
    {
      return true
    }
    return party.parties.contains { name in
      var words = name.spaceSeparated
      // "providers of online platforms", "information concerning branches specified in…": the head is
      // before the first preposition or participle.
      if let of = words.indices.dropFirst().first(where: { Self.startsPostModifier(words, at: $0) }) {
        words = Array(words[..<of])
      }
      guard let head = words.last.map(String.init) else { return false }
      if PartyLexicon.isActorHead(head) { return true }
      // A defined party or body written as a name: "Tenant", "NHS England", "the Commission".
      let isName = words.allSatisfy(PartyLexicon.isNameWord)
      return isName && !DeonticLexicon.documentNouns.contains(head.lowercased())
        && !PartyLexicon.instrumentNouns.contains(PartyLexicon.singularize(head.lowercased()))
    }
      || words.first.map {
        $0.startsUppercase && party.parties.count == 1
          && party.parties[0].spaceSeparated.count == 1 && PartyLexicon.isActorHead(party.parties[0])
      } == true
  }

  /// Whether a noun phrase as written names a person or body by its head noun ("participants in the
  /// activities of…", "a notifying authority", "the chairman and members of the Board"), not only by a
  /// capitalised name, a pronoun or a party named inside it, which may stand for or qualify a thing.
  func namesPersonOrBody(_ party: Party) -> Bool {
    var head: Substring?
    for (index, word) in party.text.spaceSeparated.enumerated() {
      let lower = word.lowercased()
      if index == 0, BearerLexicon.pronounStarts.contains(lower) {
        return false
      }
      if index > 0,
        Self.postModifierStart(lower) || BearerLexicon.headEnds.contains(lower)
          || lower.characterCount > 4 && lower.hasASCIISuffix("ing")
      {
        break
      }
      // "Transportation facilities and services": the first conjunct decides.
      if index > 0, lower == "and" || lower == "or" { break }
      head = word
      if word.hasASCIISuffix(",") || word.hasASCIISuffix("(") { break }
    }
    guard let head = head.map({ String($0).trimming("()[],;:\"'‘’“”").lowercased() }), !head.isEmpty else {
      return false
    }
    // "Commissions to agents" are fees; "the implementation of this Decision" is an act, not the software
    // of an RFC ("An implementation MUST…").
    if head == "commissions" || head == "implementation" && party.text.contains(" of ") { return false }
    return PartyLexicon.isActorHead(head)
  }

  /// The subject of an infinitive after "for" and where its verb starts: "(prohibited) for any natural or
  /// legal person to sell…" gives the person and the index of "sell". Only an actor counts.
  func forSubject(_ tokens: [Token], _ sentence: String, from start: Int, to end: Int) -> (
    party: Party, verb: Int
  )? {
    guard
      let to = tokens[start..<end].firstIndex(where: { $0.lower == "to" }), to > start, to + 1 < end,
      tokens[to + 1].isWord, !tokens[start..<to].contains(where: { [";", ":"].contains($0.text) })
    else { return nil }
    let phrase = ClauseParts.slice(sentence, tokens, start..<to).trimming(" ,")
    guard let named = party(phrase, lastBearer: nil), isActor(named) else { return nil }
    return (named, to + 1)
  }

  /// Whether the word at `index` of a noun phrase starts a post-modifier: a preposition, or a
  /// participle that does not stand before the rest of its phrase ("persons authorised by…", not
  /// "a relevant integrated care board" or "the designated person").
  static func startsPostModifier(_ words: [Substring], at index: Int) -> Bool {
    let lower = words[index].lowercased()
    if BearerLexicon.postModifierWords.contains(lower) { return true }
    guard TriggerFinder.isParticiple(lower) else { return false }
    guard index + 1 < words.count else { return true }
    let next = words[index + 1].lowercased()
    return BearerLexicon.postModifierWords.contains(next) || BearerLexicon.headEnds.contains(next)
      || next == "and" || next == "or"
  }

  /// Whether a word starts a post-modifier of a noun: a preposition or a participle.
  static func postModifierStart(_ word: String) -> Bool {
    let lower = word.lowercased()
    return BearerLexicon.postModifierWords.contains(lower) || TriggerFinder.isParticiple(lower)
  }

  /// A party from a noun phrase, with pronouns and labels resolved.
  func party(
    _ text: String, lastBearer: Party?, tokens: [Token] = [], sentence: String = "", before: Int = 0
  ) -> Party? {
    // The longest pronoun is ten bytes: longer texts need not be lower-cased to be told apart.
    if text.utf8.count <= 10, BearerLexicon.pronouns.contains(text.lowercased()) {
      // "If a provider offers…, they must…": the subject of a leading condition comes first.
      let leadingCondition =
        !tokens.isEmpty && ConditionLexicon.conditionFirstWords.contains(tokens[0].lower)
      if leadingCondition,
        let named = antecedent(of: text, tokens: tokens, sentence: sentence, before: before)
      {
        return named
      }
      if let lastBearer { return Party(text: text, parties: lastBearer.parties) }
      // An antecedent earlier in the sentence: "Whenever Tenant proposes …, it shall …".
      return antecedent(of: text, tokens: tokens, sentence: sentence, before: before)
        ?? Party(text: text, parties: [])
    }
    if let resolved = labels[text] {
      return Party(text: text, parties: partyNames.parties(of: resolved))
    }
    let parties = partyNames.parties(of: text)
    guard !parties.isEmpty else { return nil }
    return Party(text: text, parties: parties)
  }

  /// The first party named in the sentence before a pronoun: the subject of the clause before it.
  /// Its modifiers and the nouns of a compound come with it ("a service provider"); a plural pronoun
  /// takes a pair joined by "and" or "or" ("a council and a trust … they").
  private func antecedent(of pronoun: String, tokens: [Token], sentence: String, before: Int) -> Party? {
    for index in 0..<max(0, before) where tokens[index].isWord {
      let name = tokens[index].text
      guard
        PartyLexicon.isActorHead(name.lowercased()) || acronyms[name] != nil
          || (tokens[index].isAllCaps || Self.isPluralAcronym(name)) && index > 0
      else { continue }
      // Take the modifiers before the head: "a joint post-holder", "the PCT cluster".
      var start = index
      while start > 0, tokens[start - 1].isWord,
        !PartyLexicon.determiners.contains(tokens[start - 1].lower),
        !TriggerLexicon.adverbs.contains(tokens[start - 1].lower), index - start < 3,
        tokens[start - 1].lower.first?.isLetter == true,
        !PartyLexicon.prepositions.contains(tokens[start - 1].lower),
        !ClauseLexicon.adverbials.contains(tokens[start - 1].lower)
      {
        start -= 1
      }
      // An acronym that modifies a head noun after it ("the appropriate TTB officer"), and the
      // nouns of a compound ("a service provider").
      var end = index + 1
      while end < before, end - index < 3, tokens[end].isWord, PartyLexicon.isActorHead(tokens[end].lower) {
        end += 1
      }
      var phrase = ClauseParts.slice(sentence, tokens, start..<end)
      if pronoun.lowercased() == "they",
        let other = joinedParty(tokens, sentence: sentence, after: end, before: before)
      {
        phrase += " and " + other
      }
      return Party(text: pronoun, parties: partyNames.parties(of: phrase))
    }
    return nil
  }

  /// The party joined to one by "and" or "or": "a council and a trust".
  private func joinedParty(_ tokens: [Token], sentence: String, after end: Int, before: Int) -> String? {
    guard end + 1 < before, ClauseLexicon.conjunctions.contains(tokens[end].lower) else { return nil }
    var start = end + 1
    if PartyLexicon.determiners.contains(tokens[start].lower) { start += 1 }
    var last = start
    while last < before, last - start < 3, tokens[last].isWord, !PartyLexicon.isActorHead(tokens[last].lower)
    {
      last += 1
    }
    guard last < before, tokens[last].isWord, PartyLexicon.isActorHead(tokens[last].lower) else { return nil }
    return ClauseParts.slice(sentence, tokens, start..<(last + 1))
  }

  /// Whether a word is an acronym in the plural: "NSIs", "PCTs".
  static func isPluralAcronym(_ word: String) -> Bool {
    word.utf8.count >= 3 && word.hasSuffix("s")
      && word.utf8.dropLast().allSatisfy { (0x41...0x5A).contains($0) || (0x30...0x39).contains($0) }
      && word.utf8.dropLast().contains { (0x41...0x5A).contains($0) }
  }

  /// The beneficiary of an action: "provide information to the carer", "reimburse Landlord".
  func beneficiary(in action: String) -> Party? {
    // Words are made strings only when a phrase takes them: an action may be long.
    let words = action.spaceSeparated
    guard let verb = words.first?.lowercased() else { return nil }
    func phrase(from start: Int) -> Party? {
      var taken: [String] = []
      var index = start
      while index < words.count, taken.count < 6 {
        let word = String(words[index]).trimming(",.;:")
        let lower = word.lowercased()
        if index > start,
          PartyLexicon.qualifierStarts.contains(lower)
            || BearerLexicon.beneficiaryStops.contains(lower)
            || ClauseLexicon.conjunctions.contains(lower) && taken.count > 1
        {
          break
        }
        taken.append(word)
        if words[index].hasASCIISuffix(",") || words[index].hasASCIISuffix(";") { break }
        index += 1
      }
      guard var head = taken.last else { return nil }
      // "furnish to Landlord plans and specifications": the party ends at its head noun.
      if !PartyLexicon.isActorHead(head.lowercased()),
        let end = taken.dropLast().firstIndex(where: {
          $0.startsUppercase && !$0.isPossessive
            && PartyLexicon.isActorHead($0.lowercased())
        })
      {
        taken = Array(taken[...end])
        head = taken[end]
      }
      let text = taken.joined(separator: " ")
      let headWord = head.hasASCIISuffix("'s") ? String(head.dropLast(2)) : head
      guard
        PartyLexicon.isActorHead(headWord.lowercased())
          || (headWord.startsUppercase && taken.count <= 3
            && !PartyLexicon.determiners.contains(headWord.lowercased()))
      else {
        return nil
      }
      return Party(text: text, parties: partyNames.parties(of: text))
    }
    if BearerLexicon.beneficiaryVerbs.contains(verb), words.count > 1 {
      if let found = phrase(from: 1) { return found }
    }
    // Only "to" and "for" in some case, two or three bytes long, can be either.
    if let to = words.firstIndex(where: {
      ($0.utf8.count == 2 || $0.utf8.count == 3) && BearerLexicon.toOrFor.contains($0.lowercased())
    }),
      to + 1 < words.count, to > 0
    {
      return phrase(from: to + 1)
    }
    return nil
  }
}
