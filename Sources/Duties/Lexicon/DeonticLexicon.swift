/// The words that make a statement deontic, and the words that show a modal carries no obligation.
enum DeonticLexicon {
  /// A trigger pattern: lower-case words, the kind they make, and whether only the upper-case
  /// (RFC 2119) spelling counts.
  struct Pattern {
    var words: [String]
    var kind: ObligationKind
    var upperCaseOnly = false
  }

  /// Every trigger pattern, longest first: "must not" is tried before "must".
  static let patterns: [Pattern] = {
    var list: [Pattern] = []
    func add(_ kind: ObligationKind, _ phrases: [String], upperCaseOnly: Bool = false) {
      for phrase in phrases {
        list.append(
          Pattern(
            words: phrase.split(separator: " ").map(String.init), kind: kind, upperCaseOnly: upperCaseOnly))
      }
    }
    add(
      .prohibition,
      [
        "must not", "must never", "shall not", "shall never", "may not", "mustn't", "shan't",
        "is prohibited from", "are prohibited from", "is not permitted to", "are not permitted to",
        "is not allowed to", "are not allowed to", "will not", "won't", "is forbidden to",
        "are forbidden to", "is prohibited to", "are prohibited to", "is prohibited for", "is not to",
        "are not to",
        "are prohibited for", "is forbidden for", "is unlawful for", "is illegal for",
        // A party's promise not to act: "Lessee agrees not to vacate the Premises".
        "agrees not to", "agree not to", "covenants not to", "covenant not to", "undertakes not to",
        "undertake not to",
      ])
    add(
      .adviceAgainst,
      [
        "should not", "should never", "shouldn't", "ought not to", "is discouraged from",
        "are discouraged from", "is strongly discouraged from", "are strongly discouraged from",
      ])
    add(.adviceAgainst, ["not recommended"], upperCaseOnly: true)
    add(
      .exemption,
      [
        "need not", "needs not", "is not required to", "are not required to", "does not have to",
        "do not have to", "is not obliged to", "are not obliged to", "is not under a duty to",
        "are not under a duty to", "is exempt from", "are exempt from", "is not obligated to",
        "are not obligated to", "needn't", "do not need to", "does not need to", "don't need to",
        "doesn't need to", "will not need to", "won't need to", "don't have to", "doesn't have to",
        "will not have to", "won't have to", "do not need", "does not need", "don't need", "doesn't need",
        "will not need", "won't need",
      ])
    add(
      .duty,
      [
        "must", "shall", "is required to", "are required to", "has a duty to", "have a duty to",
        "is under a duty to", "are under a duty to", "is responsible for", "are responsible for",
        "is obliged to", "are obliged to", "is obligated to", "are obligated to", "agrees to",
        "agree to", "covenants to", "covenant to", "undertakes to", "undertake to", "is to", "are to",
        "has to", "have to", "will have to", "will need to", "will", "it is required that",
        // The present perfect of a requirement still in force: "Since 2004, councils have been required to…".
        "has been required to", "have been required to", "has been obliged to", "have been obliged to",
        // A requirement that arises where its conditions hold: "a council may be required to make a payment
        // where…" (no permission).
        "may be required to", "can be required to",
        // Only a party's need: "Services need to ask…", never "the need to act" (NeedToTrigger).
        "need to", "needs to",
        // Only after an expletive "it": "It is the responsibility of each council to publish…".
        "is the responsibility of", "is the duty of",
        // Only the finite verb: "assume responsibility for" is as often part of another action ("may take
        // charge of, and assume responsibility for, …").
        "assumes responsibility for", "assumes full responsibility for", "assumes sole responsibility for",
        // A covenant lead-in binds the parties to the terms that follow.
        "agree as follows", "agrees as follows", "covenant and agree", "covenants and agrees",
      ])
    add(.duty, ["required"], upperCaseOnly: true)
    add(
      .noEntitlement,
      [
        "is not entitled to", "are not entitled to", "has no right to", "have no right to",
        "is not entitled", "are not entitled",
      ])
    add(
      .haveRegard,
      [
        "must have regard to", "shall have regard to", "must have due regard to", "shall have due regard to",
        "is to have regard to", "are to have regard to",
      ])
    add(
      .recommendation,
      [
        "should", "ought to", "is encouraged to", "are encouraged to", "is strongly encouraged to",
        "are strongly encouraged to", "is expected to",
        "are expected to", "it is recommended that", "we recommend that", "is advised to",
        "are advised to", "is recommended to", "are recommended to",
        // Advice to the reader with an expletive subject: "It is good practice to rotate keys".
        "it is good practice to", "it is best practice to", "it is important to", "it's good practice to",
        "it's best practice to", "it's important to", "it is advisable to",
      ])
    // What the subject names is advised, required or permitted: "Two-factor authentication is
    // recommended", "Encryption is mandatory", "This behaviour isn't prohibited".
    add(
      .recommendation,
      ["is recommended", "are recommended", "is strongly recommended", "are strongly recommended"])
    add(
      .adviceAgainst,
      ["is not recommended", "are not recommended", "isn't recommended", "aren't recommended"])
    add(.duty, ["is mandatory", "are mandatory", "is compulsory", "are compulsory"])
    add(.permission, ["is not prohibited", "are not prohibited", "isn't prohibited", "aren't prohibited"])
    add(.prohibition, ["is prohibited", "are prohibited"])
    // The author's advice against, to the reader: "We advise against allowing…".
    add(.adviceAgainst, ["we advise against", "we recommend against", "we would advise against"])
    add(.recommendation, ["recommended"], upperCaseOnly: true)
    add(
      .permission,
      [
        "may", "can", "is entitled to", "are entitled to", "is permitted to", "are permitted to",
        "is allowed to", "are allowed to", "has the right to", "have the right to", "is authorised to",
        "are authorised to", "is authorized to", "are authorized to", "is free to", "are free to",
        // A power, and what the law does not forbid: "has power to make grants", "It is lawful for the
        // council to charge", "It is not a contravention for a provider to share…" (the bearer after "for").
        "has power to", "have power to", "has the power to", "have the power to", "is lawful for",
        "is not unlawful for", "is not a contravention for", "is not an offence for",
      ])
    add(.permission, ["optional"], upperCaseOnly: true)
    // Longest first, so "must not" wins over "must".
    return list.sorted { $0.words.count > $1.words.count }
  }()

