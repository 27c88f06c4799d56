/// The words that shape a clause around its trigger: where a clause starts and ends, what stands before
/// its subject (adverbials, fillers, conditions, dates), what a subject is not, and the states a party
/// can be bound to be ("shall be independent").
enum ClauseLexicon {
  // MARK: - Breaks and joins

  /// Marks that end a clause. A full stop inside a sentence belongs to an abbreviation or a number ("Dr.",
  /// "s. 75"), since the sentence splitter has already cut at the real ones.
  static let breaks: Set<String> = [",", ";", ":", "—", "–", "?", "!"]

  /// The token two hyphens between spaces make: a dash typed without one. It starts a clause
  /// ("Demonstrate capability -- you shouldn't outsource it") but, unlike "—", does not end an action,
  /// which goes on in apposition ("Programmes will be disaggregated -- broken down into components…").
  static let typedDash = "--"

  /// Dashes, typed or printed.
  static let dashes: Set<String> = ["—", "–", typedDash]

  /// Marks after which a new clause starts: "…; the council must".
  static let clauseStartMarks: Set<String> = dashes.union([";", ":"])

  /// Marks at which an action ends.
  static let actionEndMarks: Set<String> = [";", "—", "–", "?", "!", ":"]

  /// Marks that end a lead-in whose items follow: "must—", "the following:".
  static let listLeadInMarks: Set<String> = ["—", "–", ":"]

  /// "and" and "or", which join words of one kind: "jointly and severally", "and with other authorities".
  static let conjunctions: Set<String> = ["and", "or"]

  /// "and", "or" and "but", which join clauses: "…, and shall ensure", ", and may charge for it".
  static let joiners: Set<String> = ["and", "or", "but"]

  /// Currency signs, kept before the amount they price: "£2,500,000", "$1,200".
  static let currencySigns: Set<String> = ["£", "$", "€"]

  /// The most words of a second trigger's subject after the "and" that ends the first action: "and an
  /// officer or employee of the Internal Revenue Service shall…".
  static let joinedSubjectWords = 10

  /// Words that a second trigger's subject after "and" never holds: they open a clause of the first
  /// action ("which reduce or eliminate…", "as the Secretary may prescribe") or an aside.
  static let joinedSubjectStops: Set<String> = relativeWords.union([",", "(", ")", "as", "than", ";"])

  /// Words before a trigger that make it share the subject before: "must assess and must publish".
  static let sharedSubjectLinks: Set<String> = ["and", "or", "but", ","]

  /// Words at which the subject of the next trigger begins, so an action does not swallow it.
  static let subjectBoundaries: Set<String> = [",", "and", "or", "but", ";"]

  // MARK: - Before the subject

  /// Words that start an adverbial before the subject: "In the meantime", "Where appropriate", "From
  /// April".
  static let adverbials: Set<String> = [
    "at", "in", "on", "for", "with", "without", "by", "under", "within", "subject", "except", "unless", "if",
    "where", "when", "whenever", "as", "after", "before", "upon", "notwithstanding", "including", "however",
    "therefore", "also", "furthermore", "moreover", "accordingly", "thereafter", "during", "following",
    "in addition", "so", "to", "from", "save", "provided", "once", "while", "whilst", "although", "though",
    "because", "since", "until", "like", "unlike", "instead", "otherwise", "thus", "hence",
    "nevertheless", "similarly", "equally", "finally", "first", "second", "third", "additionally",
    "specifically", "generally", "particular", "which", "who", "whose", "e.g", "i.e", "for example",
    "namely", "where appropriate", "if necessary", "regardless", "irrespective", "wherever", "through",
    "between", "among", "against", "over", "across", "via", "per", "about", "beyond",
  ]

  /// Words that start a conditional clause, in which a modal imposes nothing: "If Landlord shall not so
  /// elect, …".
  static let conditionalStarts: Set<String> = [
    "if", "unless", "when", "whenever", "where", "wherever", "in", "once", "until", "provided", "should",
    "whether",
  ]

  /// Words after "if", "where" or "when" that make a condition with no verb of its own, so the words after
  /// it are the main clause: "Where appropriate the board shall…", "If so, …", "If necessary the council
  /// must…".
  static let verblessConditionWords: Set<String> = [
    "appropriate", "necessary", "possible", "practicable", "applicable", "relevant", "so", "not", "needed",
    "reasonable", "feasible", "available", "known",
  ]

  /// Words after a leading "in" that make it hold a clause: "In the event that Tenant shall fail…".
  static let inClauseMarkers: Set<String> = ["that", "where", "which", "as"]

