/// Word lists of offences and of acts cleared of a wrong: "commits an offence if…", "does not
/// contravene…", "is not to be treated as a breach of…" (`SentenceAnalyzer+Offences`,
/// `ClearedWrongTrigger`, `OffenceTrigger`).
enum OffenceLexicon {
  /// The phrases that make an act an offence ("A person commits an offence if…", "who … shall be guilty
  /// of an offence"), US spelling too, not the infinitive ("an attempt to commit an offence"); and those
  /// that clear an act ("A lender does not contravene this section by charging a fee"), with the kind
  /// each gives the act.
  static let offencePhrases: [([String], ObligationKind)] = {
    let verbs: [[String]] = [
      ["commits"], ["is", "guilty", "of"], ["are", "guilty", "of"], ["shall", "be", "guilty", "of"],
      ["will", "be", "guilty", "of"],
    ]
    let offences = verbs.flatMap { verb in [verb + ["an", "offence"], verb + ["an", "offense"]] }
    let clearances = [
      ["does", "not", "contravene"], ["do", "not", "contravene"], ["does", "not", "breach"],
    ]
    return offences.map { ($0, .prohibition) } + clearances.map { ($0, .permission) }
  }()

  /// The openings that make the act of the party after "for" an offence ("It is an offence for a person
  /// to…", "It is an offence under this section for…"), or clear it ("It is not a contravention of this
  /// section for a landlord to…").
  static let expletiveOffencePhrases: [([String], ObligationKind)] = [
    (["it", "is", "an", "offence"], .prohibition), (["it", "is", "an", "offense"], .prohibition),
    (["it", "shall", "be", "an", "offence"], .prohibition),
    (["it", "shall", "be", "an", "offense"], .prohibition),
    (["it", "is", "not", "a", "contravention"], .permission),
    (["it", "is", "not", "an", "offence"], .permission),
    (["it", "is", "not", "a", "breach"], .permission),
  ]

  /// Participles that deem an act to be something: "is not to be treated as a breach", "shall not be
  /// regarded as having contravened".
  static let deemingParticiples: Set<String> = [
    "treated", "regarded", "deemed", "considered", "taken", "held",
  ]

  /// The word between a deeming participle and what the act is deemed: "treated as".
  static let deemingComplementMarker = "as"

  /// Words between "as" and the wrong an act is cleared of: "as a breach", "as being in breach".
  static let wrongOpeners: Set<String> = ["a", "an", "any", "being", "in", "itself"]

  /// The word before a wrong done, as a participle: "as having contravened".
  static let wrongDoneMarker = "having"

  /// Wrongs an act can be cleared of ("is not to be treated as a breach of confidence", "as being in
  /// default"): deeming as anything else defines ("treated as income"). Only as a whole noun phrase,
  /// not "an infringement notice".
  static let wrongs: Set<String> = [
    "breach", "breaches", "contravention", "contraventions", "infringement", "infringements", "violation",
    "violations", "offence", "offences", "offense", "offenses", "failure", "default", "unlawful", "wrongful",
    "misconduct",
  ]

  /// Wrongs done, after "having": "shall not be regarded as having contravened the rules", not "as
  /// committed" (funds), "as failed" (a payment).
  static let wrongsDone: Set<String> = [
    "breached", "contravened", "infringed", "violated", "committed", "failed", "defaulted", "offended",
  ]

  /// The word before the party an expletive offence names: "It is an offence for a person to…".
  static let expletiveBearerMarker = "for"

  /// Stems of the words every offence or clearance phrase holds, searched for first: "offence",
  /// "offense", "contravene", "contravention", "breach".
  static let offenceStems: [String] = ["offen", "contraven", "breach"]

  /// The verb after the modal of an offence phrase: "shall be guilty of an offence".
  static let offenceModalVerb = "be"

  /// The first words of ``offencePhrases``.
  static let offenceStarts: Set<String> = Set(offencePhrases.map { $0.0[0] })

  /// Words that open the offender's relative clause: "A person who sells…".
  static let personRelatives: Set<String> = ["who", "which", "that"]

  /// Words that open the clause stating the offender's act: "commits an offence if he…", "by failing…".
  static let offenceClauseOpeners: Set<String> = ["if", "where", "by"]

  /// The opener of the offence's means, followed by a gerund: "by failing to register the dog".
  static let offenceMeansMarker = "by"

  /// How far after the offence phrase its clause may open: "commits an offence under this section if…".
  static let offenceQualifierReach = 8

  /// The offender as the subject of the "if" clause: "if he sells…".
  static let offenderPronouns: Set<String> = ["he", "she", "they", "it"]

  /// Determiners that name the offender again: "if the person sells…", "if that person fails…".
  static let offenderDeterminers: Set<String> = ["the", "that"]

  /// The noun that names any offender again: "if the person…".
  static let offenderNoun = "person"

  /// Openings of an act that is a failure to act: the offence of failing to comply is a duty to comply.
  static let failureOpenings: [[String]] = [
    ["fails", "to"], ["fail", "to"], ["failing", "to"], ["refuses", "to"], ["refuse", "to"],
    ["refusing", "to"], ["neglects", "to"], ["neglect", "to"], ["does", "not"], ["do", "not"],
  ]

  /// Words opening a clause before an offence that holds its act: "If a person fails to comply…, the
  /// person commits an offence".
  static let leadingOffenceOpeners: Set<String> = ClauseLexicon.ifWords.subtracting(["unless"])

  /// The word that opens an excuse written before an offence's act without commas ("who without
  /// reasonable excuse fails to comply"): the excuse runs to the failure and is its condition.
  static let offenceExcuseOpening = "without"

  /// Base forms of the verbs an offence's clause starts with that no suffix rule gives.
  static let irregularBaseForms: [String: String] = [
    "is": "be", "are": "be", "was": "be", "were": "be", "has": "have", "does": "do",
  ]
}