  /// The words of "need to" and "does not need to", whose subject is looked at before they bind
  /// (``NeedToTrigger``, ``SentenceAnalyzer/hasNeedsBearer(_:)``).
  static let informalNeedWords: Set<String> = ["need", "needs"]

  /// Words of triggers that bind only a party the sentence names ("need to", "has power to"): with
  /// none found, they state nothing (``SentenceAnalyzer/hasNeedsBearer(_:)``).
  static let partyOnlyWords: Set<String> = informalNeedWords.union(["power"])

  /// The first words of triggers that are their own subject and advise the reader: "It is good
  /// practice to…", "We advise against…" (``ReaderAdviceRule``).
  static let readerAdviceStarts: Set<String> = ["it", "we"]

  /// Adverbials that may open a sentence before such a trigger: "At present we advise against…".
  static let openingAdverbials: Set<String> = [
    "at present", "in general", "for now", "currently", "generally", "therefore", "however", "also",
    "equally",
    "in practice", "in addition", "for this reason", "as a result", "wherever possible", "where possible",
  ]

  /// Verbs of such advice that ask the reader to know or remember, not to act: "It is important to
  /// note that…", "It is important to keep these distinctions in mind" (with "in mind").
  static let awarenessVerbs: Set<String> = [
    "note", "remember", "recognise", "recognize", "appreciate", "realise", "realize",
  ]

  /// The word after such a verb that opens a note to the reader: "Note that…".
  static let noteClauseOpener = "that"

