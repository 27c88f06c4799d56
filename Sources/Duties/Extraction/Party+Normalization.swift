extension Party {
  /// A party name as the extractor normalises bearers: singular, lower-case, without determiners
  /// or qualifiers ("The Integrated Care Boards" → "integrated care board"); `nil` when nothing of
  /// a name is left. Use it to match a user's query against ``parties``.
  public static func normalizedName(_ phrase: String) -> String? {
    PartyLexicon.normalize(phrase.collapsingWhitespace, acronyms: [:])
  }
}
