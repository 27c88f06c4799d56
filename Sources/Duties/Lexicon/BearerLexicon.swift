/// The words by which a sentence names its bearer and beneficiary when the subject does not say it
/// plainly: pronouns, the agent of a passive ("by the Commission"), the words after a noun phrase's head,
/// and the verbs whose object benefits ("pay Landlord").
enum BearerLexicon {
  // MARK: - Pronouns

  /// Pronouns that stand for the bearer before ("it", "he or she"); none is longer than ten bytes.
  static let pronouns: Set<String> = [
    "it", "they", "he", "she", "he or she", "they or it", "the same", "it or they",
  ]

  /// Noun phrases that stand for the two parties named before: "A more specific duty could require the two
  /// bodies to…" after "a duty on PCTs and councils".
  static let pairAnaphors: Set<String> = Set(
    ["the two", "both", "both the", "these two"].flatMap { determiner in
      pairAnaphorNouns.map { "\(determiner) \($0)" }
    })

  /// The nouns of ``pairAnaphors``.
  static let pairAnaphorNouns = ["bodies", "organisations", "organizations", "partners", "agencies"]

  /// Pronouns that, first in a paragraph, stand for the bearer of the paragraph before ("3.2 They
  /// should agree…").
  static let paragraphPronouns: Set<String> = ["they", "it", "he", "she"]

  /// Words that, first in a noun phrase, make it a pronoun rather than a person or body.
  static let pronounStarts: Set<String> = ["it", "they", "he", "she", "this", "these", "those", "which"]

  // MARK: - Things a party makes

  /// Verbs by which a party makes a thing, so that a requirement on the thing right after is the
  /// party's: "The authority must prepare a plan. The plan must include…".
  static let makingVerbs: Set<String> = [
    "prepare", "produce", "publish", "keep", "maintain", "make", "draw", "construct", "create", "issue",
    "write", "compile", "submit", "establish", "develop", "adopt", "send", "give", "lay", "serve", "file",
    "provide", "record", "carry", "complete", "agree", "set", "review", "revise", "update",
  ]

  // MARK: - Noun phrases

  /// Words after a noun phrase's head: "appointments to the committee", "persons who…".
  static let headEnds: Set<String> = [
    "who", "which", "that", "whose", "to", "by", "at", "as", "about", "between", "among", "available",
    "hereunder", "herein", "thereunder",
  ]

  /// Prepositions and the like that start a noun's post-modifier: "providers of online platforms".
  static let postModifierWords: Set<String> = [
    "of", "concerning", "regarding", "relating", "in", "on", "under", "within", "from", "with", "for",
    "subject",
  ]

  /// Words at which a noun phrase after a preposition ends: "by the Commission within…".
  static let enders: Set<String> = [
    "to", "in", "for", "within", "under", "if", "unless", "where", "on", "before", "after", "with", "at",
    "without", "from",
  ]

  /// Endings of abstract nouns, which are not actors: "Notification", "Assessment".
  static let abstractEndings: [String] = [
    "tion", "ment", "ness", "ity", "ance", "ence", "ing", "ure", "ism", "age", "sion",
  ]

  // MARK: - Agents

  /// Words before a participle that make it a finite verb or part of the main one, whose "by" names the
  /// agent: "which are located by", "completed and signed by".
  static let finiteParticipleLinks: Set<String> = [
    "is", "are", "was", "were", "be", "been", "being", "and", "or",
  ]

  // MARK: - Beneficiaries

  /// Verbs whose subject receives rather than acts: "Each person should have a named professional".
  static let receivingVerbs: Set<String> = ["have", "receive"]

  /// Head nouns of people a service is for, who as the subject of ``receivingVerbs`` after "should"
  /// are its beneficiaries.
  static let servedPersons: Set<String> = [
    "person", "people", "patient", "user", "individual", "child", "adult", "resident", "citizen",
    "everyone", "family", "carer", "pupil", "client",
  ]

  /// Verbs whose object is the beneficiary: "pay Landlord", "notify the council".
  static let beneficiaryVerbs: Set<String> = [
    "pay", "reimburse", "indemnify", "notify", "inform", "compensate", "consult", "tell", "advise",
    "refund", "assist", "defend", "support", "reimburses", "pays", "notifies", "indemnifies", "protect",
    "hold", "give", "grant", "allow", "offer", "send", "remit",
  ]

  /// Words at which a beneficiary's phrase ends: "to the carer of the person" is "the carer".
  static let beneficiaryStops: Set<String> = [
    "of", "the", "a", "an", "any", "all", "such", "that", "its", "their",
  ]

  /// The prepositions before a beneficiary: "provide information to the carer", "for the tenant".
  static let toOrFor: Set<String> = ["to", "for"]
}