  /// Words that may stand before a note's verb at the start of a sentence: "Please note that…".
  static let noteLeadWords: Set<String> = ["please", "but", "however", ",", "also"]

  /// The modals a note to the reader tells with, not imposes: what will happen, what may be done.
  static let noteModals: Set<String> = ["will", "won't", "may", "can", "might", "could"]

  /// The modals whose negation a note also only tells: "late comments will not be considered".
  static let noteNegatedModals: Set<String> = ["will"]

  /// The verbs that "in mind" makes awareness: "keep … in mind", "bear in mind".
  static let mindVerbs: Set<String> = ["keep", "bear"]

  /// The words that make "keep" or "bear" awareness: "keep … in mind".
  static let awarenessPhrase = ["in", "mind"]

  /// The last words of such triggers, before the action: "…to", "…against".
  static let readerAdviceEnds: Set<String> = ["to", "against"]

  /// The patterns by their first word, each list longest first: a token is looked up once.
  static let patternsByFirstWord: [String: [Pattern]] = Dictionary(grouping: patterns) { $0.words[0] }

  /// The first words of a trigger after which an adverb may stand before the rest: "are also required
  /// to", "is already under a duty to", "are still entitled to".
  static let adverbHosts: Set<String> = ["is", "are", "has", "have"]

  /// Adverbs, and quantifiers that float after the verb ("are each required", "are both entitled"),
  /// that may stand inside a trigger after ``adverbHosts``: "Councils are already required to…".
  /// ("not" is no such word: "is not required to" is a trigger of its own.)
  static let triggerAdverbs: Set<String> = [
    "also", "already", "still", "now", "currently", "therefore", "further", "likewise", "similarly",
    "equally", "thus", "hence", "generally", "usually", "normally", "separately", "additionally", "each",
    "both", "all", "themselves", "itself",
  ]

  /// Words that say a requirement is already in force, in a trigger or just before it: "Councils are
  /// already required to…", "Section 22 already places a duty on…". Such a statement restates the law.
  static let restatementWords: Set<String> = ["already"]

  /// How many words before a trigger (or before the verb that imposes a duty) a word of
  /// ``restatementWords`` may stand: "already required", "already places a duty".
  static let restatementReach = 1

  /// The participle of a present perfect trigger: "have been required to".
  static let perfectParticiple = "been"

  /// Participles of a passive requirement whose agent may come between them and "to": "Councils are
  /// required by section 6 of the Act to appoint…".
  static let agentParticiples: [String: ObligationKind] = ["required": .duty, "obliged": .duty]

  /// How many words after the participle the "to" of such a requirement may stand: "required by section
  /// 6 of the Local Authority Social Services Act 1970 to".
  static let agentReach = 14

  /// Modals that can be followed by a passive whose participle decides the kind ("shall be entitled to").
  static let modals: Set<String> = ["must", "shall", "should", "may", "will", "can"]

  /// Whether a text starts with a modal in lower case, as the wrap-up of a list does ("must, in doing
  /// so, …", "shall publish…").
  static func startsWithModal(_ text: String) -> Bool {
    guard let first = text.split(separator: " ", maxSplits: 1).first, first.first?.isLowercase == true else {
      return false
    }
    return modals.contains(String(first).trimming(","))
  }

  /// Modals that make a duty to have regard when "have regard to" follows an aside: "must, in doing so,
  /// have regard to…".
  static let regardModals: Set<String> = ["must", "shall"]

  /// Words that open an aside between a modal and its verb: "must, in doing so, have regard to…".
  static let asideStarts: Set<String> = [
    "in", "when", "where", "if", "for", "at", "on", "before", "after", "as", "so", "having", "whenever",
  ]

  /// The most words such an aside has: "shall, in exercising its functions under this Part, have regard to…".
  static let asideMaximumWords = 10

  /// The words of a duty to consider: "have regard to", "have due regard to".
  static let regardPhrases: [String] = ["have regard to", "have due regard to"]

