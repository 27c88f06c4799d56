/// The words party names are made of and tidied by: actor head nouns, things that look like actors,
/// plurals, determiners, the words at which a name ends, and the adjectives that share a noun.
///
/// How a phrase becomes party names is in `PartyLexicon+Normalization.swift` (Extraction/).
enum PartyLexicon {
  /// Head nouns of bodies, roles and persons.
  static let actorHeads: Set<String> = [
    "authority", "council", "board", "trust", "body", "committee", "commission", "agency", "department",
    "ministry", "service", "group", "team", "organisation", "organization", "institution", "undertaking",
    "firm", "company", "provider", "operator", "state", "government", "court", "tribunal", "office",
    "officer", "secretary", "minister", "director", "person", "individual", "party", "everyone",
    "anyone", "we", "you", "staff", "employer", "employee", "manufacturer", "importer", "distributor",
    "supplier", "user", "holder", "applicant", "bank", "cluster", "pct", "ccg", "icb", "nhs",
    "parliament", "congress", "president", "controller", "processor", "landlord", "tenant", "lessee",
    "lessor", "licensee", "licensor", "contractor", "subcontractor", "buyer", "seller", "purchaser",
    "vendor", "owner", "occupier", "guarantor", "borrower", "lender", "trustee", "carer", "patient",
    "practitioner", "clinician", "doctor", "nurse", "commissioner", "regulator", "inspector",
    "inspectorate", "executive", "management", "chair", "member", "members", "partner", "authorities",
    "england", "administration", "association", "federation", "union", "society", "charity", "centre",
    "center",
    "school", "college", "university", "hospital", "practice", "pharmacy", "worker",
    "student", "parent", "child", "adult", "resident", "citizen", "consumer", "customer", "client",
    "investor", "issuer", "offeror", "bidder", "auditor", "accountant", "agent", "broker", "dealer",
    "insurer", "reinsurer", "sponsor", "promoter", "developer", "planner", "mayor",
    "ombudsman", "registrar", "coroner", "police", "constable", "chief", "head", "governor",
    "leader", "manager", "administrator", "receiver", "liquidator", "assignee", "subtenant",
    "sublessee", "mortgagee", "mortgagor", "grantee", "grantor", "beneficiary", "recipient",
    "claimant", "defendant", "respondent", "appellant", "prosecutor", "judge", "magistrate",
    "secretariat", "bureau", "council's", "entity", "entities", "establishment", "network",
    "panel", "forum", "partnership", "consortium", "directorate", "examiner",
    "unit", "cabinet", "assembly", "legislature", "ministers", "sheriff", "attorney",
    "counterparty", "producer", "generator", "shipper", "carrier", "transporter",
    "exporter", "licence-holder", "designer", "architect", "engineer", "keeper", "master",
    "captain", "pilot", "driver", "passenger", "traveller", "visitor", "householder", "landowner",
    "participant", "signatory", "publisher", "author", "editor", "reviewer", "assessor",
    "they", "he", "she", "one", "someone", "somebody", "no-one", "nobody", "country", "region",
    "municipality", "city", "county", "nation", "spouse", "widow", "widower", "heir", "family",
    "household", "server", "browser", "resolver", "implementation", "originator", "creditor", "debtor",
    "investigator", "coordinator", "notifier",
    "proprietor", "representative", "delegate", "rapporteur", "chairman", "chairperson", "presidency",
    "mission", "eusr", "europol", "eurojust", "frontex", "ecb", "esma", "eba",
    "declarant", "official",
  ]

  /// Endings of agent nouns: "trainee", "pharmacist", "librarian", "re-consignor", "registrant",
  /// "ferryman", "spokesperson".
  static let agentSuffixes: [String] = [
    "ee", "ist", "ian", "eer", "er", "or", "ant", "man", "woman", "person",
  ]

  /// Funds, programmes and systems: things even when their names are capitalised ("the Partnership
  /// Instrument shall support…", "the Urban Development Fund shall take the form…").
  static let instrumentNouns: Set<String> = [
    "fund", "instrument", "programme", "program", "facility", "mechanism", "scheme", "framework",
    "database", "platform", "tool", "budget", "plan", "strategy", "initiative", "account", "reserve",
    "portal", "role", "policy", "repository", "workflow",
    "regulation", "directive", "decision", "treaty", "convention", "protocol", "annex", "appendix",
    "schedule",
  ]

