/// The lists of ``PartyLexicon`` a lower-case word of a party phrase is on, found with one lookup instead of
/// one a list.
struct PhraseWordRoles: OptionSet {
  let rawValue: UInt8

  /// ``PartyLexicon/determiners``.
  static let determiner = PhraseWordRoles(rawValue: 1 << 0)
  /// ``PartyLexicon/qualifierStarts``.
  static let qualifierStart = PhraseWordRoles(rawValue: 1 << 1)
  /// ``PartyLexicon/participleQualifiers``.
  static let participleQualifier = PhraseWordRoles(rawValue: 1 << 2)
  /// ``PartyLexicon/clauseWords``.
  static let clauseWord = PhraseWordRoles(rawValue: 1 << 3)

  /// Each word on one of the lists, with the roles of the lists it is on.
  static let table: [String: PhraseWordRoles] = {
    var table: [String: PhraseWordRoles] = [:]
    for word in PartyLexicon.determiners { table[word, default: []].insert(.determiner) }
    for word in PartyLexicon.qualifierStarts { table[word, default: []].insert(.qualifierStart) }
    for word in PartyLexicon.participleQualifiers { table[word, default: []].insert(.participleQualifier) }
    for word in PartyLexicon.clauseWords { table[word, default: []].insert(.clauseWord) }
    return table
  }()
}
