/// The words the comparison reads for meaning: which phrases make a number a floor or a ceiling, which
/// word swaps turn a condition round, which words of an action carry no content, and the usual acronyms
/// of bodies whose names are compared. (Reference words are in ``ReferenceLexicon``, timing measures in
/// ``TimingLexicon``.)
enum ComparisonLexicon {
  /// The letters that open an amendment marker of UK legislation after "[": "[F48]" (textual
  /// amendment), "[E2]" (extent), "[C3]" (modification), "[M12]" (marginal citation).
  static let amendmentMarkerLetters: Set<UInt8> = Set("FECM".utf8)
  /// Phrases before a number that make it a floor: "at least 10", "more than 3 members".
  static let floorPhrases: [String] = [
    "at least", "not less than", "no less than", "not fewer than", "no fewer than", "a minimum of",
    "minimum of", "minimum", "more than", "greater than", "over", "above", "exceeding", "in excess of",
  ]
  /// Phrases before a number that make it a ceiling: "no more than 1 in 500", "up to £5,000".
  static let ceilingPhrases: [String] = [
    "at most", "not more than", "no more than", "not greater than", "no greater than", "a maximum of",
    "maximum of", "maximum", "up to", "less than", "fewer than", "under", "below", "not exceeding",
    "not to exceed", "no later than", "within",
  ]
  /// Words after a number that make it a floor: "10 or more", "99.9% or better".
  static let floorTrails: [String] = [
    "or more", "or better", "or greater", "or above", "or over", "and over", "and above",
  ]
  /// Words after a number that make it a ceiling: "5 or fewer", "3 or less".
  static let ceilingTrails: [String] = ["or fewer", "or less", "or below", "or under"]

  /// Word swaps that turn a condition round: "with the approval" ↔ "without the approval",
  /// "if" ↔ "unless", "including" ↔ "excluding".
  static let oppositeWords: [String: String] = [
    "with": "without", "without": "with", "if": "unless", "unless": "if", "including": "excluding",
    "excluding": "including", "where": "unless", "when": "unless", "before": "after", "after": "before",
    "subject": "regardless", "regardless": "subject",
  ]
  /// Words whose coming or going alone negates or narrows a condition: "if not", "only if".
  static let negatingWords: Set<String> = ["not", "no", "never", "except", "unless", "without"]

  /// Nouns that say what a condition classes, beside the class a heading named: "If the identifier is an
  /// SRV-ID", "If the applicant is a charity".
  static let classifierNouns: Set<String> = [
    "identifier", "applicant", "person", "body", "organisation", "organization", "service", "provider",
    "document", "case", "application", "type", "user", "entry", "client", "request", "one",
  ]

  /// Trigger words of a duty stated as mandatory rather than as an instruction: a document that uses
  /// them keeps them for what is mandatory.
  static let mandatoryWords: [String] = ["must", "shall", "required"]

  /// Kinds that require or advise something, whose list of examples becoming required content binds
  /// more (a permission's does not).
  static let requiringKinds: Set<ObligationKind> = [.duty, .prohibition, .recommendation, .adviceAgainst]

  /// Modals written another way with the same force, in one form: "shall" → "must". (Normalised.)
  static let modalForms: [String: String] = ["shall": "must"]

  /// Prepositions at which an action that keeps its head may change its tail: "include other
  /// identifiers for [types defined before…]" → "…for [compatibility with a deployed base]". Not "to",
  /// which opens another verb ("take all reasonable steps to [ensure…]").
  static let tailPrepositions: Set<String> = [
    "for", "in", "with", "by", "on", "at", "under", "within", "from", "into", "about", "during",
    "before", "after", "until",
  ]

  /// Words that join two clauses of one sentence: "MAY X but SHOULD NOT Y", "…, then MUST Y".
  /// (Normalised.)
  static let clauseJoiners: Set<String> = ClauseLexicon.joiners.union(["then"])

  /// Words that open a bracket pointing elsewhere: "(see also {{security}})", "(cf. section 4)".
  static let pointerAsideLeads: Set<String> = ["see", "cf"]

  /// Words a bracket that points elsewhere is made of, besides anchors ("{{idn}}") and references
  /// ("section 4"): "(see also {{a}} but see {{b}})". (Normalised.)
  static let pointerAsideWords: Set<String> = ["see", "cf", "also", "but", "and", "further", "the", "#"]

  /// Words that make a bracket of examples say what is required too: "(e.g. access logs, but never
  /// error logs)", "(for example, only signed ones)". (Normalised.)
  static let exampleLimitWords: Set<String> = ["but", "not", "never", "no", "only", "except", "unless"]

  /// Words that open a list of examples: "…, for example: A, B". (Normalised: lower case, no stops.)
  static let illustrativeLeads: Set<String> = ["for example", "e.g", "eg", "such as", "for instance", "like"]

