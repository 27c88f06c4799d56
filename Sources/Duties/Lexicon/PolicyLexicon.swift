/// The words of duties as policy papers state them: a green paper floats "a legal duty on primary care
/// trusts and councils to work together", a white paper says "we will legislate to require…", news
/// reports that guidance is "calling on councils to…". They make proposals, commitments and requests.
enum PolicyLexicon {
  // MARK: - Policy documents

  /// Stated types or title words of guidance and policy papers: "Green Paper", "Strategy".
  static let documentTypes: [String] = [
    "guidance", "green paper", "white paper", "command paper", "consultation", "strategy", "policy",
  ]

  /// Stated types of the instruments that take a green or white paper forward: statutory guidance,
  /// regulations, an Act. (Lower case; a stated type containing one of them is one.)
  static let instrumentTypes: [String] = [
    "guidance", "regulations", "order", "act", "bill", "code of practice", "directions", "circular",
    "statutory instrument", "standard",
  ]

  /// The Akoma Ntoso document types that are legislation (others, such as `doc`, may be anything).
  static let legislativeDocumentTypes: Set<String> = ["act", "bill"]

  /// Stated types or title words of papers laid before Parliament, where a body's "will" is the
  /// government's plan for it: "White Paper".
  static let commandPaperTypes: [String] = ["green paper", "white paper", "command paper"]

  /// Verbs of a state or of what someone undergoes after "will": "Care Trusts will remain an option",
  /// "Passengers will see the benefits" plan nothing.
  static let stateVerbs: Set<String> = [
    "be", "remain", "have", "become", "continue", "stay", "need", "see", "benefit", "feature", "enjoy",
    "receive", "experience", "gain", "find", "notice", "get", "feel", "face", "mean", "help", "look",
  ]

  /// Words before the verb of a plan that are not its verb: "will all benefit", "will quickly see".
  static let planAdverbs: Set<String> = [
    "all", "both", "each", "quickly", "soon", "now", "also", "then", "still",
  ]

  /// Words of the front matter of a command paper (a green or white paper laid before Parliament):
  /// "Presented to Parliament by the Secretary of State for Health by Command of Her Majesty".
  static let frontMatterMarks: [String] = ["by command of her majesty", "by command of his majesty"]

  /// How many of a document's first texts are its front matter.
  static let frontMatterTexts = 12

  /// Modals that in a policy document describe practice rather than bind: "NHS England will publish…".
  static let practiceModals: Set<String> = ["will", "won't"]

  // MARK: - Cues

  /// Words before a duty noun or a "require" that make it only an idea.
  static let proposalCues: Set<String> = [
    "considering", "consider", "considers", "propose", "proposes", "proposed", "proposing", "proposal",
    "proposals", "consult", "consults", "consulting", "consultation", "views", "whether", "option", "options",
    "floated", "floats", "idea", "could", "might", "exploring", "explore", "explores", "possible",
    "possibility", "looking",
  ]

  /// Words before a duty noun or a "require" that make it a promise.
  static let commitmentCues: Set<String> = [
    "will", "intend", "intends", "plan", "plans", "committed", "commit", "commits", "going",
  ]

  /// The cues a policy statement's trigger may start at, a few words before its cue word: "considering
  /// imposing a legal duty", "legislate to require".
  static let leadingCues = proposalCues.union(commitmentCues).union([
    "legislate", "imposing", "impose", "place",
  ])

  /// Modals that, before a cue, make the sentence an obligation of its own ("Councils should consider
  /// whether…", "Regulations shall impose a duty on…").
  static let obligingModals: Set<String> = ["must", "shall", "should", "may", "can", "ought"]

  /// Verbs that, followed by a duty noun, put it in force ("This section imposes a duty on…").
  static let inForceCues: Set<String> = ["imposes", "places", "puts", "creates"]

  /// Verbs that impose a duty: "imposing a legal duty on…", "place a new duty on…".
  static let impositionVerbs: Set<String> = [
    "impose", "imposes", "imposing", "imposed", "place", "places", "placing", "placed", "put", "puts",
    "putting",
    "introduce", "introduces", "introducing", "introduced", "create", "creates", "creating", "created",
  ]

  /// Nouns for a duty.
  static let dutyNouns: Set<String> = [
    "duty", "duties", "requirement", "requirements", "obligation", "obligations",
  ]

  /// Words between an imposing verb and its duty noun: "imposing a new legal duty on".
  static let dutyNounModifiers: Set<String> = [
    "a", "an", "new", "legal", "statutory", "general", "specific", "clear", "single", "joint", "shared",
  ]

  /// The prepositions that name whom a duty or an appeal is on: "a duty on councils", "calling upon".
  static let onUpon: Set<String> = ["on", "upon"]

  /// The authors of a policy paper or of guidance, the government, as the subject of "will" and
  /// "intend": it is promising, not obliged. Besides the words of its names ("the Department", "the
  /// Government Digital Service"), the departments of UK central government that guidance names by
  /// their acronyms ("GDS will create a domain name").
  static let authors: Set<String> = [
    "we", "government", "department", "ministers", "minister", "dh", "dhsc", "secretary",
    "gds", "cddo", "dfe", "dwp", "hmrc", "moj", "dcms", "dft", "defra", "fcdo", "mhclg", "dluhc", "dsit",
    "dbt", "desnz", "beis", "hmt", "ons",
  ]