  /// The passive of "have regard to" after a modal: "Regard must be had to the code".
  static let passiveRegardPhrase = ["be", "had", "to"]

  /// The subject of the passive: "regard", "due regard".
  static let regardNouns: Set<String> = ["regard"]

  /// The verb before a passive's subject that makes its action: "Regard must be had to the code" →
  /// "have regard to the code".
  static let regardActionVerb = "have"

  /// Bearer participles that bind only with "to" after them: "is obligated to pay", but "funds shall be
  /// obligated or expended for…" commits money.
  static let participlesBindingWithTo: Set<String> = ["obligated", "obliged"]

  /// Nouns of money that is obligated (committed) rather than obliged, anywhere in the subject: "None
  /// of the funds appropriated under this heading shall be obligated…".
  static let moneyNouns: Set<String> = [
    "funds", "amounts", "appropriations", "sums", "moneys", "monies", "money",
  ]

  /// Participles joined to "obligated" when money is committed: "obligated or expended".
  static let spendingParticiples: Set<String> = ["expended", "spent", "disbursed"]

  /// Participles of "It should be noted that…", a remark to the reader rather than an obligation.
  static let remarkParticiples: Set<String> = [
    "noted", "remembered", "borne", "recognised", "recognized", "emphasised", "emphasized", "stressed",
    "observed",
  ]

  /// "shall be under a duty to", "shall be under no obligation to": the preposition, the determiners
  /// and the nouns of a duty one is put under (or not).
  static let underWord = "under"
  static let dutyDeterminers: Set<String> = ["a", "an", "no", "any"]
  static let dutyStateNouns: Set<String> = ["duty", "obligation"]

  /// Words of a capability that a binding modal requires: "must be able to", "should be capable of".
  static let capabilityWords: Set<String> = ["able", "capable"]

  /// Modals that require a capability rather than grant one ("shall be able to" grants a right in a
  /// contract: "The Buyer shall be able to reject the goods").
  static let capabilityModals: Set<String> = ["must", "should"]

  /// Modals that make "be able to" a possibility: "may be able to", "could be able to".
  static let possibilityModals: Set<String> = ["may", "can", "could", "might"]

  /// Participles after "modal be" that keep the subject as bearer, with the kind they make.
  static let bearerParticiples: [String: ObligationKind] = [
    "required": .duty, "obliged": .duty, "obligated": .duty, "responsible": .duty, "liable": .duty,
    "prohibited": .prohibition, "forbidden": .prohibition, "unlawful": .prohibition,
    "illegal": .prohibition, "entitled": .permission,
    "permitted": .permission, "allowed": .permission, "authorised": .permission,
    "authorized": .permission, "able": .permission, "encouraged": .recommendation,
    "expected": .recommendation, "exempt": .exemption, "exempted": .exemption, "empowered": .permission,
    "mandated": .duty, "bound": .duty, "invited": .recommendation, "requested": .recommendation,
  ]

  /// Verbs after a modal that define, apply, amend or commence rather than oblige.
  static let constitutiveVerbs: Set<String> = [
    "apply", "applies", "mean", "means", "expire", "continue", "cease", "consist", "comprise",
    "constitute", "extend", "form", "contain", "prevail", "supersede", "lapse", "operate", "survive",
    "terminate", "commence", "govern", "inure", "accrue", "refer", "relate", "correspond", "remain",
    "include", "includes",
  ]

  /// Verbs of content after "must" or "should" that set a requirement on a thing ("The plan must
  /// include…", "Each record should contain…"); after "shall" they constitute ("Such information shall
  /// include…", as EU drafting uses them).
  static let contentVerbs: Set<String> = ["include", "contain"]

  /// Marks of a document that gives its key words their RFC 2119 sense only in capitals (BCP 14):
  /// "{::boilerplate bcp14-tagged}", "as described in BCP 14 [RFC2119] [RFC8174]".
  static let keywordConventionMarks: [String] = ["bcp14", "BCP14", "BCP 14", "RFC 2119", "RFC2119"]