  /// Words that open a bracket of examples, which a revision may change without changing what is
  /// required: "(e.g., this is true of {{XMPP}})", "(for example, a park)": the leads of a list of
  /// examples but "like", which compares. Not "including" or "because": what a bracket includes or
  /// gives as a reason is said. (Normalised.)
  static let exampleBracketLeads: Set<String> = illustrativeLeads.subtracting(["like"])

  /// Words that open a list of what is required: "…, including: A, B".
  static let inclusiveLeads: Set<String> = [
    "including", "which must include", "which include", "namely", "that is", "i.e", "ie", "comprising",
  ]

  /// Words that open a list of examples, or a reason, at the end of an action: "…, including joint
  /// directors", "…, because best practices differ". Neither is what is required.
  static let exampleLeads: Set<String> = ["including", "e.g", "eg", reasonLead]

  /// The word that opens a reason at the end of an action.
  static let reasonLead = "because"

  /// Two-word openers of examples, by first word: "such as", "for example", "for instance".
  static let exampleLeadPairs: [String: String] = ["such": "as", "for": "example"]

  /// Words that open a purpose at the end of an action ("…terminate the attempt in order to prevent
  /// users from…"): why it is required, not what.
  static let purposeLeads: [[String]] = [["in", "order", "to"], ["so", "as", "to"]]

  /// What the whole text of a provision says when a revision has taken its words out: "Repealed",
  /// "[Omitted]", "Revoked." (legislation.gov.uk prints dots instead, ". . . . ."; see `RepealedProvisions`).
  static let repealWords: Set<String> = ["repealed", "omitted", "revoked", "spent", "expired", "deleted"]

  /// Words that narrow or widen what an action covers: "check" → "only check", "any record" → "every
  /// record". Added to or taken from an action, they change what is required, however few.
  static let scopeWords: Set<String> = [
    "only", "solely", "exclusively", "not", "never", "no", "all", "every", "any", "each", "always",
  ]

  /// Words in a trigger that make it softer than its kind: "is encouraged to" is weaker than "should".
  static let softTriggerWords: [String] = [
    "encouraged", "invited", "advised", "expected", "consider", "prefer", "try", "avoid",
  ]

  /// Words a condition may gain or lose and say the same: articles and the "and" that joins two verbs
  /// ("offering … wishes" → "offers … and wishes").
  static let ignoredConditionWords: Set<String> = ["a", "an", "the", "and"]

  /// Endings taken off a content word of an action, the first that fits: "publishing" → "publish".
  static let stemSuffixes: [String] = ["ing", "ed", "es", "s", "e"]

  /// The usual acronyms of English health and care bodies, lower case, with the names they stand for.
  static let bodyAcronyms: [String: String] = [
    "pct": "primary care trust", "ccg": "clinical commissioning group", "icb": "integrated care board",
    "sha": "strategic health authority", "cqc": "care quality commission", "phe": "public health england",
    "ukhsa": "uk health security agency", "hee": "health education england", "nhse": "nhs england",
    "nhsi": "nhs improvement", "pct cluster": "pct cluster",
    // Names of one body in English government writing: a council is a local authority.
    "council": "local authority",
  ]

  /// Words that make a statement a requirement or an advice ("the client constructs a list" → "the client
  /// MUST construct a list"): left out when a requirement is matched to a plain statement.
  static let modalWords: Set<String> = DeonticLexicon.modals.union([
    "would", "could", "might", "ought", "need", "needs", "required", "recommended", "encouraged", "expected",
    "ideally",
  ])

  /// Pronouns that stand for a phrase the other version names: "enable the behaviour" → "enable it".
  static let standInPronouns: Set<String> = ["it", "them", "this", "these", "those", "one", "they"]

  /// Words that stand for the bearer of the obligation they are in: "any function conferred on that
  /// person", "conferred on it".
  static let bearerStandIns: [[String]] = [
    ["that", "person"], ["that", "body"], ["such", "person"], ["such", "body"], ["the", "person"],
    ["it"], ["he"], ["she"], ["they"],
  ]

  /// Words that qualify when or how rather than name a thing: "pays the rent late" is not "pays it".
  static let qualifyingWords: Set<String> = [
    "late", "early", "now", "later", "again", "first", "only", "also", "too", "soon", "last",
  ]

  /// Words that carry no content of an action, left out when actions are matched by their words.
  static let functionWords: Set<String> = [
    "the", "a", "an", "of", "to", "be", "by", "for", "in", "on", "and", "or", "with", "if", "only", "that",
    "is", "are", "as", "at", "it", "its", "their", "they", "this", "these", "those", "any", "all", "each",
    "from", "into", "not", "no", "such", "so", "than", "then", "there", "which", "who", "make", "use",
  ]

  /// Words of a succession's note that say the body was only renamed, not replaced: the same body by
  /// another name.
  static let renameNotes = ["renamed", "known as"]
}
