/// The words of deadlines, frequencies and start dates ("within 28 days", "annually", "by 31 March
/// 2012"), and the measures in days that a comparison reads from them.
enum TimingLexicon {
  // MARK: - Finding timing

  /// The months, January first: a month's number is its position plus one.
  static let monthsInOrder: [String] = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
  ]

  /// The months, for membership.
  static let months = Set(monthsInOrder)

  /// Units of a time limit or a frequency: "28 days", "each financial year", "ten working days".
  static let units: Set<String> = [
    "day", "days", "week", "weeks", "month", "months", "quarter", "quarters", "year", "years", "hour",
    "hours",
    "working",
    "business", "calendar", "clear",
  ]

  /// Adverbs of frequency: "annually", "quarterly".
  static let frequencyWords: Set<String> = [
    "annually", "monthly", "quarterly", "weekly", "daily", "yearly", "biannually", "fortnightly",
  ]

  /// Words before a unit that make a frequency: "each year", "every month", "per day".
  static let frequencyDeterminers: Set<String> = ["each", "every", "per"]

  /// Words between such a determiner and its unit: "each financial year", "every working day".
  static let unitQualifiers: Set<String> = [
    "financial", "working", "business", "calendar", "academic", "school", "tax", "clear",
  ]

  /// Prepositions that open a frequency and belong to it: "on each working day", "in each year".
  static let frequencyPrepositions: Set<String> = ["on", "in", "during"]

  /// Words that may follow "at least once": "at least once a year", "at least once in every month".
  static let onceFollowers: Set<String> = ["a", "an", "every", "each", "in", "per"]

  /// Words that may stand between "within" and its unit: "within (a) the month", "no later than 28 days".
  static let timeLimitFillers: Set<String> = ["(", ")", "a", "the", "than"]

  /// Words after a time limit that start its tail: "within 28 days of its approval".
  static let timeLimitTailStarts: Set<String> = ["of", "after", "from", "following", "beginning", "before"]

  /// Words at which a time limit's tail ends: "within 28 days of receipt if…".
  static let timeLimitTailEnds: Set<String> = [
    "if", "unless", "where", "and", "or", "provided", "except", "subject",
  ]

  /// Nouns after "by the", "before the", "from the" that make a deadline or a start: "by the end of".
  static let dateNouns: Set<String> = ["end", "start", "beginning", "date", "time", "deadline"]

  /// Words at which such a deadline phrase ends ("of" never ends it): "by the end of the year if…".
  static let datePhraseEnds: Set<String> = ["if", "unless", "where", "and", "or", "to", "in", "that"]

  /// The endings of ordinal day numbers written apart: "1 st", "22 nd".
  static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

  /// Fixed phrases of timing, with their kind, tried in order.
  static let timingPhrases: [([String], Timing.Kind)] = [
    (["as", "soon", "as", "practicable"], .deadline),
    (["as", "soon", "as", "reasonably", "practicable"], .deadline),
    (["as", "soon", "as", "possible"], .deadline), (["without", "delay"], .deadline),
    (["without", "undue", "delay"], .deadline), (["forthwith"], .deadline), (["in", "advance"], .deadline),
    (["at", "all", "times"], .frequency), (["from", "time", "to", "time"], .frequency),
  ]

  /// The first words of `timingPhrases`.
  static let timingPhraseFirstWords = Set(timingPhrases.map { $0.0[0] })

  /// Every word that `ClauseParts.timing(in:sentence:range:)` looks at first: a timing starts with one
  /// of them.
  static let timingStarts = frequencyWords.union(timingPhraseFirstWords).union([
    "each", "every", "per", "at", "within", "no", "not", "by", "before", "until", "from", "on",
  ])

  /// Numbers written as words, and the ordinals of "every other/second year".
  static let numberWords: Set<String> = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "fourteen", "fifteen", "twenty", "thirty", "sixty", "ninety", "other", "second", "third",
  ]

  // MARK: - Measuring timing

  /// The counts of a time limit written as words: "within six months", "a month".
  static let countValues: [String: Double] = [
    "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "twenty-one": 21, "twenty-eight": 28,
    "thirty": 30, "sixty": 60, "ninety": 90,
  ]

  /// The units of a time limit in days: "working day" 1.4, "month" 30.4.
  static let unitDays: [String: Double] = [
    "day": 1, "working day": 1.4, "week": 7, "fortnight": 14, "month": 30.4, "year": 365,
  ]

  /// Frequencies named in words, with the days between occurrences, tried in order: "quarterly" 91.
  static let namedIntervals: [(String, Double)] = [
    ("daily", 1), ("weekly", 7), ("fortnightly", 14), ("monthly", 30.4), ("quarterly", 91),
    ("twice a year", 182), ("annually", 365), ("yearly", 365), ("each year", 365), ("every year", 365),
    ("once a year", 365), ("biennially", 730),
  ]

  /// Words that start a date or a deadline: "by 31 March", "before the end of", "from April 2013".
  static let dateStarts: Set<String> = ["by", "before", "until", "from", "on"]
}
