/// How an action is tidied, and whether "shall be …" states how a party must be.
extension SentenceAnalyzer {
  func tidyAction(_ action: String) -> String {
    var text = action.trimming(" ,;:—–-")
    // "match the name (and SHOULD also check the type)": the bracket around the second clause is
    // neither's.
    if text.hasSuffix("(") { text = String(text.dropLast()).trimming(" ,;:—–-") }
    if text.hasPrefix(")") { text = String(text.dropFirst()).trimming(" ,;:—–-") }
    let (open, close) = (UInt8(ascii: "("), UInt8(ascii: ")"))
    if text.hasSuffix(")"), text.utf8.count(where: { $0 == close }) > text.utf8.count(where: { $0 == open }) {
      text = String(text.dropLast()).trimming(" ,;:—–-")
    }
    for suffix in ClauseLexicon.actionTrailers where text.hasSuffix(suffix) {
      text = String(text.dropLast(suffix.count))
    }
    for prefix in ClauseLexicon.actionLeaders
    where text.lowercased().hasPrefix(prefix) && text.count > prefix.count + 2 {
      text = String(text.dropFirst(prefix.count))
    }
    return text
  }

  /// The most obligations taken from one sentence.
  static let maximumObligationsPerSentence = 64
}

extension String {
  /// The subject with its first word in lower case unless it is a name or acronym.
  var lowercasedFirstWordIfCommon: String {
    // The first word between spaces, without splitting the whole text.
    let start = firstIndex(where: { $0 != " " }) ?? endIndex
    let first = self[start..<(self[start...].firstIndex(of: " ") ?? endIndex)]
    guard !first.isEmpty else { return self }
    let isName = first.count >= 2 && first.dropFirst().contains(where: \.isUppercase)
    if isName || PartyLexicon.capitalizedRoles.contains(String(first)) {
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
    if ClauseLexicon.nonDutyStates.contains(lower) { return false }
    // Most "-able" words say what may be done to a thing ("payable", "reimbursable").
    if lower.hasSuffix("ble") {
      return ClauseLexicon.dutyStatesInBle.contains(lower)
    }
    return ClauseLexicon.dutyStateEndings.contains { lower.hasSuffix($0) }
  }
}
