/// The words a trigger is refined by once it is found: participles, adverbs, subjects that bind no one,
/// questions and reported speech, the words after "apply" that make it constitutive, and the phrases after
/// a modal that decide its kind ("have the right to", "have no obligation to").
enum TriggerLexicon {
  // MARK: - Participles and adverbs

  /// Participles that do not end in "-ed": "made", "given", "bound".
  static let irregularParticiples: Set<String> = [
    "made", "paid", "sent", "given", "taken", "held", "kept", "set", "put", "done", "shown", "known",
    "brought", "sought", "told", "laid", "left", "borne", "drawn", "spent", "sold", "bound", "found",
    "built", "met", "written", "undertaken", "withdrawn", "chosen", "forbidden", "run", "cut", "read",
    "heard", "lent", "struck", "won", "led", "fed", "dealt", "meant", "seen", "thrown", "overseen",
    "broken", "spoken", "stolen", "forgotten", "hidden", "ridden", "risen", "driven", "beaten", "eaten",
    "fallen", "proven", "shaken", "sworn", "torn", "worn", "woken", "frozen", "mistaken", "forgiven",
  ]

  /// Words in "-ed" that are not participles: "need", "exceed".
  static let edWordsNotParticiples: Set<String> = ["need", "embed", "exceed", "proceed", "succeed", "speed"]

  /// Adverbs and adverbial words passed over between a subject, a modal and its verb: "shall also
  /// ensure", "must at all times keep".
  static let adverbs: Set<String> = [
    "also", "only", "not", "still", "then", "therefore", "always", "promptly", "immediately", "normally",
    "usually", "generally", "forthwith", "thereafter", "further", "jointly", "each", "both", "either",
    "reasonably", "duly", "properly", "otherwise", "in", "future", "now", "instead", "equally",
    "similarly", "accordingly", "at", "all", "times", "from", "time", "to", "ordinarily", "first",
    "never", "ever", "actively", "continue", "fully", "regularly", "routinely", "hereby", "thereupon",
    "herein", "thereby", "automatically", "hereafter", "hereunder", "subsequently", "once", "already",
    "quietly", "peaceably",
  ]

  /// Adjectives in "-ly" that are not adverbs: "shall be timely".
  static let lyWordsNotAdverbs: Set<String> = ["timely", "likely", "unlikely", "orderly", "costly"]

  // MARK: - Subjects

  /// Subjects of "is to"/"are to" that are no agent: an aim ("The aim is to reduce…") or a pronoun.
  static let nonAgents: Set<String> = [
    "purpose", "aim", "aims", "objective", "objectives", "intention", "goal", "role", "idea", "plan",
    "step", "effect", "result", "answer", "task", "challenge", "priority", "question", "view", "hope",
    "ambition", "approach", "point", "issue", "problem", "solution", "way", "thing", "it", "this",
    "that", "there", "which", "what",
  ]

  /// The forms of "will" that a relative clause makes descriptive (``RelativeWillTrigger``).
  static let willWords: Set<String> = ["will", "won't"]

  /// Relative words that open a clause describing the noun before them: "the folders which…".
  static let relativeWillPronouns: Set<String> = ["which", "whose"]

  /// How many words may stand between such a relative word and "will": its clause's own subject.
  static let relativeWillSubjectWords = 2

  /// Capitalised subjects of "will" that are not contract parties ("We will", "Government will").
  static let nonBindingWillSubjects: Set<String> = [
    "we", "i", "it", "this", "that", "there", "they", "he", "she", "you", "government", "department",
  ]

  /// Words before a capitalised subject of "will" that make it a common noun, not a defined party:
  /// "the Department will", "our Board will" (but "Tenant will").
  static let willSubjectDeterminers: Set<String> = ["the", "a", "an", "this", "that", "these", "our", "its"]

  /// Subjects of "shall apply those provisions from…" that transpose a directive: "They", "Member States".
  static let transposers: Set<String> = ["they", "states"]

  /// The object of a transposition's "shall apply": "shall apply those provisions from 1 July 2022".
  static let transposedObject: [String] = ["those", "provisions"]

  /// Words before a document noun that make it the object of a phrase, not the subject: "the
  /// authorities referred to in paragraph 1 shall".
  static let documentNounGoverners: Set<String> = [
    "in", "of", "to", "under", "by", "with", "from", "pursuant",
  ]

