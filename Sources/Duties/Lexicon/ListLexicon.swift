/// The words of lists: how an item ends ("(a) the council; and").
enum ListLexicon {
  /// Endings of an item taken off its text, tried in order (only the first that ends it): "; and", ",".
  static let itemEndings: [String] = ["; and", "; or", ", and", ", or", ";", ",", "."]
}