  /// Subject pronouns: "When using shared Google Groups you should ensure".
  static let subjectPronouns: Set<String> = ["it", "they", "he", "she", "we", "you"]

  /// Auxiliaries of a condition's own verb: "If the department has compiled it…".
  static let auxiliaries: Set<String> = ["has", "have", "is", "are", "was", "were", "does", "do", "did"]

  /// Verbs that show a clause has its own verb before a condition inside it: "The procedures can be
  /// reused if the communities agree to…".
  static let clauseVerbs: Set<String> = auxiliaries.union(DeonticLexicon.modals).union([
    "be", "been", "could", "might", "would",
  ])

  /// Words that join a second agent to the first: "by the provider and by the commissioner" (not "or by",
  /// which names one of two).
  static let agentJoiners: Set<String> = ["and"]

  /// Words that join two keywords named in a change: "changed SHOULD to MUST", "SHOULD → MUST".
  static let keywordChangeLinks: Set<String> = ["to", "into", "→"]

  /// Verbs that end a relative clause of scope inside a subject: "Each body to whom this section applies
  /// must…".
  static let scopeVerbs: Set<String> = ["applies", "apply", "relates", "relate", "refers", "refer"]

  /// Relative words after a comma whose clause binds the party just before the comma: "…, who shall
  /// inform the staff member", "…the advisory committee, which must reply".
  static let antecedentRelatives: Set<String> = ["who", "which"]

  /// The relative of those that may stand for a thing: "more than one building, which need not…".
  static let thingRelative = "which"

  /// Prepositions before a body that make a "which" after it stand for the thing before them: "a
  /// statement to the union, which…", "regulations made by the Minister, which…".
  static let thingAntecedentPrepositions: Set<String> = ["to", "by"]

  /// Verbs a document or record does, after which a "which" stands for the thing, not the body before
  /// it: "a statement to the union, which must state the reasons".
  static let documentVerbs: Set<String> = [
    "include", "contain", "state", "specify", "set", "show", "describe", "identify", "explain", "list",
    "cover",
  ]

  /// What stands between two modals that share one act: "may, but is not required to, make…",
  /// "may, but need not, publish…".
  static let asideBut = ", but"

  /// The kinds of the aside's clause whose act the modal before it shares: "may, but is not required
  /// to, make…", "may, but need not, publish…".
  static let asideReliefKinds: Set<ObligationKind> = [.exemption, .noEntitlement]

  /// Verbs only people and bodies do: after a modal they make a subject whose head noun is on no list a
  /// party ("The warden shall appoint a deputy"), not a thing. Verbs software, machines or documents do
  /// too ("keep", "collect", "request", "notify", "obtain", "submit", "sign", "consider", "report",
  /// "carry", "comply") are left out.
  static let personalVerbs: Set<String> = [
    "consult", "appoint", "employ", "designate", "delegate", "authorise", "authorize", "recruit", "hire",
    "dismiss", "vote", "elect", "negotiate", "liaise", "co-operate", "cooperate", "co-ordinate",
    "coordinate", "interview", "reimburse", "compensate", "indemnify", "repay", "remit", "refund",
    "apologise", "apologize", "attend", "supervise", "pay", "arrange",
  ]

  /// Words that start a relative clause inside a subject: "any person against whom the tax is assessed".
  static let relativeWords: Set<String> = ["who", "which", "that", "whose", "whom", "where", "when"]

  /// Words that start a clause inside a clause, whose modal binds no one: a condition ("…if the board
  /// must review it") or a reason ("the reasons why the rule states that they SHOULD NOT…").
  static let heldClauseWords: Set<String> = ifWords.union(reasonWords)

  /// The most words from a "that" inside a condition to the comma that ends it: "If the caller is one
  /// that a person controls, …".
  static let conditionThatClauseReach = 14

  /// The word of a clause of reasons: "the reasons why…" (but "This is why councils must…" gives one).
  static let reasonWords: Set<String> = ["why"]

  /// The word after an "if" clause where the main clause starts: "If X then the council must…".
  static let consequenceWords: Set<String> = ["then"]

  /// The word that opens a noun's complement clause: "the fact that…".
  static let complementizers: Set<String> = ["that"]

  /// The first words of a bracket that gives an example, written together ("e.g.," → "e.g.,"): a modal
  /// inside it binds no one.
  static let exampleBracketLeads: [String] = ["e.g", "eg,", "eg.", "forexample"]

