/// The abbreviations after which a full stop does not end a sentence: "s. 75", "para. 4", "e.g.", "No.".
enum AbbreviationLexicon {
  /// Abbreviations in lower case, without their last full stop.
  static let abbreviations: Set<String> = [
    "s", "ss", "para", "paras", "e.g", "i.e", "eg", "ie", "no", "nos", "dr", "mr", "mrs", "ms", "prof",
    "art", "arts", "reg", "regs", "sch", "pt", "pts", "cf", "c", "v", "vs", "st", "vol", "p", "pp",
    "inc", "ltd", "co", "u.s", "u.s.c", "op", "cit", "ibid", "approx", "dept", "govt", "fig", "ch",
    "cl", "subs", "s.i", "sec", "secs", "hon", "rt", "jr", "sr", "corp", "ave", "al", "viz", "n.b",
    "ref", "r", "o.j", "oj", "seq",
  ]

  /// Abbreviations that often end a sentence ("…and so on, etc."), but not inside a bracket the
  /// sentence opened: "the Community Care (Delayed Discharges etc.) Act 2003".
  static let sentenceFinalAbbreviations: Set<String> = ["etc"]

  /// How far back, in bytes, such a bracket may have opened.
  static let bracketReach = 200

  /// The length in bytes of the longest abbreviation.
  static let longestAbbreviation = abbreviations.map(\.utf8.count).max() ?? 0
}