  /// Words before "in/of this Act" that keep a sentence about the document: "Nothing in this Act shall
  /// affect…", "The provisions of this section shall…".
  static let documentScopeWords: Set<String> = [
    "nothing", "anything", "provision", "provisions", "requirement", "requirements", "term", "terms",
    "purposes", "purpose", "scope",
  ]

  /// Words before a document noun that make it this document's part: "This Decision shall apply".
  static let documentDemonstratives: Set<String> = ["this", "that", "these", "those", "present", "such"]

  // MARK: - What follows the modal

  /// Words after "shall apply" that make it constitutive: it states a scope or a start ("shall apply from
  /// 1 July", "shall apply to…"), not an act ("shall apply the measures").
  static let applyScopeWords: Set<String> = [
    "to", "from", "until", "as", "with", "in", "mutatis", "only", "also", "regardless", "without",
    "accordingly", "where", "if", "when", "irrespective", "equally", "likewise", "correspondingly",
    "subject", "notwithstanding", "insofar", "unless", "whenever", "whether", "on", "at", "during",
  ]

  /// Adverbs after "will" that make it a prediction: "will typically have".
  static let hedges: Set<String> = [
    "typically", "usually", "often", "generally", "normally", "probably", "likely", "sometimes", "rarely",
    "frequently", "mostly", "perhaps", "possibly", "seldom",
  ]

  /// Words right after "may" or "can" that make it a possibility: "may well", "can sometimes".
  static let epistemicAdverbs: Set<String> = ["well", "also", "sometimes", "even"]

  /// Words after a bearer participle that start its action: "entitled to", "responsible for", "exempt
  /// from".
  static let participleComplements: Set<String> = ["to", "for", "from"]

  /// The word that names the agent after a participle: "be required by the inspector to…".
  static let agentMarkers: Set<String> = ["by"]

  /// Participles after "will be" that assign a responsibility to the subject, not a promise of it:
  /// "Strategic health authorities will be responsible for ensuring…".
  static let assigningParticiples: Set<String> = ["responsible", "accountable"]

  /// RFC 2119 keywords that stand alone as adjectives: "is REQUIRED", "is OPTIONAL".
  static let rfcAdjectives: Set<String> = ["required", "recommended", "optional"]

  /// Adjectives that, after "is" or "are", advise, require or permit what the subject names: "Two-factor
  /// authentication is recommended", "is mandatory", "isn't prohibited".
  static let predicateAdjectives: Set<String> = ["recommended", "mandatory", "compulsory", "prohibited"]

  /// The forms of "be" before such an adjective.
  static let copulas: Set<String> = ["is", "are", "isn't", "aren't"]

  /// Words after such an adjective that make it a reference to the law or body that decides: "is
  /// prohibited by law", "is prohibited under the regulations from acting", "is recommended by the panel".
  static let predicateAdjectiveAgents: Set<String> = ["by", "under"]

  /// Words in the subject before such an adjective that make the statement a description, a question
  /// or a condition: "which means all harvest is prohibited", "whether the transaction is prohibited",
  /// "After a limit is reached and landings are prohibited, prices could rise".
  static let predicateClauseOpeners: Set<String> = ClauseLexicon.relativeWords.union([
    "whether", "if", "unless", "means", "because", "since", "although", "after", "before", "once", "until",
    "while", "whilst", "what", "how", "whatever",
  ])

  /// Subject heads that name provisions, whose force ("The provisions of § 5 are mandatory after…") is
  /// about when the law applies.
  static let provisionSubjects: Set<String> = ["provisions", "provision", "requirements", "rules"]

  /// Subjects that name nothing by themselves: "This is mandatory", "It is recommended".
  static let pronounSubjects: Set<String> = [
    "this", "that", "it", "these", "those", "which", "what", "nothing", "everything", "anything",
  ]

  /// Marks that may close a subject before "is": a quotation mark or a bracket ('Support for "h2" is
  /// REQUIRED', "Support for TLS (RFC 8446) is REQUIRED").
  static let subjectClosers: Set<String> = [")", "\"", "”", "’", "'"]

  // MARK: - Negative inversions

  /// The preposition of a negative inversion: "In no event shall…", "Under no circumstances may…".
  static let negativeInversionPrepositions: Set<String> = ["in", "under", "on"]