  /// First words of a bracket that gives an example, as one token: "(eg that…)".
  static let exampleBracketWords: Set<String> = ["eg", "e.g"]

  /// Verbs after which "which", "what", "where" or "when" asks a question rather than relates: "specify
  /// which identifiers ought to be supported", "specify exactly where the character is allowed to occur".
  static let questionVerbs: Set<String> = [
    "specify", "specifies", "decide", "decides", "determine", "determines", "state", "states", "explain",
    "explains", "describe", "describes", "consider", "considers", "know", "knows", "show", "shows",
    "identify", "identifies", "set", "clarify", "clarifies", "indicate", "indicates", "ask", "asks",
    "understand", "agree", "agrees", "define", "defines",
  ]

  /// Nouns whose "that" clause states a fact or belief, whose modal binds no one: "the fact that the
  /// client needs to verify…", "the view that councils should…".
  static let factNouns: Set<String> = [
    "fact", "view", "belief", "assumption", "premise", "notion", "idea",
  ]

  /// Nouns that name a rule, whose "that" clause only names it after a verb of change ("removed the
  /// requirement that services must use SPF"); elsewhere it states the rule ("There is a requirement
  /// that all visitors must sign in").
  static let changedRuleNouns: Set<String> = ["requirement", "rule"]

  /// Verbs of a change to a rule, in a change log or a summary of one.
  static let ruleChangeVerbs: Set<String> = [
    "removed", "remove", "removes", "dropped", "drop", "drops", "relaxed", "relax", "relaxes", "replaced",
    "replace", "replaces", "scrapped", "abolished", "abolish", "abolishes", "lifted", "lift", "lifts",
    "withdrew", "withdrawn", "withdraw", "withdraws",
  ]

  /// How many words before the rule's noun the verb of change may stand: "removed the old requirement".
  static let changedRuleReach = 4

  /// The most words of a main clause's subject after a condition's own verb: "where a risk is
  /// identified the employer must act".
  static let mainSubjectReach = 4

  /// Verbs in "-ly" that are not adverbs, before a question word: "apply which", "supply what".
  static let lyVerbs: Set<String> = ["apply", "supply", "reply", "comply", "rely", "imply", "multiply"]

  /// Words before a verb that make it a predicate, as a question verb must be: "must specify which…",
  /// "and specify exactly where…",
  /// "to decide where…".
  static let predicateLeads: Set<String> = DeonticLexicon.modals.union(["to", "not", "and", "or"])

  /// Words besides modals in a bracket that names a modal: "(not should)", "(instead of MUST NOT)",
  /// "(rather than may)".
  static let modalMentionWords: Set<String> = ["not", "instead", "of", "rather", "than", "or"]

  /// The negation after a modal: "SHOULD NOT (instead of…)".
  static let negations: Set<String> = ["not"]

  /// The pronoun that points back to a thing: "…, but it MUST enable it by default".
  static let thingPronouns: Set<String> = ["it"]

  /// Words that ask a question after a verb of ``questionVerbs``.
  static let interrogatives: Set<String> = ["which", "what", "where", "when", "who", "whom"]

  /// Words of an indirect question, whose "when" or "where" asks rather than sets a condition: "as to how
  /// and when a document must be published".
  static let questionWords: Set<String> = ["how", "whether", "why", "what"]

  /// The negative starts of a subject that turn a statement into a prohibition, dropped from a thing
  /// required not to be ("No fee shall be charged" → "fee to be charged"), longest first.
  static let negativeSubjectLeads = ["none of ", "neither ", "no "]

  /// The first words of a negative subject: "no", "none", "neither".
  static let negativeSubjectWords: Set<String> = ["no", "none", "neither"]

  /// Negative pronouns and the person they forbid: "No one shall be admitted" → "anyone to be admitted".
  static let negativePersons: KeyValuePairs<String, String> = ["no one": "anyone", "nobody": "anybody"]

  /// Last words of a lead-in's action that each item completes on its own, one obligation per item:
  /// "…ensure that— (a) … (b) …", "Ensure the records are safe by: - locking… - setting…".
  static let itemCompletions: [String] = ["that", "by"]

  /// Words that start no subject and are passed over before one: "And the council must", "Thus each
  /// board shall".
  static let leadingFillers: Set<String> = [
    "and", "or", "but", "nor", "then", "so", "also", "both", "that", "whether", "thus", "hence", "conversely",
    "however", "therefore", "moreover", "furthermore", "additionally", "accordingly", "likewise", "similarly",
  ]

