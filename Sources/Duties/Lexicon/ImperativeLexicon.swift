/// The words of imperative guidance ("Ensure that…", "Do not use…"): the verbs that open it, and the
/// words after a first verb that show it is not an imperative ("Report of the committee").
enum ImperativeLexicon {
  /// Verbs that forbid what follows them in "-ing": "Stop including…", "Cease issuing…".
  static let cessationVerbs: Set<String> = ["stop", "cease"]

  /// Verbs that open an imperative duty of the reader when capitalised: "Ensure", "Publish".
  static let verbs: Set<String> = [
    "ensure", "use", "set", "make", "keep", "check", "include", "provide", "record", "report", "tell",
    "contact", "follow", "read", "store", "apply", "submit", "review", "give", "send", "publish", "notify",
    "inform", "complete", "register", "limit", "restrict", "enable", "disable", "rotate", "configure", "pin",
    "add", "remove", "create", "delete", "update", "install", "run", "write", "document", "identify",
    "assess", "agree", "share", "maintain", "protect", "establish", "appoint", "prepare", "retain",
    "obtain", "seek", "monitor", "test", "verify", "confirm", "label", "encrypt", "log", "audit",
    "define", "grant", "revoke", "request", "require", "align", "separate", "name", "choose", "select",
    "treat", "handle", "be", "look", "remember", "note", "answer", "fill", "attach", "sign", "upload",
    "allow", "constrain", "stop", "move", "consult", "ask", "explain", "migrate", "switch", "turn", "upgrade",
    "describe", "specify", "scan", "demonstrate", "purchase", "implement", "adhere", "evaluate", "acquire",
    "adopt", "procure", "develop", "deliver", "measure", "manage", "minimise", "minimize",
    "reduce", "understand", "engage", "comply", "determine", "investigate", "justify", "prioritise",
    "prioritize", "respond", "validate", "assign", "capture", "collect", "gather", "arrange",
    "escalate", "approve", "authorise", "authorize", "archive", "cancel", "compare", "declare", "disclose",
    "dispose", "explore", "redact", "refuse", "reject", "renew", "replace", "reuse", "warn", "meet",
  ]

  /// Words after a fronted clause's comma that start an object, so that the unlisted word before them
  /// reads as a verb: "If a colleague gives you a PIN, change it", "After five failures, lock the account".
  static let objectOpeners: Set<String> = [
    "it", "them", "the", "a", "an", "your", "any", "all", "this", "these", "those", "their", "its", "our",
    "each", "every",
  ]

  /// Marks that end an instruction before a clause with a modal: "Demonstrate that capability is
  /// available — you shouldn't outsource it".
  static let leadingClauseEnds: Set<String> = ClauseLexicon.dashes

  /// Words after the verb of such an instruction that show it takes an object ("Demonstrate that…",
  /// "Keep the record…"), unlike a noun phrase used as a label ("Test results obtained by…").
  static let leadingObjectOpeners: Set<String> = objectOpeners.union(["that"])

  /// Words that can stand after a fronted clause's comma before an object without being a verb:
  /// prepositions, conjunctions, quantities and adverbs ("If so, then the…", "In 2020, most councils…").
  static let nonVerbOpeners: Set<String> = [
    "under", "for", "in", "on", "with", "by", "from", "at", "about", "as", "into", "without", "within",
    "after", "before", "during", "over", "through", "then", "however", "therefore", "also", "and", "or",
    "but", "so", "there", "here", "what", "which", "who", "whom", "where", "when", "how", "not", "most",
    "many", "some", "more", "less", "one", "two", "three", "several", "few", "further", "still", "yet",
    "even", "just", "now", "too", "very", "much", "often", "per", "via", "like", "unlike", "against",
    "among", "between", "across", "above", "below", "upon", "toward", "towards", "since", "until",
    "thus", "hence", "instead", "once", "again", "all", "every", "each", "twice", "half", "because",
    "although", "though", "despite", "unless", "whether", "both", "either", "neither", "only",
  ]

  /// The ending of a plural noun or a verb's third person, neither an instruction ("councils").
  static let pluralEnding = "s"

  /// The ending of base forms that end in "s" all the same ("access", "process").
  static let sibilantEnding = "ss"

  /// How many words after such a verb's object are looked at for a verb that makes the words a
  /// subject: "twice the deposit is returned".
  static let objectVerbReach = 5

  /// Endings of words that are not verbs in their base form: "currently", "funding", "approved",
  /// "information", "agreement", "awareness", "security".
  static let nonVerbEndings: [String] = ["ly", "ing", "ed", "tion", "ment", "ness", "ity"]

  /// Quantifiers that open a requirement stated in the present tense among instructions: "All new
  /// networks adopt the Network Principles".
  static let statedRequirementQuantifiers: Set<String> = ["all", "every", "each"]

  /// How far into a sentence such a requirement's verb may be, in tokens.
  static let statedRequirementReach = 24

  /// Verbs of such a requirement: what a thing must meet or follow ("adopt the Network Principles",
  /// "meet the Service Standard"), not what it does ("All requests create an entry").
  static let statedRequirementVerbs: Set<String> = [
    "adopt", "meet", "follow", "comply", "use", "conform", "adhere", "align", "apply", "satisfy",
  ]

  /// Words that open the object after such a requirement's verb: "adopt the…", "meet a…", "comply
  /// with…", "conform to…".
  static let objectStarts: Set<String> = [
    "the", "a", "an", "all", "any", "their", "its", "our", "your", "each", "with", "to",
  ]

  /// The word that makes an instruction polite: "Please contact GDS".
  static let politeMarker = "please"

  /// Words that make an instruction a preference, so advice: "Use X in preference to Y".
  static let preferencePhrase = ["in", "preference", "to"]

  /// Words that open a clause before an imperative, ended by a comma: "If your repository has external
  /// contributors, ensure…", "Where possible, use…", "To protect your account, enable…".
  static let frontedClauseStarts: Set<String> = [
    "if", "when", "whenever", "where", "wherever", "unless", "before", "after", "once", "while", "whilst",
    "until", "to",
  ]

  /// Words after a verb that make it one of a list of verbs ("to collect, review, or create"), not an
  /// instruction after a fronted clause.
  static let verbListJoiners: Set<String> = [",", "or", "and"]

  /// How far into a sentence the comma closing a fronted clause may be, in tokens.
  static let frontedClauseReach = 40

  /// Words that open an imperative other than its verb, or whose verb sets its kind: "Do not…", "Never…",
  /// "Avoid…", "Consider…".
  static let leadWords: Set<String> = [
    "do", "don't", "never", "always", "avoid", "consider", "prefer", "try", "please",
  ]

  /// Words before an imperative verb that narrow it and stay in its action: "Only check…".
  static let restrictingAdverbs: Set<String> = ["only"]

  /// Words after a first verb that make it a noun or a statement: "Report of the committee", "Use is
  /// limited", "Review by the board".
  static let nonImperativeFollowers: Set<String> = [
    "of", "is", "are", "was", "were", "'s", "by", "and", ":", "no", "includes", "means", "refers", "covers",
    "involves", "requires", "has", "helps", "ensures",
  ]

  /// Verbs that open information, not something to do: "Note that…", "Remember, …".
  static let informationVerbs: Set<String> = ["note", "remember"]

  /// Words after such a verb that make it information: "Note that", "Remember,".
  static let informationFollowers: Set<String> = ["that", ","]

  /// Marks an imperative's action does not end with.
  static let trailingMarks: Set<String> = [".", "!", ";", ":"]
}