  /// The noun of a negative inversion: "in no event", "on no account".
  static let negativeInversionNouns: Set<String> = ["event", "circumstances", "case", "account"]

  // MARK: - Promises

  /// Verbs of a promise whose "to" may follow an aside: "Tenant agrees, at the election of the Holder,
  /// to attorn…".
  static let promiseVerbs: Set<String> = [
    "agrees", "agree", "covenants", "covenant", "undertakes", "undertake",
  ]

  /// Marks that end a promise's aside before any "to" comes.
  static let promiseAsideBreaks: Set<String> = [";", ":", "."]

  /// Words before a second "will" of the same party: "Tenant will not create…, and will promptly
  /// discharge".
  static let promiseContinuations: Set<String> = ["and", "or", ","]

  // MARK: - Clauses that impose nothing

  /// Conditions a sentence may open with: what a reporting verb in one reports ends with it ("Where the
  /// authorities have reason to believe that…, they shall…").
  static let conditionOpeners: Set<String> = ["where", "if", "when", "whenever", "wherever", "unless"]

  /// Words before "need to" that make "need" a noun: "the need to act", "there is no need to".
  static let needNounDeterminers: Set<String> = [
    "a", "an", "the", "no", "any", "this", "that", "their", "its", "our", "his", "her", "every", "real",
    "urgent", "clear", "particular", "identified", "such",
  ]

  /// Words right before "need to" that are no subject of it: a preposition ("the basis of need to"), a
  /// modal or auxiliary ("may need to"), a conjunction, a pronoun for a thing or a clause.
  static let needNonSubjects: Set<String> = [
    "of", "for", "in", "on", "to", "with", "by", "from", "at", "about", "as", "than", "into", "without",
    "may", "might", "could", "would", "should", "shall", "must", "can", "and", "or", "but", "nor", "it",
    "this", "that", "these", "those", "which", "what", "who", "there", "s", "also", "then", "often",
  ]

  /// Permissions whose need a party is relieved of: "do not need the approval of…", "don't need a licence".
  static let permissionNouns: Set<String> = [
    "approval", "consent", "permission", "licence", "license", "authorisation", "authorization", "permit",
    "registration", "certificate", "sign-off", "agreement",
  ]

  /// Words before a permission's name: "the prior written consent", "planning permission".
  static let permissionModifiers: Set<String> = [
    "the", "a", "an", "any", "prior", "planning", "written", "formal", "separate", "express", "advance",
    "their", "your", "its", "our", "his", "her",
  ]

  /// The author speaking of itself: "we need to…" argues, it binds no one.
  static let authorPronouns: Set<String> = ["we", "i", "us"]

  /// Words that, earlier in the clause, put "need to" in a condition or a question: "if you need
  /// to…", "everything you need to know", "what they need to do".
  static let needClauseOpeners: Set<String> = [
    "if", "when", "whenever", "where", "wherever", "unless", "whether", "what", "whatever", "everything",
    "anything", "how", "why", "because", "once", "until",
  ]

  /// Pronouns that, right before "need to", may open a clause describing a noun before them ("the
  /// data they need to…").
  static let needPronouns: Set<String> = ["you", "they", "we", "he", "she"]

  /// Trigger starts that, after a relative pronoun, describe the party: "Patients who are not
  /// entitled to…", "a person who has no right to…".
  static let relativeClauseVerbs: Set<String> = ["is", "are", "has", "have"]

  /// Verbs whose "that" clause is what the main clause sees to or checks: "ensure that the server is
  /// authorised to…" states no permission of its own. ("checks" and "shows" are left out, since as
  /// plural nouns they take a relative "that"; "so that" gives an effect, which may be a real exemption.)
  static let ensuringVerbs: Set<String> = [
    "ensure", "ensures", "ensuring", "ensured", "check", "checking", "verify", "verifies", "verifying",
    "confirm", "confirms", "confirming", "satisfy", "satisfied", "demonstrate", "demonstrates", "show",
  ]

  /// Verbs that show such a "that" clause already had its verb before the trigger: "to ensure that
  /// records are kept the council is required to…".
  static let finiteVerbs: Set<String> = [
    "is", "are", "was", "were", "has", "have", "had", "must", "shall", "should", "may", "will", "can",
  ]