  /// Nouns that end like agent nouns but name things.
  static let thingNouns: Set<String> = [
    "number", "order", "matter", "paper", "letter", "register", "chapter", "parameter", "water", "border",
    "factor", "sector", "error", "indicator", "vector", "floor", "door", "colour", "color", "behaviour",
    "favour", "labour", "power", "other", "container", "folder", "filter", "computer",
    "counter", "layer", "meter", "character", "interior", "exterior", "motor", "mirror", "tractor",
    "reactor", "elevator", "calculator", "trailer", "barrier", "quarter", "winter", "summer", "answer",
    "offer", "transfer", "header", "footer", "identifier", "marker", "cover", "corner", "manner", "timber",
    "fiber", "fibre", "rubber", "proper", "plant", "grant", "instant", "constant", "variant",
    "relevant", "significant", "important", "pursuant", "amount", "remainder", "tender", "ledger", "charter",
    "disorder", "disaster", "cancer", "chamber", "december", "november", "october", "september", "newsletter",
    "calendar", "collar", "dollar", "pillar", "sugar", "cigar", "radar", "liter",
    "litre", "poster", "banner", "sticker", "roster", "buffer", "cylinder", "adapter", "trigger", "voucher",
    "rider", "binder", "shelter", "pointer", "scooter",
    // Measures, instruments that measure, substances and legal instruments.
    "diameter", "perimeter", "kilometer", "kilometre", "centimeter", "centimetre", "millimeter",
    "millimetre", "thermometer", "barometer", "manometer", "odometer", "speedometer", "tachometer",
    "altimeter", "hygrometer", "spectrometer", "semester", "trimester", "polymer", "polyester",
    "pollutant", "contaminant", "coolant", "lubricant", "sealant", "refrigerant", "fertiliser",
    "fertilizer", "waiver", "disclaimer", "guarantee", "decree", "degree", "covenant", "warrant",
    "checklist", "shortlist", "blacklist",
    // Words that are not nouns at all.
    "whenever", "however", "whatever", "wherever", "whichever", "whoever", "either", "neither", "rather",
    "whether", "together", "further", "after", "under", "over", "never", "ever", "later",
    "another", "hereunder", "thereunder", "hereafter", "thereafter", "hereinafter", "hereinbefore",
    "whereupon", "moreover", "furthermore", "sooner", "longer", "greater", "lesser", "higher", "lower",
    "earlier",
    // Verbs ending like agent nouns: "this Regulation confers tasks on…" names no "confer".
    "confer", "refer", "defer", "prefer", "differ", "suffer", "deliver", "consider", "render", "gather",
    "enter", "hinder", "remember", "discover", "recover", "alter", "foster", "deter", "infer", "encounter",
    "uncover", "wonder", "ponder", "administer", "endeavour", "endeavor",
    "prior", "major", "similar", "particular", "regular",
    "popular", "clear", "unclear", "pleasant", "elegant", "vacant", "distant", "dominant",
    "sufficient", "abundant", "redundant", "compliant", "tolerant", "reluctant", "expectant",
  ]

  /// Plurals made singular by a table, not by their ending: "people" → "person", "children" → "child".
  static let irregularPlurals: [String: String] = [
    "people": "person", "persons": "person", "children": "child", "staff": "staff", "men": "man",
    "women": "woman",
  ]

  /// Endings of words that end in "s" but are not plurals.
  static let pluralLookalikes: [String] = [
    "ss", "us", "is", "ics", "ous", "news", "series", "species", "sis", "ways", "means", "plus", "whereas",
  ]

