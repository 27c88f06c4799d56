/// The obligations a table states row by row: under "Body | Action | Deadline", each row whose
/// cells name a body and an action is an obligation of that body, with the deadline as its timing,
/// when the table's lead-in ("Each body must:") or its header ("Required action") says the actions
/// are required. A table that says neither states no obligation by its rows.
enum TableObligations {
  /// Which columns hold the bearer, the action and the timing.
  struct Columns: Equatable {
    var bearer: Int
    var action: Int
    var timing: Int?
    var timingKind: Timing.Kind = .deadline
  }

  /// One row's obligation, before it is numbered and placed.
  struct Row {
    var bearer: String
    var bearerCell: Node
    var action: String
    var actionCell: Node
    var timing: Timing?
    var cells: [String]
  }

  /// The header row's cell texts, if the table's first row is a header.
  static func header(of table: Node) -> [String]? {
    // An empty header cell (a blank top-left corner) is allowed; a cell of text is not a header's.
    guard let first = table.children.first, first.kind == .tableRow,
      first.children.allSatisfy({ $0.heading != nil || $0.text == nil }),
      first.children.contains(where: { $0.heading != nil })
    else { return nil }
    return first.children.map { $0.heading?.string ?? "" }
  }

  /// The columns a header names, when it names both a bearer and an action column.
  static func columns(header: [String]) -> Columns? {
    let names = header.map { $0.lowercased().trimming(" .:*") }
    // An exact name wins ("Action owner | Action": the action column is "Action"), each column used once.
    func column(_ words: Set<String>, except taken: Int? = nil) -> Int? {
      let free = names.indices.filter { $0 != taken }
      return free.first { words.contains(names[$0]) } ?? free.first { matches(names[$0], words) }
    }
    guard let action = column(TableLexicon.actionHeaders),
      let bearer = column(TableLexicon.bearerHeaders, except: action)
    else { return nil }
    var columns = Columns(bearer: bearer, action: action)
    if let deadline = names.firstIndex(where: { matches($0, TableLexicon.deadlineHeaders) }) {
      columns.timing = deadline
    } else if let frequency = names.firstIndex(where: { matches($0, TableLexicon.frequencyHeaders) }) {
      columns.timing = frequency
      columns.timingKind = .frequency
    }
    return columns
  }

  /// Whether a header cell is one of `words`, or starts or ends with one ("Lead body", "Action required").
  private static func matches(_ name: String, _ words: Set<String>) -> Bool {
    if words.contains(name) { return true }
    let parts = name.split(separator: " ").map(String.init)
    guard parts.count <= 4, let first = parts.first, let last = parts.last else { return false }
    return words.contains(first) || words.contains(last)
  }

  /// The kind a header alone gives the rows: a duty for "Required action" or "Duty", a
  /// recommendation for "Recommended action"; `nil` when it says neither.
  static func kind(header: [String]) -> ObligationKind? {
    let words = Set(header.joined(separator: " ").lowercased().split { !$0.isLetter }.map(String.init))
    if !words.isDisjoint(with: TableLexicon.dutyWords) { return .duty }
    if !words.isDisjoint(with: TableLexicon.recommendationWords) { return .recommendation }
    return nil
  }

  /// The rows of a table under `columns` that name a bearer and an action.
  static func rows(of table: Node, columns: Columns) -> [Row] {
    var result: [Row] = []
    for row in table.children.dropFirst() {
      let cells = row.children
      guard cells.count > max(columns.bearer, columns.action),
        let bearer = cells[columns.bearer].text?.string.trimming(" "), !bearer.isEmpty,
        let action = cells[columns.action].text?.string, !action.isEmpty
      else { continue }
      var timing: Timing?
      if let index = columns.timing, index < cells.count, let text = cells[index].text?.string {
        timing = Self.timing(text, kind: columns.timingKind)
      }
      result.append(
        Row(
          bearer: bearer, bearerCell: cells[columns.bearer], action: actionText(action),
          actionCell: cells[columns.action], timing: timing, cells: cells.map { $0.text?.string ?? "" }))
    }
    return result
  }

  /// An action cell as an action: "Review each exception." → "review each exception".
  static func actionText(_ cell: String) -> String {
    let trimmed = cell.trimming(" .;")
    guard let first = trimmed.first, trimmed.dropFirst().first?.isLowercase == true else { return trimmed }
    return first.lowercased() + trimmed.dropFirst()
  }

  /// A timing cell as a timing: "by 31 March" as written, "30 days" as "within 30 days"; `nil` for
  /// an empty cell or one that says there is none ("n/a", "-").
  static func timing(_ cell: String, kind: Timing.Kind) -> Timing? {
    let text = cell.trimming(" .;")
    guard let first = text.split(separator: " ").first?.lowercased(),
      first.contains(where: \.isLetter)
        || first.first?.isNumber == true, !TableLexicon.emptyCells.contains(first)
    else { return nil }
    // "quarterly", "each year" in a column of deadlines are how often, not by when.
    if TimingLexicon.frequencyWords.contains(first) || TimingLexicon.frequencyDeterminers.contains(first) {
      return Timing(kind: .frequency, text: text)
    }
    if kind == .deadline, first.first?.isNumber == true, !TableLexicon.timingStarts.contains(first),
      (2...3).contains(text.split(separator: " ").count)
    {
      return Timing(kind: .deadline, text: "within " + text)
    }
    return Timing(kind: kind, text: text)
  }
}
