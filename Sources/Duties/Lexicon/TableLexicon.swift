/// The words of tables that assign duties: the headers that name a table's columns ("Body | Action |
/// Deadline") and the words of a header that say its actions are required.
enum TableLexicon {
  /// Header words of the column that names who acts.
  static let bearerHeaders: Set<String> = [
    "body", "bodies", "who", "organisation", "organization", "owner", "lead", "responsible", "role", "party",
    "bearer", "agency", "team", "by whom", "responsible body", "lead body", "accountable", "actor",
    "provider",
  ]

  /// Header words of the column that says what is to be done.
  static let actionHeaders: Set<String> = [
    "action", "actions", "duty", "duties", "requirement", "requirements", "what", "task", "tasks",
    "responsibility", "responsibilities", "obligation", "obligations", "activity", "what they must do",
    "what must be done", "required action", "must",
  ]

  /// Header words of a column of deadlines.
  static let deadlineHeaders: Set<String> = [
    "deadline", "deadlines", "when", "by when", "timescale", "timescales", "timing", "due", "due date",
    "time limit", "target date", "date",
  ]

  /// Header words of a column of frequencies.
  static let frequencyHeaders: Set<String> = ["frequency", "how often", "cycle", "review cycle"]

  /// Words of a header (or a lead-in without a modal) that make its rows duties: "Duty", "Requirement",
  /// "Mandatory actions".
  static let dutyWords: Set<String> = [
    "duty", "duties", "requirement", "requirements", "required", "mandatory", "obligation", "obligations",
    "must",
  ]

  /// Words of a header that make its rows recommendations: "Recommended action".
  static let recommendationWords: Set<String> = [
    "recommended", "recommendation", "recommendations", "should",
  ]

  /// Words that start a timing phrase; a cell without one ("30 days") is a time limit ("within 30 days").
  static let timingStarts: Set<String> = [
    "within", "by", "before", "after", "no", "not", "each", "every", "at", "on", "annually", "monthly",
    "quarterly", "weekly", "daily", "yearly", "from", "until", "once", "twice", "immediately", "ongoing",
  ]

  /// What a timing cell says when there is no timing: "n/a", "none".
  static let emptyCells: Set<String> = ["n/a", "none", "na", "-", "—"]
}
