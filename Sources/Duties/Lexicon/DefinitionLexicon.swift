/// The words by which a document defines its own names: acronyms ("primary care trusts (PCTs)"), labels
/// ("a person (“A”)") and terms that a list defines ("Each of the following is a relevant partner…—").
enum DefinitionLexicon {
  /// Quotation marks that may open a defined acronym or label: "(“A”)", "('PCT')".
  static let openingQuotes: Set<String> = ["“", "\"", "‘", "'"]

  /// Quotation marks that may close a defined label.
  static let closingQuotes: Set<String> = ["”", "\"", "’", "'"]

  /// What follows a quoted short name that a definition gives a body: "“the Department” means the
  /// Department of Health".
  static let shortNameMeanings = ["” means ", "\" means "]

  /// Lower-case words an acronym's initials pass over: "Secretary of State (SoS)", "Care and Support".
  static let acronymSmallWords: Set<String> = ["of", "and", "for", "the"]

  /// Words at which the phrase a label stands for starts: "a person (“A”)".
  static let labelDeterminers: Set<String> = ["a", "an", "the", "each", "any"]

  /// Lead-ins that define a term by a list, each with the words at which the term ends, tried in order:
  /// "Each of the following is a relevant partner of a local authority—".
  static let termLeadIns: [(prefix: String, stops: [String])] = [
    ("each of the following is a ", [" of ", " for ", " in "]),
    ("each of the following is an ", [" of ", " for ", " in "]),
    ("the following are ", [" of ", " for ", " in "]),
    ("the reference to a ", [" in ", " is ", " of "]),
    ("the reference to an ", [" in ", " is ", " of "]),
    ("references to a ", [" in ", " are ", " of "]),
    ("references to an ", [" in ", " are ", " of "]),
  ]

  /// Endings of a lead-in that defines a quoted term, tried in order: "“public body” means—".
  static let termDefiningEndings: [String] = [" means", " includes"]

  /// Words that, right after a quoted term, define it inline: "“Member” means an employee of the
  /// council", "“Premises” includes land", "“Plan” has the meaning given in section 4".
  static let inlineRelations: [String] = [
    "means", "includes", "does not include", "has the meaning given in", "has the meaning given by",
    "has the meaning given to it in", "has the same meaning as in",
  ]

  /// Words after a list item's head that start a qualifier: "a clinical commissioning group the whole or
  /// part of whose area…".
  static let memberQualifierStarts: Set<String> = ["the", "whose", "which", "that", "so", "all", "who"]

  /// Words after the head of a name in title case: "Regulator of NHS Foundation Trusts", "Institute
  /// for Health and Care Excellence".
  static let namePhraseStarts: Set<String> = ["of", "for"]

  /// Words left at the end of an inline definition that joins the next one: "…council; and".
  static let meaningTrailers: [String] = [" and", " or"]
}