  /// How many words may stand between such a "that" and the trigger: the that-clause's subject.
  static let ensuredSubjectReach = 8

  /// Possessive determiners that make "the way to…" someone's own: "our preferred way to fund care".
  static let ownerDeterminers: Set<String> = ["our", "their", "its", "his", "her", "my"]

  /// Relative words of a clause that leaves its preposition at the end: "the names that any server
  /// can speak for".
  static let strandingRelatives: Set<String> = ["that", "which", "whom"]

  /// Prepositions such a clause leaves at its end; not the particles of phrasal verbs ("must sign in",
  /// "opt out", "log on").
  static let strandedPrepositions: Set<String> = [
    "for", "to", "with", "from", "of", "about", "against", "into", "upon", "towards", "toward", "at",
  ]

  /// Relative pronouns before such a trigger: "who", "which".
  static let relativePronouns: Set<String> = ["who", "which"]

  /// Verbs by which a provision puts a duty on its object: "Section 22 requires NHS bodies to
  /// co-operate", "The Act obliges councils to keep a register".
  static let requiringVerbs: Set<String> = ["requires", "require", "obliges", "oblige"]

  /// How many words the object of such a verb may have before its "to": "requires NHS bodies and local
  /// authorities to".
  static let requiredObjectReach = 10

  /// Relative pronouns after a preposition, before a clause's own subject: "at which the person is…".
  static let objectRelatives: Set<String> = ["which", "whom"]

  /// The preposition of a partitive "of which" ("of which $5,000 shall be for repairs"), which sets apart
  /// a part rather than describing a thing.
  static let partitivePreposition = "of"

  /// Subjects that are threats, whose "can", "may" or "will" predicts an attack: "An attacker can
  /// replay the message", "a malicious client may send…".
  static let adversaryNouns: Set<String> = [
    "attacker", "attackers", "adversary", "adversaries", "eavesdropper", "eavesdroppers", "intruder",
    "intruders", "impersonator", "impersonators",
  ]

  /// The modals of an adversary's possibilities: "can replay", "may send", "will see".
  static let adversaryModals: Set<String> = ["can", "may", "could", "might", "will"]

  /// Words that join two modals of one verb: "must or may be kept", "shall and may".
  static let modalJoiners: Set<String> = ["or", "and"]

  /// Verbs after "is not to" that make an idiom, not a prohibition: "is not to blame", "are not to
  /// worry", "This is not to say…".
  static let notToIdioms: Set<String> = ["blame", "worry", "say", "mention", "panic"]

  /// The words of a "such … as" clause: "such records as the Minister may specify".
  static let suchAsPair = (such: "such", as: "as")

  /// The most words between "such" and "as": "such further records as".
  static let suchAsNounReach = 4

  /// How many words the subject between such a pronoun and the trigger may have: "the relevant person".
  static let relativeSubjectReach = 4

  /// Nouns after "in which" that make a connective, not a relative clause: "in which case", "in which
  /// event".
  static let relativeConnectiveNouns: Set<String> = ["case", "event"]

  /// Words before "is required by X to" that make it a relative clause, describing rather than
  /// requiring: "any official that is required by this Act to report…".
  static let agentRelatives: Set<String> = ["that", "which", "who", "whom", "as"]

  /// Words that open a clause inside the sentence (a relative clause, a question, a condition): an
  /// "is to be … by" after one of them belongs to that clause.
  static let embeddingWords: Set<String> = [
    "who", "whom", "whose", "which", "that", "whether", "if", "where", "when", "how", "what",
  ]

  /// The forms of "be" that start "is to"/"are to".
  static let beTo: Set<String> = ["is", "are"]

  /// The forms of "have" that start "has to"/"have to".
  static let haveTo: Set<String> = ["has", "have"]

  /// The most words of an aside between a subject and its modal: "The Contractor, at its own cost, shall".
  static let subjectAsideWords = 8

  /// Nouns of what a party may have, which an object relative clause "it may have to…" describes:
  /// "the right it may have to seek damages".
  static let possessedNouns: Set<String> = [
    "right", "rights", "claim", "claims", "remedy", "remedies", "power", "powers", "defence", "defense",
    "defences", "defenses", "objection", "objections", "option", "options", "entitlement",
  ]

  /// Words after "as" that end an "as … may" clause before its modal: "as it is", "as may be".
  static let asClauseVerbs: Set<String> = ["be", "is", "are"]

