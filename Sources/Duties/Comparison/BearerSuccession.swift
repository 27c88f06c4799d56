import Foundation

/// Which bodies took over from which when English health and care were reorganised, so that a
/// comparison can tell a duty borne by a renamed or successor body ("bearer renamed by
/// reorganisation") from a duty given to a different kind of body.
///
/// The built-in table, ``england``, is listed in `docs/bearer-succession.md`; `duties successions`
/// prints it as CSV to edit, and ``init(csv:path:)`` reads such a table (`duties diff --successions FILE`).
public struct BearerSuccession: Sendable, Hashable {
  /// One step: a body succeeded by another (or abolished, when `successor` is nil).
  public struct Entry: Sendable, Hashable {
    /// The body that went, as a normalised party name ("primary care trust").
    public var predecessor: String
    /// The body that took over its functions, or nil if it was abolished without one.
    public var successor: String?
    /// When, as written ("2013").
    public var year: String
    /// What happened, for people ("Health and Social Care Act 2012").
    public var note: String

    /// Creates an entry.
    public init(predecessor: String, successor: String?, year: String, note: String) {
      self.predecessor = predecessor
      self.successor = successor
      self.year = year
      self.note = note
    }
  }

  /// The steps, in the order given.
  public var entries: [Entry]

  /// Creates a table.
  public init(entries: [Entry]) {
    self.entries = entries
  }

  /// Reads a table from CSV with the columns `predecessor,successor,year,note` (a header row first;
  /// an empty successor means abolished).
  public init(csv: String, path: String = "<successions>") throws {
    var entries: [Entry] = []
    for (number, line) in csv.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .enumerated()
    {
      let fields = Self.fields(String(line))
      if number == 0 && fields.first?.lowercased() == "predecessor" { continue }
      if fields.allSatisfy({ $0.isEmpty }) { continue }
      guard fields.count >= 2, !fields[0].isEmpty else {
        throw DutiesError.malformed(
          SourceLocation(path: path, line: number + 1, column: 1, offset: 0),
          "expected predecessor,successor,year,note")
      }
      entries.append(
        Entry(
          predecessor: fields[0], successor: fields[1].isEmpty ? nil : fields[1],
          year: fields.count > 2 ? fields[2] : "", note: fields.count > 3 ? fields[3] : ""))
    }
    self.entries = entries
  }

  /// The table as CSV, ready to edit.
  public var csv: String {
    var writer = CSVWriter(header: ["predecessor", "successor", "year", "note"])
    for entry in entries {
      writer.append([entry.predecessor, entry.successor ?? "", entry.year, entry.note])
    }
    return writer.text
  }

  /// This table followed by another's entries (a user's own).
  public func adding(_ other: BearerSuccession) -> BearerSuccession {
    BearerSuccession(entries: entries + other.entries)
  }

  /// The chain of steps from `party` to `successor`, if `successor` took over from it directly or
  /// through later reorganisations.
  public func path(from party: String, to successor: String) -> [Entry]? {
    var frontier: [(String, [Entry])] = [(Self.key(party), [])]
    var seen: Set<String> = [Self.key(party)]
    let target = Self.key(successor)
    while !frontier.isEmpty {
      let (current, steps) = frontier.removeFirst()
      for entry in entries where Self.key(entry.predecessor) == current {
        guard let next = entry.successor.map(Self.key) else { continue }
        if next == target { return steps + [entry] }
        if seen.insert(next).inserted { frontier.append((next, steps + [entry])) }
      }
    }
    return nil
  }

  /// The entry that says `party` was abolished without a successor, if there is one.
  public func abolition(of party: String) -> Entry? {
    entries.first { Self.key($0.predecessor) == Self.key(party) && $0.successor == nil }
  }

  /// The entries where a body only changed its name ("renamed on taking up its functions", "known as
  /// NHS Digital from 2016"): the same body, by either name.
  public var renames: [Entry] {
    entries.filter { entry in
      entry.successor != nil
        && ComparisonLexicon.renameNotes.contains { entry.note.lowercased().contains($0) }
    }
  }

  /// Names compared without case, plural "s", a leading "the" or the usual acronyms.
  static func key(_ name: String) -> String {
    var text = name.lowercased().trimmingCharacters(in: .whitespaces)
    if text.hasPrefix("the ") { text.removeFirst(4) }
    // "National Health Service Commissioning Board" is the "NHS Commissioning Board".
    if text.hasPrefix("national health service ") { text = "nhs " + text.dropFirst(24) }
    if text.hasSuffix("s"), !text.hasSuffix("ss") { text.removeLast() }
    // "You must…" and an imperative ("Change it") bind the same reader.
    if text == "you" { return "reader" }
    return ComparisonLexicon.bodyAcronyms[text] ?? text
  }

  /// The names a body goes by: the name and its usual acronym ("primary care trust", "PCT").
  public static func aliases(of name: String) -> [String] {
    let full = key(name)
    let acronyms = ComparisonLexicon.bodyAcronyms
    let short = acronyms.filter { $0.value == full && $0.key != full }.map { $0.key.uppercased() }.sorted()
    return [name] + short
  }

