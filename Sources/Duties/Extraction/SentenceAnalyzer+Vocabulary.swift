/// The tidying of actions and the word lists the sentence analysis uses.
extension SentenceAnalyzer {
  func tidyAction(_ action: String) -> String {
    var text = action.trimming(" ,;:—–-")
    for suffix in [" at least", " no less than", " not less than", " at the latest"]
    where text.hasSuffix(suffix) {
      text = String(text.dropLast(suffix.count))
    }
    for prefix in ["to ", "ensure to "]
    where text.lowercased().hasPrefix(prefix) && text.count > prefix.count + 2 {
      text = String(text.dropFirst(prefix.count))
    }
    return text
  }

  static let adverbialStarts: Set<String> = [
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

  /// The most obligations taken from one sentence.
  static let maximumObligationsPerSentence = 64

  static let conditionalStarts: Set<String> = [
    "if", "unless", "when", "whenever", "where", "wherever", "in", "once", "until", "provided", "should",
    "whether",
  ]

  static let leadingFillers: Set<String> = [
    "and", "or", "but", "nor", "then", "so", "also", "both", "that", "whether", "thus", "hence", "conversely",
    "however", "therefore", "moreover", "furthermore", "additionally", "accordingly", "likewise", "similarly",
  ]
}

extension String {
  /// The subject with its first word in lower case unless it is a name or acronym.
  var lowercasedFirstWordIfCommon: String {
    // The first word between spaces, without splitting the whole text.
    let start = firstIndex(where: { $0 != " " }) ?? endIndex
    let first = self[start..<(self[start...].firstIndex(of: " ") ?? endIndex)]
    guard !first.isEmpty else { return self }
    let isName = first.count >= 2 && first.dropFirst().contains(where: \.isUppercase)
    if isName || ["Secretary", "Commission", "Council", "Board", "Minister"].contains(String(first)) {
      return self
    }
    return first.lowercased() + dropFirst(first.count)
  }
}

extension SentenceAnalyzer {
  /// Whether "be …" at `index` states how a party must be, which is a duty of that party: "shall be
  /// (completely) independent", "shall be capable of…", "must be impartial". A noun ("shall be the
  /// controller", "shall be members of"), a state that grants or withholds ("eligible", "competent") or
  /// one that defines ("valid", "subject to") is not.
  static func dutyState(_ tokens: [Token], after index: Int) -> Bool {
    guard index < tokens.count, tokens[index].lower == "be" else { return false }
    var word = index + 1
    while word < tokens.count, TriggerFinder.isAdverb(tokens[word].lower) {
      word += 1
    }
    guard word < tokens.count, tokens[word].isWord, !tokens[word].isCapitalized else { return false }
    let lower = tokens[word].lower
    if nonDutyStates.contains(lower) { return false }
    // Most "-able" words say what may be done to a thing ("payable", "reimbursable").
    if lower.hasSuffix("ble") {
      return ["capable", "accountable", "answerable", "contactable"].contains(lower)
    }
    return dutyStateEndings.contains { lower.hasSuffix($0) }
  }

  /// Adjective endings: independent, impartial, objective, transparent, responsive.
  static let dutyStateEndings = ["ent", "ant", "ive", "al", "ous", "ful", "ic", "ory"]

  /// States with an adjective ending that confer, withhold or define rather than oblige ("-ble" words are
  /// decided above).
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
}