  /// Adverbs of a sentence that stand alone before a comma: "However,", "Finally,".
  static let sentenceAdverbs: Set<String> = [
    "however", "moreover", "additionally", "finally", "thus", "hence", "nevertheless", "likewise",
  ]

  /// Words that start an aside rather than another party: "together with …", "other than …", "whether
  /// sealed or not".
  static let asideStarts: Set<String> = [
    "together", "along", "other", "except", "excluding", "including", "whether", "as",
  ]

  /// Words that start an exception or aside inside a subject: "Credit institutions, excluding those…,
  /// shall", "A client that builds several names, such as DNS-IDs, as described in section 6, SHOULD".
  static let subjectExceptionStarts: Set<String> = [
    "excluding", "apart", "notably", "especially", "particularly", "including", "namely",
  ]

  /// Two-word starts of an aside inside a subject: "such as DNS-IDs", "for example".
  static let subjectAsidePairs: Set<[String]> = [["such", "as"], ["for", "example"], ["for", "instance"]]

  /// Relative pronouns after which a new subject starts: "persons with whom the council may".
  static let objectRelatives: Set<String> = ["whom", "which"]

  /// Words that start a leading date phrase without a comma: "From April 2007 PCTs must".
  static let datePhraseStarts: Set<String> = [
    "from", "by", "in", "on", "after", "before", "until", "since", "during",
  ]

  /// Words of a leading date phrase besides months and numbers: "By the end of the financial year".
  static let datePhraseWords: Set<String> = [
    "the", "end", "of", "start", "beginning", "year", "financial", "st", "nd", "rd", "th",
  ]

  /// Determiners that start the last noun phrase of an adverbial segment: "In the meantime the council".
  static let nounPhraseDeterminers: Set<String> = ["the", "a", "an", "each", "every", "all", "any"]

  /// Words that make a comma-separated piece a verb phrase, not a party: "fail to pay, the landlord may".
  static let verbPhraseWords: Set<String> = ["is", "are", "was", "were", "has", "have", "to", "be", "not"]

  /// Words at which a condition inside a subject starts, cutting it off: "the team within a cluster where
  /// there is…".
  static let ifWords: Set<String> = ["where", "if", "unless", "when", "whenever"]

  // MARK: - The subject and its verb

  /// Adverbs that stand between a subject and its modal or verb.
  static let subjectAdverbs: Set<String> = [
    "also", "still", "then", "therefore", "always", "promptly", "immediately", "normally", "usually",
    "generally", "forthwith", "thereafter", "further", "jointly", "reasonably", "duly", "properly",
    "otherwise", "now", "instead", "equally", "similarly", "accordingly", "ordinarily", "never", "ever",
    "actively", "fully", "regularly", "routinely", "hereby", "thereupon", "thereby", "automatically",
    "subsequently",
  ]

  /// Nouns in "-ly" that are not adverbs after a name: "Tenant supply".
  static let lyNouns: Set<String> = ["family", "supply", "assembly", "monopoly", "anomaly", "reply"]

  /// Verbs at which an inverted subject ends: "In no event shall any person be…".
  static let invertedSubjectStops: Set<String> = ["be", "have", "become"]

  /// Nouns whose owner after "of" bears a duty: "It shall be the duty of every authority to…".
  static let ownedDutyNouns: Set<String> = ["responsibility", "obligation", "duty"]

  /// Nouns of a duty a negative inversion releases: "(In no event shall Landlord) have any obligation to".

  static let releasedDutyNouns: Set<String> = ["obligation", "duty", "liability", "responsibility"]

  /// Words after a released duty that start its action: "be obligated to", "be liable for".
  static let releasedDutyComplements: Set<String> = ["to", "for"]

  /// The ending of a gerund: "failing", "selling".
  static let gerundEnding = "ing"

  /// The word before the party an act is done to: "returned to the Employer".
  static let recipientMarker = "to"

  /// Forms of "be" before a passive's participle: "shall be approved", "has been approved".
  static let passiveAuxiliaries: Set<String> = ["be", "been", "being"]

  /// The ending of a past participle that post-modifies a noun: "members appointed by the Secretary".
  static let participleEnding = "ed"

  // MARK: - Promises made by saying them

  /// The word that makes a present-tense verb the act of promising: "The Tenant hereby indemnifies…".
  static let performativeMarker = "hereby"

