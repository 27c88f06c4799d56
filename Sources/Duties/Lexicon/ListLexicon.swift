/// The words of lists: how an item ends ("(a) the council; and").
enum ListLexicon {
  /// Endings of an item taken off its text, tried in order (only the first that ends it): "; and", ",".
  static let itemEndings: [String] = ["; and", "; or", ", and", ", or", ";", ",", "."]

  /// Relative words that end a lead-in whose list qualifies its subject: "Each person who— (a) … (b)
  /// …, must…".
  static let splitSubjectRelatives: Set<String> = ["who", "which", "that", "whose"]
}
