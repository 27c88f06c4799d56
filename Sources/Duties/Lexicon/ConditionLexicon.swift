/// The words that start a condition or exception, and the lead-ins of conditions a document states
/// apart from the duties they qualify ("This section applies where…", "Subsection (1) does not apply…").
enum ConditionLexicon {
  /// Words that introduce a condition or exception, with its kind, tried in order at each word.
  static let conditionStarts: [([String], Condition.Kind)] = [
    (["provided", "that"], .providedThat), (["providing", "that"], .providedThat),
    (["subject", "to"], .subjectTo), (["in", "the", "event"], .inTheEvent), (["except"], .except),
    (["other", "than"], .except), (["save", "where"], .except), (["save", "that"], .except),
    (["to", "the", "extent", "that"], .except), (["in", "so", "far", "as"], .except),
    (["unless"], .unless), (["if"], .if), (["where"], .where), (["when"], .when),
    (["whenever"], .when), (["in", "cases", "where"], .where), (["in", "circumstances", "where"], .where),
  ]

  /// The first words of `conditionStarts`, to pass over other tokens at once.
  static let conditionFirstWords = Set(conditionStarts.map { $0.0[0] })

  /// Words before a lone "where" that make it no condition of its own: "from where", "in cases where".
  static let wordsBeforeNonConditionWhere: Set<String> = ["from", "to", "and", "or", "case", "cases"]

  /// Adjectives that make a whole condition of one word after "if", "where" or "when": "if possible",
  /// "where appropriate", "where reasonably practicable". What follows them ("…as a baseline for
  /// interoperability", "…within 28 days") is not the condition's, unless it goes on with one of
  /// ``ellipticalContinuations``.
  static let ellipticalAdjectives: Set<String> = [
    "possible", "practicable", "appropriate", "necessary", "applicable", "feasible", "relevant", "needed",
    "required", "reasonable", "available", "desirable", "helpful", "useful", "known",
  ]

  /// Words after such an adjective that carry the condition on: "where necessary to protect health",
  /// "if required by the regulator", "where appropriate for the service", "where practicable in the
  /// circumstances", "where necessary and justified".
  static let ellipticalContinuations: Set<String> = ["to", "by", "under", "for", "in", "and", "or"]

  /// Words besides punctuation and prepositions that may follow such an adjective when it is the whole
  /// condition: "if possible as a baseline", "where appropriate such as URIs".
  static let ellipticalFollowers: Set<String> = ["as", "such", "pursuant", "then"]

  /// Adverbs allowed between the condition's word and such an adjective: "where reasonably practicable".
  static let ellipticalAdverbs: Set<String> = ["reasonably", "legally", "technically", "clinically", "so"]

  /// Words after an opening bracket that open examples or a gloss, where a condition ends: "where
  /// appropriate (e.g., …)".
  static let bracketedExampleLeads: Set<String> = ["e.g", "eg", "for", "i.e", "ie", "such", "see"]

  /// The lead-ins of a section's own condition, tried in order: "This section applies where…".
  static let scopeLeadIns: [String] = [
    "this section applies ", "this part applies ", "this regulation applies ", "this guidance applies ",
  ]

  /// The auxiliaries of "not apply" in a provision's exception: "Subsection (1) does not apply…".
  static let disapplyingAuxiliaries: Set<String> = ["does", "do", "shall"]
}