  /// The words before a modal that make it part of an "as" clause: "as the case may be", "as it may".
  static let asClauseEndings: [[String]] = [["as", "the", "case"], ["as", "it"], ["as", "they"]]

  /// Marks that end a clause in which "the way to …" is the subject.
  static let wayClauseEnds: Set<String> = [",", ";", ":"]

  /// Sentence openings that make "will" say what the document would like done: "Ideally, specifications
  /// will state…".
  static let desirabilityOpenings: Set<String> = ["ideally", "preferably"]

  /// Question words that, as the subject of a modal after a preposition or a verb, make an embedded
  /// question: "about who should pay".
  static let questionWords: Set<String> = ["who", "what", "whether", "how", "when", "where"]

  /// Verbs that take an embedded question: "decide who should pay".
  static let questionTakingVerbs: Set<String> = [
    "decide", "decides", "determine", "determines", "know", "knows", "ask", "asks", "consider", "considers",
    "choose", "chooses", "specify", "specifies", "explain", "explains", "understand", "clarify", "agree",
    "assess", "establish", "identify", "indicate", "show", "shows", "set", "sets",
    // A participle after the noun it describes: "a notice stating how the document may be obtained".
    "stating", "explaining", "specifying", "describing", "showing", "indicating", "setting",
    // Verbs by which a document says what it describes: "This section defines how designers should…".
    "describe", "describes", "define", "defines", "outline", "outlines", "discuss", "discusses",
    "illustrate", "illustrates", "explore", "explores",
  ]

  /// Question words that may open a question of a list after its verb: ``questionWords`` and "which"
  /// ("specify which identifiers…").
  static let listedQuestionWords: Set<String> = questionWords.union(["which"])

  /// The words that join a later question of a list to the first: "specify which…, which… and which…".
  static let questionListJoins: Set<String> = [",", "and", "or"]

  /// The most words back from a later question of a list to the verb that asks the first.
  static let questionListReach = 40

  /// The most words a subject may have between a question word and its modal: "describes how a
  /// client may construct…".
  static let embeddedQuestionSubjectWords = 10

  // MARK: - Possessions

  /// The words after a negated trigger's modal that withhold a right rather than forbid an act: "shall
  /// not be entitled to", "shall not have the right to".
  static let withheldRightPhrases: [[String]] = [
    ["be", "entitled"], ["have", "the", "right"], ["have", "any", "right"], ["have", "a", "right"],
  ]

  /// Qualifiers of a possession that do not change its kind: "have the absolute right to", "have the
  /// sole option".
  static let possessionQualifiers: Set<String> = ["absolute", "sole", "exclusive", "full", "unrestricted"]

  /// Possessions after a modal that permit, tried in order: "shall have the right to".
  static let permissionPhrases: [[String]] = [
    ["have", "the", "right", "to"], ["have", "the", "option", "to"], ["have", "the", "power", "to"],
    ["have", "the", "right"], ["have", "the", "option"],
  ]

  /// Verbs after a modal that grant what they name, kept in the action: quiet enjoyment is the tenant's
  /// right ("Tenant shall quietly have and enjoy the Premises").
  static let enjoymentPhrases: [[String]] = [["have", "and", "enjoy"], ["enjoy"]]

  /// Possessions after a modal that exempt, tried in order: "shall have no obligation to".
  static let exemptionPhrases: [[String]] = [
    ["have", "no", "obligation", "to"], ["have", "no", "obligation"], ["have", "no", "duty", "to"],
    ["have", "no", "responsibility", "for"], ["be", "under", "no", "obligation", "to"],
    ["bear", "no", "obligation", "to"], ["bear", "no", "responsibility", "for"],
  ]

  /// Possessions after a modal that exempt, whose noun stays in the action: "Landlord shall have no
  /// responsibility or liability to Tenant" (exempt from "responsibility or liability to Tenant").
  static let exemptionNounPhrases: [[String]] = [
    ["have", "no", "responsibility"], ["have", "no", "liability"], ["bear", "no", "liability"],
  ]

  /// Possessions after a modal that withhold a right, tried in order: "Tenant shall have no right to
  /// holdover".
  static let noRightPhrases: [[String]] = [["have", "no", "right", "to"], ["have", "no", "right"]]
}