  /// The key words of RFC 2119, as a note on the convention names them.
  static let conventionKeywords: Set<String> = [
    "MUST", "SHALL", "SHOULD", "MAY", "REQUIRED", "RECOMMENDED", "OPTIONAL",
  ]

  /// Words by which a note on the convention speaks of the key words: "uses the words MUST…", "are to
  /// be interpreted as described in RFC 2119".
  static let conventionNouns: Set<String> = ["words", "keywords", "interpreted"]

  /// What follows a key word that is named rather than used: "MUST, SHOULD and MAY", "“MUST”".
  static let keywordListMarks: Set<String> = [",", "and", "or", ")", "\"", "'", "”", "’", "as", "in", "are"]

  /// Modals that in lower case, in a document that keeps the key words for capitals, have their plain
  /// English sense of possibility ("the client may then…", "a service can use…"): no permission.
  static let plainPossibilityModals: Set<String> = ["may", "can", "could", "might"]

  /// Nouns of delegated legislation whose "may" is a power to legislate: "Regulations may provide…".
  static let legislationNouns: Set<String> = ["regulations", "order", "orders"]

  /// Words after a legislation noun that name what it is made under: "Regulations under this section",
  /// "an order made under section 4".
  static let legislationUnderWords: Set<String> = ["under", "made"]

  /// Verbs after such a "may" that make provision: "may provide that", "may make provision", "may
  /// prescribe".
  static let provisionVerbs: Set<String> = [
    "provide", "make", "prescribe", "require", "specify", "confer", "impose", "amend", "modify", "authorise",
    "authorize", "permit", "disapply", "enable",
  ]

  /// Adjectives of "it is likely that…": what follows is a forecast, not a requirement.
  static let likelihoodAdjectives: Set<String> = [
    "likely", "unlikely", "probable", "improbable", "inevitable",
  ]

  /// Verbs of "it seems likely that…" besides the forms of "be".
  static let likelihoodVerbs: Set<String> = ["seems", "seem", "appears", "appear"]

  /// The first words of the triggers that "it is likely that" can make a forecast: "…that councils will
  /// need to…" ("shall" and "must" state a rule whatever frames them).
  static let forecastModals: Set<String> = ["will", "would", "may", "might", "could", "need", "needs"]

  /// The most words between "it is likely that" and the trigger it makes a forecast.
  static let forecastReach = 16

  /// Verbs of a quantity's change after "is expected to": a forecast ("is expected to double").
  static let forecastVerbs: Set<String> = [
    "double", "triple", "halve", "rise", "increase", "grow", "fall", "decline", "decrease", "drop", "reach",
    "exceed", "peak",
  ]

  /// Modals of ability, as written in lower case: of a thing they say what it can do, not what anyone
  /// may do.
  static let abilityModals: Set<String> = ["can", "could"]

  /// Modals that make a content verb a requirement on its subject.
  static let requirementModals: Set<String> = ["must", "should"]

  /// Quantifiers that make a subject every thing of its kind, so that "shall contain" requires rather than
  /// describes: "Each record shall contain a timestamp".
  static let subjectQuantifiers: Set<String> = ["each", "every", "all", "any"]

  /// How many words such a subject may have before its modal.
  static let quantifiedSubjectReach = 6

  /// Subject heads with which a content verb defines a word, not a requirement: "the expression X must
  /// include Y", "references to a body should include its successors".
  static let definingSubjects: Set<String> = [
    "reference", "references", "term", "terms", "expression", "expressions", "definition", "definitions",
    "word", "words", "meaning", "phrase", "phrases",
  ]

  /// Participles after "modal be" that define, apply or amend rather than oblige.
  static let constitutiveParticiples: Set<String> = [
    "construed", "read", "treated", "deemed", "amended", "inserted", "substituted", "repealed",
    "omitted", "replaced", "revoked", "known", "cited", "referred", "regarded", "addressed",
    "established", "composed", "deleted", "added", "renumbered", "interpreted", "understood",
    "presumed", "designated", "applied", "extended", "binding", "applicable", "void",
  ]

