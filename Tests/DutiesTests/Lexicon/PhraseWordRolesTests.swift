import Testing

@testable import Duties

/// One lookup of a word's roles must say what each of the party lexicon's lists says.
@Suite struct PhraseWordRolesTests {
  @Test func eachRoleIsExactlyItsList() {
    let lists: [(PhraseWordRoles, Set<String>)] = [
      (.determiner, PartyLexicon.determiners), (.qualifierStart, PartyLexicon.qualifierStarts),
      (.participleQualifier, PartyLexicon.participleQualifiers), (.clauseWord, PartyLexicon.clauseWords),
    ]
    let words = lists.reduce(into: Set<String>()) { $0.formUnion($1.1) }.union(["council", "", "The", "of"])
    for word in words {
      let roles = PhraseWordRoles.table[word] ?? []
      for (role, list) in lists {
        #expect(roles.contains(role) == list.contains(word), "\(word)")
      }
    }
  }

  @Test(arguments: [
    ("the council in the area", "council"), ("A Council which decides", "Council"),
    ("the persons concerned in it", "person"), ("Secretary of State", "Secretary of State"),
    ("providers of the platforms", "provider"), ("the staff employed by the trust", "staff"),
  ])
  func namesStopWhereTheirListsSay(_ sample: (String, String)) {
    #expect(PartyLexicon.normalize(sample.0, acronyms: [:]) == sample.1)
  }

  @Test func aPhraseWithAClauseWordNamesNoParty() {
    #expect(PartyLexicon.normalize("the council must", acronyms: [:]) == nil)
    #expect(
      PartyLexicon.parties(of: "councils and/or boards, or trusts", acronyms: [:]) == [
        "council", "board", "trust",
      ])
  }
}
