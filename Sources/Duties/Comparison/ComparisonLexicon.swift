/// The words the comparison reads for meaning, as data in one place: which phrases make a number a
/// floor or a ceiling, and which word swaps turn a condition round.
enum ComparisonLexicon {
  /// Phrases before a number that make it a floor: "at least 10", "more than 3 members".
  static let floorPhrases = [
    "at least", "not less than", "no less than", "not fewer than", "no fewer than", "a minimum of",
    "minimum of", "minimum", "more than", "greater than", "over", "above", "exceeding", "in excess of",
  ]
  /// Phrases before a number that make it a ceiling: "no more than 1 in 500", "up to £5,000".
  static let ceilingPhrases = [
    "at most", "not more than", "no more than", "not greater than", "no greater than", "a maximum of",
    "maximum of", "maximum", "up to", "less than", "fewer than", "under", "below", "not exceeding",
    "not to exceed", "no later than", "within",
  ]
  /// Words after a number that make it a floor: "10 or more", "99.9% or better".
  static let floorTrails = [
    "or more", "or better", "or greater", "or above", "or over", "and over", "and above",
  ]
  /// Words after a number that make it a ceiling: "5 or fewer", "3 or less".
  static let ceilingTrails = ["or fewer", "or less", "or below", "or under"]

  /// Word swaps that turn a condition round: "with the approval" ↔ "without the approval",
  /// "if" ↔ "unless", "including" ↔ "excluding".
  static let oppositeWords: [String: String] = [
    "with": "without", "without": "with", "if": "unless", "unless": "if", "including": "excluding",
    "excluding": "including", "where": "unless", "when": "unless", "before": "after", "after": "before",
    "subject": "regardless", "regardless": "subject",
  ]
  /// Words whose coming or going alone negates or narrows a condition: "if not", "only if".
  static let negatingWords: Set<String> = ["not", "no", "never", "except", "unless", "without"]

  /// Words that carry no content of an action, left out when actions are matched by their words.
  static let functionWords: Set<String> = [
    "the", "a", "an", "of", "to", "be", "by", "for", "in", "on", "and", "or", "with", "if", "only", "that",
    "is", "are", "as", "at", "it", "its", "their", "they", "this", "these", "those", "any", "all", "each",
    "from", "into", "not", "no", "such", "so", "than", "then", "there", "which", "who", "make", "use",
  ]
}