  /// Verbs that, after "hereby", promise an act: "hereby indemnifies the Landlord", "hereby guarantees
  /// payment" (not "hereby approves", an act done by saying it, nor "hereby waives", a right given up).
  static let performativePromises: Set<String> = [
    "indemnifies", "indemnify", "guarantees", "guarantee", "undertakes", "undertake", "covenants", "covenant",
  ]

  // MARK: - Duties and powers named as nouns

  /// The determiner that opens a list of duties named as a noun: "The duties are—".
  static let dutyListDeterminer = "the"

  /// Adjectives before such a noun: "The general duties of the Board are—".
  static let dutyListAdjectives: Set<String> = [
    "general", "main", "principal", "further", "other", "specific",
  ]

  /// The word before the party such a list belongs to: "The duties of the Board are—".
  static let dutyListOwner = "of"

  /// The verbs that end such a lead-in: "…are—", "…include—".
  static let dutyListLinks: Set<String> = ["are", "include"]

  /// The words that may follow the verb: "…are as follows:".
  static let dutyListLinkEnds: Set<String> = ["as", "follows"]

  /// Nouns that name a duty or a power, and the kind they give the party they are assigned to: "A duty
  /// to make arrangements … applies to each board", "The power to make regulations … is exercisable by…".
  static let nominalDutyNouns: [String: ObligationKind] = [
    "duty": .duty, "duties": .duty, "obligation": .duty, "obligations": .duty, "power": .permission,
    "powers": .permission,
  ]

  /// The word between such a noun and its act: "a duty to…".
  static let nominalDutyLink = "to"

  /// Verbs that assign such a duty or power to the party after them.
  static let assigningPhrases: [[String]] = [
    ["applies", "to"], ["apply", "to"], ["is", "exercisable", "by"], ["are", "exercisable", "by"],
    ["is", "imposed", "on"], ["are", "imposed", "on"], ["is", "conferred", "on"], ["are", "conferred", "on"],
    ["rests", "with"], ["lies", "with"],
  ]

  /// The longest label of an inline item marker: "(iii)", "(b)", "(12)", "(viii)".
  static let itemMarkerLength = 4

  /// The markers of a list's first item when only a closing bracket follows them: "a)", "i)", "1)".
  static let firstItemMarkers: Set<String> = ["a", "i", "1"]

  /// Words after an expletive "it" that name the bearer: "It is unlawful for a person to…", "It is the
  /// responsibility of each council to…".
  static let expletiveLinks: Set<String> = ["for", "of"]

  // MARK: - Actions

  /// Words an action does not end with, stripped in order: "publish the plan at least" (before a
  /// timing that was taken out).
  static let actionTrailers: [String] = [" at least", " no less than", " not less than", " at the latest"]

  /// Words an action does not start with, stripped in order: "to publish", "ensure to publish".
  static let actionLeaders: [String] = ["to ", "ensure to "]

  // MARK: - States a party is bound to be

  /// Adjective endings of a duty state: independent, impartial, objective, transparent, responsive.
  static let dutyStateEndings: [String] = ["ent", "ant", "ive", "al", "ous", "ful", "ic", "ory"]

  /// The "-ble" words that are duty states: "shall be capable of", "shall be accountable".
  static let dutyStatesInBle: Set<String> = ["capable", "accountable", "answerable", "contactable"]

  /// States with an adjective ending that confer, withhold or define rather than oblige ("-ble" words are
  /// decided apart).
  static let nonDutyStates: Set<String> = [
    "competent", "incompetent", "valid", "invalid", "equivalent", "sufficient", "insufficient", "final",
    "legal", "lawful", "natural", "principal", "permanent", "temporary", "additional", "optional",
    "identical",
    "equal", "general", "normal", "original", "effective", "ineffective", "exclusive", "representative",
    "relevant", "different", "dependent", "resident", "absent", "apparent", "evident", "consistent",
    "inconsistent", "significant", "critical", "central", "national", "international", "local", "regional",
    "federal", "official", "individual", "collective", "executive", "negative", "positive", "satisfactory",
    "mandatory", "compulsory", "voluntary", "statutory", "advisory", "transitional", "conditional",
    "provisional", "public", "specific", "automatic", "economic",
  ]

  /// The subject of an existential sentence: "There must be no charge".
  static let existentialSubject = "there"

  /// How a requirement on "there" begins when it forbids what it names: "there to be no charge…".
  static let existentialNegation = "there to be no "

  /// The kind an existential "no" gives each kind: "must be no" forbids, "should be no" advises against.
  static let existentialNegatedKinds: [ObligationKind: ObligationKind] = [
    .duty: .prohibition, .recommendation: .adviceAgainst,
  ]
}
