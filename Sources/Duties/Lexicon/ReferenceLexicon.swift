/// The words of cross-references ("section 75 of the National Health Service Act 2006", "para. 4.2"),
/// of the provisions that are a duty's legal basis ("under section 82", "pursuant to Article 5"), and
/// of references as a comparison normalises them ("Sec. 4.2" is "Section 4.2").
enum ReferenceLexicon {
  // MARK: - Extraction

  /// Words before a number that make a cross-reference: "section 75", "s. 2", "paras 3 to 5".
  static let referenceWords: Set<String> = [
    "section", "sections", "subsection", "subsections", "paragraph", "paragraphs", "article", "articles",
    "regulation", "regulations", "directive", "decision", "schedule", "part", "chapter", "rule", "rules",
    "annex", "s", "ss", "para", "paras", "reg", "regs", "clause", "clauses", "appendix", "title",
  ]

  /// Words that join the numbers of one reference: "sections 2(1) and (3)", "paragraphs 3 to 5".
  static let numberJoiners: Set<String> = ["(", ")", "to", "and", "or"]

  /// Words a reference does not end with: "sections 2 and" is "sections 2".
  static let danglingJoiners: Set<String> = ["(", "to", "and", "or"]

  /// Determiners before an Act's title: "of the Care Act 2014", "of that Act".
  static let actDeterminers: Set<String> = ["the", "that", "this"]

  /// Demonstratives that point back to an Act: "that Act", "this Regulation".
  static let actDemonstratives: Set<String> = ["that", "this"]

  /// Nouns a demonstrative makes a reference of: "that Act", "this Directive".
  static let actNouns: Set<String> = ["act", "regulation", "directive", "order"]

  /// Lower-case words inside an Act's title: "Health and Social Care (Community Health) Act 2003".
  static let actTitleWords: Set<String> = ["of", "and", "for", "(", ")", "the", "etc", "."]

  /// Capitalised words that open a sentence before an Act's title, not part of it: "Under the Care
  /// Act 2014, …", "By the Children Act 1989…".
  static let actTitleOpeners: Set<String> = ["under", "by", "in", "as", "from", "since", "following", "with"]

  /// The nouns that end an Act's title before its year: "Act 2006", "Regulations 2013".
  static let actTitleEnds: Set<String> = ["act", "regulations", "order", "rules", "measure", "code"]

  /// Words that introduce the provision that creates a duty or power: "under section 82".
  static let legalBasisMarkers: [String] = [
    "under", "by virtue of", "in exercise of the powers conferred by",
    "in exercise of the power conferred by",
    "pursuant to", "conferred by", "imposed by", "as required by", "in accordance with the duty in",
  ]

  /// Verbs of complying with an enactment: "comply with the Data Protection Act 1998".
  static let complianceVerbs: Set<String> = ["comply", "complies", "complying"]

  /// Words of an enactment's title: "the Data Protection Act 1998", "the Building Regulations 2010".
  static let enactmentWords: Set<String> = ["act", "regulations", "order", "rules", "measure"]

  /// Whether a word is a year of an enactment's name: "1990" in "the NHS and Community Care Act 1990".
  static func isYear(_ word: some StringProtocol) -> Bool {
    word.count == 4 && word.allSatisfy(\.isNumber) && (word.hasPrefix("19") || word.hasPrefix("20"))
  }

  /// The words that name a division of a document in a section path: "Part 1", "Chapter 2".
  static let divisionWords: Set<String> = [
    "Part", "Chapter", "Schedule", "Title", "Article", "Section", "Annex", "Subpart", "Division", "Book",
  ]

  /// Participles by which a bearer points at a list: "the bodies listed in subsection (2)".
  static let listPointers: [String] = ["listed", "mentioned", "specified", "named", "set out", "referred to"]

  /// The units a bearer's list is in: "listed in subsection (2)", "specified in paragraph (3)".
  static let listUnits: [String] = ["subsection", "paragraph"]

  // MARK: - Comparison

  /// Words after which a comparison reads a number as a reference, not an amount: "section 5".
  static let comparedReferenceWords: Set<String> = [
    "section", "sections", "subsection", "subsections", "paragraph", "paragraphs", "article", "articles",
    "regulation", "regulations", "schedule", "part", "chapter", "rule", "annex", "clause", "s", "ss", "para",
    "sec", "secs", "sect", "§", "paras", "art", "arts", "reg", "regs", "sch", "pt", "ch", "subs", "subsec",
  ]

  /// Each abbreviation of a reference word as the word it stands for: "Sec. 4.2" is "Section 4.2".
  static let referenceForms: [String: String] = [
    "s": "section", "sec": "section", "sect": "section", "§": "section", "ss": "sections", "secs": "sections",
    "para": "paragraph", "paras": "paragraphs", "art": "article", "arts": "articles", "reg": "regulation",
    "regs": "regulations", "sch": "schedule", "pt": "part", "ch": "chapter", "subs": "subsection",
    "subsec": "subsection",
  ]

  /// Participles of a pointer to another part of the text: "as further explained under
  /// {{security-multi}}", "as described in section 4". The pointer is wording, not what is required.
  static let pointerParticiples: Set<String> = [
    "explained", "described", "defined", "discussed", "specified", "detailed", "noted", "shown", "outlined",
  ]

  /// Adverbs between "as" and a pointer's participle: "as further explained".
  static let pointerAdverbs: Set<String> = ["further", "also", "more", "fully", "previously"]

  /// Prepositions after a pointer's participle: "described in", "explained under".
  static let pointerPrepositions: Set<String> = ["in", "under", "at", "by", "below", "above"]

  /// Words that point at a place in the text rather than naming it: "given below", "set out above".
  static let pointerPlaces: Set<String> = ["below", "above"]

  /// Participles before a place in the text: "the rule given below", "the bodies listed above".
  static let placeParticiples: Set<String> = pointerParticiples.union(["given", "listed", "set", "out"])
}
