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
    guard let first = split(separator: " ").first else { return self }
    let isName = first.count >= 2 && first.dropFirst().contains(where: \.isUppercase)
    if isName || ["Secretary", "Commission", "Council", "Board", "Minister"].contains(String(first)) {
      return self
    }
    return first.lowercased() + dropFirst(first.count)
  }
}
