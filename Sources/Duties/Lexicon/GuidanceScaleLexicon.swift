/// The words by which statutory guidance says how it uses its modals: "'must' is used where there is a
/// legal requirement", "'should' means that the guidance is expected to be followed".
enum GuidanceScaleLexicon {
  /// The modal phrases a document may define, longest first.
  static let phrases: [String] = [
    "must have regard to", "have regard to", "must not", "should not", "may not", "must", "should", "may",
    "shall", "need not",
  ]

  /// Words that make a sentence a definition of a quoted phrase.
  static let definingWords: Set<String> = [
    "means", "mean", "used", "uses", "use", "indicates", "indicate", "denotes", "denote", "refers", "refer",
    "signals", "signal", "signifies", "signify", "reflects", "describes", "describe", "expresses",
  ]

  /// The pairs of quotation marks a defined phrase may stand in, tried in order: ‘…’, “…”, '…', "…".
  static let quotationMarks: [(open: String, close: String)] = [
    ("‘", "’"), ("“", "”"), ("'", "'"), ("\"", "\""),
  ]
}