  /// The offices of UK central government, whose names end in "Office" as other bodies' do ("the Post
  /// Office"): their last two words, lower case.
  static let governmentOffices: Set<String> = [
    "home office", "cabinet office", "foreign office", "scotland office", "wales office",
  ]

  /// Words that show a sentence's first words are more than the subject of a passive promise: another
  /// clause ("Employers cannot deduct the fee and any deduction will be…"), a report ("The minister
  /// said the scheme will be…"), or a leading phrase ("Following consultation the guidance will be…").
  static let passiveSubjectBreaks: Set<String> = [
    "and", "or", "but", "as", "then", "otherwise", "so", "said", "says", "say", "cannot", "can't", "will",
    "following", "however", "after", "before", "once",
  ]

  /// Authors written in lower case as the subject of "will": "the government will…".
  static let lowerCaseAuthors: Set<String> = ["government"]

  /// Pronouns of the author, whose bearer is the government: "we", "us".
  static let authorPronouns: Set<String> = ["we", "us"]

  // MARK: - Requirements

  /// Verbs of a requirement on a party: "legislate to require X to V", "will expect X to V".
  static let requirementVerbs: Set<String> = ["require", "oblige", "compel", "expect", "ask", "encourage"]

  /// Modals of the author's promise before a requirement: "we will require".
  static let willOrShall: Set<String> = ["will", "shall"]

  /// Words before "to require" that make it a proposal: "propose to require".
  static let proposalLeads: Set<String> = ["propose", "proposes", "proposing", "consulting", "considering"]

  /// Modals that float a requirement rather than make one: "a duty could require X to V".
  static let hedgingModals: Set<String> = ["could", "might"]

  /// Nouns for a duty or a law, before a hedged "require": "A more specific duty could require…",
  /// "Legislation might require…".
  static let lawNouns: Set<String> = dutyNouns.union(["legislation", "law", "regulations"])

  /// Words before "to require" that make it a commitment: "legislate to require", "intend to require".
  static let commitmentLeads: Set<String> = [
    "legislate", "legislation", "intend", "intends", "plan", "plans", "committed",
  ]

  // MARK: - Appeals

  /// Verbs of an appeal to a party: "calling on X to V", "urges X to V".
  static let appealVerbs: Set<String> = [
    "calling", "call", "calls", "called", "urging", "urge", "urges", "urged",
  ]

  /// The forms of "call", which take "on" or "upon" before the party.
  static let callVerbs: Set<String> = ["call", "calls", "called", "calling"]

  // MARK: - Proposed modals

  /// Words that introduce a proposed modal: "views on whether X should V", "we propose that X must V".
  static let proposalComplementizers: Set<String> = ["whether", "that"]

  /// Words before "whether" that make it a consultation: "seeking views on whether".
  static let consultationWords: Set<String> = [
    "views", "consult", "consulting", "consultation", "considering", "consider",
  ]

  /// The forms of "propose" before "that": "we propose that".
  static let proposingVerbs: Set<String> = ["propose", "proposes", "proposing", "proposed"]

  /// Words before "whether" or "that" that make it a condition, not a proposal: "When considering
  /// whether…".
  static let conditionLeads: Set<String> = ["when", "while", "if", "before", "after", "in"]

  // MARK: - Promises

  /// Words of a promise of the author: "we will publish", "we intend to", "we are committed to".
  static let promiseWords: Set<String> = [
    "will", "intend", "intends", "plan", "plans", "committed", "propose", "proposes",
  ]

  /// Verbs of a promise that take "to": "we intend to", "we plan to".
  static let intentionVerbs: Set<String> = ["intend", "intends", "plan", "plans"]

  /// Verbs of the author's own proposal that take "to": "We propose to pilot individual budgets" (a
  /// proposal of an act, which a later "we will pilot" advances).
  static let proposingToVerbs: Set<String> = ["propose", "proposes"]

  /// Lower-case words inside a government's name: "the Department of Health", "Secretary of State for".
  static let nameLinks: Set<String> = ["of", "for"]

  /// Words after "we will" that start no action of the author's: "we will be", "we will continue".
  static let nonActionWords: Set<String> = ["be", "not", "have", "need", "also", "continue"]

  /// The words one of which every policy statement has (see `SentenceAnalyzer.policyStatements`).
  static let cueWords: Set<String> = dutyNouns.union(requirementVerbs).union(appealVerbs).union(["whether"])
    .union(proposingVerbs).union(promiseWords)

  // MARK: - Actions

  /// Quotation marks an action may open with.
  static let openingQuotes: Set<String> = ["“", "\"", "‘"]

  /// Quotation marks that end an action that opened with one.
  static let closingQuotes: Set<String> = ["”", "\"", "’"]

  /// Marks at which a policy statement's action ends.
  static let actionEndMarks: Set<String> = [".", ";", ":", "—", "?", "!", "(", "“", "\""]

  /// Words after a comma at which a policy statement's action ends: ", but…", ", which…".
  static let actionEndConjunctions: Set<String> = [
    "but", "while", "which", "although", "and", "whereas", "so",
  ]
}