  private static func fields(_ line: String) -> [String] {
    var fields: [String] = []
    var current = ""
    var quoted = false
    var iterator = Array(line).makeIterator()
    while let character = iterator.next() {
      switch character {
      case "\"" where quoted:
        if let next = iterator.next() {
          if next == "\"" {
            current.append("\"")  // a doubled quote inside quotes is one quote
          } else {
            quoted = false
            if next == "," {
              fields.append(current.trimmingCharacters(in: .whitespaces))
              current = ""
            } else {
              current.append(next)
            }
          }
        } else {
          quoted = false
        }
      case "\"" where current.isEmpty:
        quoted = true
      case "," where !quoted:
        fields.append(current.trimmingCharacters(in: .whitespaces))
        current = ""
      default:
        current.append(character)
      }
    }
    fields.append(current.trimmingCharacters(in: .whitespaces))
    return fields.map(CSVWriter.unescapeFormula)
  }
}

extension BearerSuccession {
  /// English health and care bodies and their successors, 1996–2023.
  public static let england = BearerSuccession(entries: [
    Entry(
      predecessor: "family health services authority", successor: "health authority", year: "1996",
      note: "Health Authorities Act 1995"),
    Entry(
      predecessor: "district health authority", successor: "health authority", year: "1996",
      note: "Health Authorities Act 1995"),
    Entry(
      predecessor: "primary care group", successor: "primary care trust", year: "2000–2002",
      note: "Health Act 1999"),
    Entry(
      predecessor: "health authority", successor: "strategic health authority", year: "2002",
      note: "NHS Reform and Health Care Professions Act 2002"),
    Entry(
      predecessor: "health authority", successor: "primary care trust", year: "2002",
      note: "local functions passed to primary care trusts"),
    Entry(
      predecessor: "commission for health improvement", successor: "healthcare commission", year: "2004",
      note: "Health and Social Care (Community Health and Standards) Act 2003"),
    Entry(
      predecessor: "national care standards commission", successor: "commission for social care inspection",
      year: "2004", note: "Health and Social Care (Community Health and Standards) Act 2003"),
    Entry(
      predecessor: "healthcare commission", successor: "care quality commission", year: "2009",
      note: "Health and Social Care Act 2008"),
    Entry(
      predecessor: "commission for social care inspection", successor: "care quality commission",
      year: "2009", note: "Health and Social Care Act 2008"),
    Entry(
      predecessor: "mental health act commission", successor: "care quality commission", year: "2009",
      note: "Health and Social Care Act 2008"),
    Entry(
      predecessor: "PCT cluster", successor: "clinical commissioning group", year: "2013",
      note: "clusters were a transitional arrangement until CCGs took over commissioning"),
    Entry(
      predecessor: "primary care trust", successor: "clinical commissioning group", year: "2013",
      note: "Health and Social Care Act 2012 (commissioning)"),
    Entry(
      predecessor: "primary care trust", successor: "local authority", year: "2013",
      note: "Health and Social Care Act 2012 (public health)"),
    Entry(
      predecessor: "primary care trust", successor: "NHS England", year: "2013",
      note: "Health and Social Care Act 2012 (primary care commissioning)"),
    Entry(
      predecessor: "strategic health authority", successor: nil, year: "2013",
      note:
        "abolished by the Health and Social Care Act 2012; oversight passed to the NHS Commissioning Board and Health Education England"
    ),
    Entry(
      predecessor: "NHS Commissioning Board", successor: "NHS England", year: "2013",
      note: "renamed on taking up its functions"),
    Entry(
      predecessor: "health protection agency", successor: "public health england", year: "2013",
      note: "Health and Social Care Act 2012"),
    Entry(
      predecessor: "national treatment agency", successor: "public health england", year: "2013",
      note: "Health and Social Care Act 2012"),
    Entry(
      predecessor: "NHS Information Centre", successor: "NHS Digital", year: "2013",
      note: "Health and Social Care Information Centre, known as NHS Digital from 2016"),
    Entry(
      predecessor: "Independent Regulator of NHS Foundation Trusts", successor: "Monitor", year: "2012",
      note: "renamed by the Health and Social Care Act 2012"),
    Entry(
      predecessor: "Monitor", successor: "NHS Improvement", year: "2016",
      note: "brought together with the NHS Trust Development Authority"),
    Entry(
      predecessor: "NHS Trust Development Authority", successor: "NHS Improvement", year: "2016",
      note: "brought together with Monitor"),
    Entry(
      predecessor: "public health england", successor: "UK Health Security Agency", year: "2021",
      note: "health protection functions"),
    Entry(
      predecessor: "public health england", successor: "Office for Health Improvement and Disparities",
      year: "2021", note: "health improvement functions"),
    Entry(
      predecessor: "clinical commissioning group", successor: "integrated care board", year: "2022",
      note: "Health and Care Act 2022"),
    Entry(
      predecessor: "NHS Improvement", successor: "NHS England", year: "2022", note: "Health and Care Act 2022"
    ),
    Entry(
      predecessor: "NHS Digital", successor: "NHS England", year: "2023", note: "merged into NHS England"),
    Entry(
      predecessor: "Health Education England", successor: "NHS England", year: "2023",
      note: "merged into NHS England"),
  ])
}
