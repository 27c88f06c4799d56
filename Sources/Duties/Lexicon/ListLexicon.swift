/// The words of lists: how an item ends ("(a) the council; and").
enum ListLexicon {
  /// Endings of an item taken off its text, tried in order (only the first that ends it): "; and", ",".
  static let itemEndings: [String] = ["; and", "; or", ", and", ", or", ";", ",", "."]

  /// The characters that end a lead-in to a list: "The bodies are—", "must:".
  static let leadInEnds: Set<Character> = ["—", "–", ":"]

  /// The "to " an item starts with after a lead-in that has no verb: "The duties are— (a) to publish…".
  static let infinitiveMarker = "to "

  /// Relative words that end a lead-in whose list qualifies its subject: "Each person who— (a) … (b)
  /// …, must…".
  static let splitSubjectRelatives: Set<String> = ["who", "which", "that", "whose"]

  /// The most words such a lead-in holds: "Each officer or employee of the Secretary who—".
  static let splitSubjectMaximumWords = 10

  /// Words that open a clause of its own after an item's action, which may bind another party or
  /// qualify the item: "(b) provide assistance, except that the Director may refuse it", "(c) consult
  /// the committee, which must reply", "to publish it, but the Registrar need not publish addresses".
  static let ownClauseOpeners: Set<String> = [
    "and", "or", "but", "except", "save", "provided", "which", "who", "whereupon", "although", "though",
  ]
}