  /// Cardinal numbers that count a party rather than name it ("two members", "One Deputy Director");
  /// not ordinals, which name ("third party", "second respondent").
  static let cardinalWords: Set<String> = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  ]

  /// Whether a word is a cardinal number, in figures or in words.
  static func isCardinal(_ word: String) -> Bool {
    !word.isEmpty && word.utf8.allSatisfy { $0 &- UInt8(ascii: "0") < 10 } || cardinalWords.contains(word)
  }

  /// Whether a word is a label rather than a name: a number with one capital ("3A", "12B"), a
  /// reference ("3(c))", "70.245(d)") or a long line number run into a word ("1228thereafter",
  /// "3146The"); not "2gether" or "5 Boroughs".
  static func isLabel<Word: StringProtocol>(_ word: Word) -> Bool {
    // Most words open with a letter: a byte test turns them away first.
    guard let first = word.utf8.first, first &- UInt8(ascii: "0") < 10 else { return false }
    let digits = word.prefix(while: \.isNumber)
    guard !digits.isEmpty, digits.count < word.count else { return false }
    let rest = word.dropFirst(digits.count)
    return rest.count == 1 && rest.allSatisfy(\.isUppercase)
      || rest.contains(where: { labelMarks.contains($0) }) || digits.count >= labelDigits
  }

  /// Marks inside a reference used as a label: "3(c))", "70.245(d)", "2009.1".
  static let labelMarks: Set<Character> = ["(", ")", "."]

  /// The fewest digits of a line number run into a word.
  static let labelDigits = 3

  /// Words after "N or" that make a quantity, not a second party: "250 or more employees".
  static let quantityComparatives: Set<String> = ["more", "fewer", "less", "over", "above", "greater"]

  /// Words before a party name that are not part of it: "the", "each", "such", "said".
  static let determiners: Set<String> = [
    "a", "an", "the", "each", "every", "any", "all", "such", "its", "their", "his", "her", "our",
    "your", "this", "that", "these", "those", "other", "some", "no", "both", "either", "neither",
    "said", "new", "existing", "nor", "same",
  ]

  /// Quantifiers that take a party by "of": "Each of the bodies", "Any of the councils", "Both of them".
  static let partitiveQuantifiers: Set<String> = ["each", "any", "all", "either", "both", "every"]

  /// Words at which a party name ends and a qualifier begins.
  static let qualifierStarts: Set<String> = [
    "who", "which", "that", "whose", "whom", "where", "when", "within", "in", "for", "at", "on", "under",
    "with", "to", "from", "by", "if", "unless", "as", "being", "having", "acting", "about", "between",
    "against", "over", "through", "after", "before", "during", "among", "without", "into", "upon",
    "(", ",", "—", "–", ":", ";",
  ]

  /// The word that joins a body's name to its portfolio, in title case: "Department for Work and
  /// Pensions", "Commission for Social Care Inspection".
  static let portfolioWord = "for"

  /// The small words a name in title case keeps in lower case: "Secretary of State", "Department for
  /// Work and Pensions", "Center for Medicare & Medicaid Services".
  static let nameSmallWords: Set<String> = ["of", "for", "and", "the", "&"]

  /// Offices named with or without their portfolio, one party either way: "the Secretary of State for
  /// Health" is the Secretary of State.
  static let portfolioOffices: Set<String> = ["secretary of state", "minister"]

  /// Prepositions: a conjunct that starts with one is not a party of its own.
  static let prepositions: Set<String> = [
    "of", "within", "in", "for", "at", "on", "under", "with", "to", "from", "by", "about", "between",
    "against", "over", "through", "after", "before", "during", "among", "without", "into", "upon",
    "outside", "inside", "throughout", "across", "beyond", "towards", "toward",
  ]

  /// Words that never stand in a party's name: a phrase holding them is a clause, not a party.
  static let clauseWords: Set<String> = [
    "must", "should", "shall", "may", "will", "can", "would", "could", "might", "is", "are", "was", "were",
    "has", "have", "had", "requires", "require", "says", "said", "whatever", "whether", "what", "how",
    "why", "do", "does", "did", "not", "be", "been", "being",
  ]

  /// Participles that end a party name when a preposition follows ("the person responsible for").
  static let participleQualifiers: Set<String> = [
    "concerned", "referred", "mentioned", "specified", "named", "described", "responsible", "involved",
    "listed", "providing", "exercising", "operating", "carrying", "established", "designated", "appointed",
  ]

  /// Nouns ending in "-ing" that head or modify party names.
  static let ingNouns: Set<String> = [
    "building", "meeting", "dwelling", "holding", "undertaking", "offering", "hearing", "sitting",
    "listing", "opening", "finding", "filing", "recording", "setting", "ruling", "funding", "training",
    "housing", "planning", "morning", "evening", "ceiling", "spring", "string", "offspring", "sibling",
    "clothing", "packaging", "marketing", "engineering", "processing", "banking", "shipping", "parking",
    "landing", "lending", "licensing", "nursing", "accounting", "consulting", "publishing", "catering",
    "mining", "manufacturing", "farming", "fishing", "broadcasting", "printing", "advertising",
    "trading", "staffing", "policing", "teaching", "learning", "wellbeing", "being", "during",
  ]

  /// Capitalised role names kept as written when a subject is put in front of an action: "Secretary of
  /// State to publish…".
  static let capitalizedRoles: Set<String> = ["Secretary", "Commission", "Council", "Board", "Minister"]

  /// The words that join conjuncts of a party list, lower case.
  static let conjunctions: Set<String> = [",", "and", "or", "and/or", "nor"]

  /// Adjectives that qualify parties and stand alone before "or"/"and", waiting for the next conjunct's
  /// noun. A closed list: many words with adjective endings are nouns ("agreement", "proposal",
  /// "representative").
  static let sharedAdjectives: Set<String> = [
    "public", "private", "local", "national", "natural", "legal", "primary", "secondary", "foreign",
    "domestic",
    "new", "existing", "former", "small", "large", "senior", "junior", "voluntary", "statutory", "other",
    "federal", "regional", "international", "temporary", "permanent", "commercial", "residential",
    "diplomatic",
    "consular", "physical", "mental", "social", "medical", "financial", "nonprofit", "religious",
    "educational",
    "charitable", "independent", "interested", "affected", "full-time", "part-time", "intermittent",
    "municipal",
    "rural", "urban", "tribal", "state-funded", "for-profit", "not-for-profit",
  ]
}