  /// Verbs after "may" or "can" that make it epistemic ("this may take time").
  static let epistemicVerbs: Set<String> = [
    "be", "have", "take", "result", "include", "vary", "need", "lead", "affect", "cause", "involve",
    "become", "differ", "arise", "occur", "seem", "appear", "help", "mean", "change", "reflect",
    "contain", "exist", "depend", "prove", "fall", "come", "constitute", "exceed", "increase",
    "decrease", "happen", "prevent", "remain", "require", "well", "also", "want", "find", "get",
    "feel", "think", "look", "face", "experience", "suffer", "lose", "benefit", "undermine", "reduce",
    "give", "make", "produce", "create", "add", "offer", "provide", "pose", "impact", "hinder", "see",
  ]

  /// Multi-word verbs that commence or give effect ("come into force", "have effect").
  static let constitutivePhrases: [[String]] = [
    ["come", "into", "force"], ["come", "into", "operation"], ["enter", "into", "force"],
    ["have", "effect"], ["take", "effect"], ["have", "the", "meaning"], ["not", "affect"],
    ["be", "without", "prejudice"], ["be", "as", "follows"], ["remain", "in", "force"],
    ["not", "apply"], ["have", "the", "same", "meaning"], ["consist"], ["consists"], ["comprise"], ["mean"],
    ["means"],
    ["be", "published", "in", "the", "official", "journal"],
  ]

  /// Subjects that are parts of a document: a modal after them constitutes, it does not oblige.
  static let documentNouns: Set<String> = [
    "act", "acts", "regulation", "regulations", "directive", "decision", "article", "articles", "annex",
    "annexes", "appendix", "paragraph", "paragraphs", "subparagraph", "section", "sections",
    "subsection", "subsections", "part", "chapter", "schedule", "schedules", "provision", "provisions",
    "point", "points", "order", "amendment", "amendments", "reference", "references", "term", "terms",
    "expression", "expressions", "definition", "definitions", "rule", "rules", "resolution",
    "agreement", "protocol", "convention", "treaty", "framework", "guidance", "code", "table",
    "list", "lists", "title", "text", "words", "word", "footnote", "measure", "measures",
  ]

  /// Subjects that carry no agent, for "may"/"can" and dummy "it".
  static let nonAgentPronouns: Set<String> = [
    "it", "this", "that", "there", "these", "those", "which", "what", "such", "something", "nothing",
    "anything", "everything", "doing", "so",
  ]

  /// Reporting words that name a source only when fronted ("According to the minister, councils
  /// must…"); inside a clause they are manner ("match the name according to the rules").
  static let sourcePhraseStarts: Set<String> = ["according"]

  /// Words that report speech: an obligation after them is quoted, not imposed.
  static let reportingVerbs: Set<String> = [
    "said", "says", "told", "tells", "stressed", "argued", "argues", "believes", "believe", "believed",
    "thinks", "think", "thought", "hoped", "hopes", "claimed", "claims", "warned", "warns", "added",
    "explained", "suggested", "suggests", "insisted", "insists", "admitted", "acknowledged", "urged",
    "urges", "reckons", "feels", "felt", "noted", "commented", "confirmed", "announced", "predicted",
    "according",
  ]

  /// Verbs that report only a clause after their object: "tell carers that they are entitled to…"
  /// reports the entitlement, but "tell staff about the change and must keep a record" reports nothing.
  static let objectReportingVerbs: Set<String> = ["tell", "inform", "remind"]

  /// Words that open a reported clause after such a verb's object: "that", "whether".
  static let reportedClauseOpeners: Set<String> = ["that", "whether"]

  /// How many words the object of such a verb may have before its reported clause: "tell all carers
  /// in the area that…".
  static let reportedObjectReach = 6
}
