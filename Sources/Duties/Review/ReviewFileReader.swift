/// Reads the decisions of a review file from its JSON, checking every value where it stands.
struct ReviewFileReader {
  let path: String

  /// The keys a decision may have.
  static let decisionKeys: Set<String> = [
    "change", "decision", "by", "reason", "expires", "note", "owner", "summary",
  ]

  func error(_ value: LocatedJSON, _ message: String) -> DutiesError {
    .malformed(SourceLocation(path: path, line: value.line, column: value.column, offset: 0), message)
  }

  func error(_ member: LocatedJSON.Member, _ message: String) -> DutiesError {
    .malformed(SourceLocation(path: path, line: member.line, column: member.column, offset: 0), message)
  }

  /// The decisions of the whole file.
  func decisions(in root: LocatedJSON) throws(DutiesError) -> [ReviewDecision] {
    guard case .object(let members) = root.value else {
      throw error(root, "a review file is an object with \"version\" and \"decisions\", not \(root.typeName)")
    }
    var version: Int?
    var list: [LocatedJSON]?
    for member in members {
      switch member.key {
      case "version":
        guard case .number(let number) = member.value.value, number == number.rounded(), number >= 1 else {
          throw error(member.value, "\"version\" is a whole number (\(ReviewFile.version))")
        }
        // Compared as a number first: a version too large for an integer is still a newer one.
        guard number <= Double(ReviewFile.version) else {
          throw error(
            member.value,
            "the file is of version \(number < 1e15 ? String(Int(number)) : String(number)), written by a newer "
              + "duties; this one reads version \(ReviewFile.version)")
        }
        version = Int(number)
      case "decisions":
        guard case .array(let elements) = member.value.value else {
          throw error(member.value, "\"decisions\" is an array of decisions, not \(member.value.typeName)")
        }
        list = elements
      default:
        throw error(member, "unknown key \"\(member.key)\"; a review file has \"version\" and \"decisions\"")
      }
    }
    guard version != nil else {
      throw error(root, "the review file has no \"version\" (\(ReviewFile.version))")
    }
    var decisions: [ReviewDecision] = []
    var seen: [String: Int] = [:]
    for element in list ?? [] {
      let decision = try self.decision(element)
      if let first = seen[decision.change] {
        throw error(element, "a second decision on \(decision.change); the first is on line \(first)")
      }
      seen[decision.change] = element.line
      decisions.append(decision)
    }
    return decisions
  }

  /// One decision, with what its verdict requires.
  func decision(_ element: LocatedJSON) throws(DutiesError) -> ReviewDecision {
    guard case .object(let members) = element.value else {
      throw error(
        element, "a decision is an object with \"change\" and \"decision\", not \(element.typeName)")
    }
    var fields: [String: String] = [:]
    for member in members {
      guard Self.decisionKeys.contains(member.key) else {
        throw error(
          member,
          "unknown key \"\(member.key)\" in a decision; expected one of "
            + Self.decisionKeys.sorted().joined(separator: ", "))
      }
      guard let text = member.value.string else {
        throw error(member.value, "\"\(member.key)\" is a string, not \(member.value.typeName)")
      }
      try check(member, text)
      fields[member.key] = text
    }
    guard let change = fields["change"] else { throw error(element, "the decision has no \"change\"") }
    guard let verdict = fields["decision"].flatMap(ReviewDecision.Verdict.init(rawValue:)) else {
      throw error(element, "the decision on \(change) has no \"decision\"")
    }
    let decision = ReviewDecision(
      change: change, decision: verdict, by: fields["by"], reason: fields["reason"],
      expires: fields["expires"],
      note: fields["note"], owner: fields["owner"], summary: fields["summary"])
    try requireFields(of: decision, at: element)
    return decision
  }

  /// A value's own form: a change identity, a known verdict, a date.
  func check(_ member: LocatedJSON.Member, _ text: String) throws(DutiesError) {
    switch member.key {
    case "change":
      guard text.wholeMatch(of: /ch-[0-9a-f]{12}/) != nil else {
        throw error(member.value, "\"\(text)\" is not a change identity (\"ch-\" and 12 hexadecimal digits)")
      }
    case "decision":
      guard ReviewDecision.Verdict(rawValue: text) != nil else {
        throw error(
          member.value,
          "unknown decision \"\(text)\"; expected "
            + ReviewDecision.Verdict.allCases.map(\.rawValue).joined(separator: ", "))
      }
    case "expires":
      guard ReviewFile.isDate(text) else {
        throw error(member.value, "\"\(text)\" is not a date written YYYY-MM-DD")
      }
    default: break
    }
  }

  /// What each verdict needs: a waiver its reason and who gave it; an action its note and owner.
  func requireFields(of decision: ReviewDecision, at element: LocatedJSON) throws(DutiesError) {
    func need(_ value: String?, _ key: String) throws(DutiesError) {
      guard let value, !value.allSatisfy(\.isWhitespace) else {
        throw error(
          element, "a \(decision.decision.rawValue) decision needs \"\(key)\" (on \(decision.change))")
      }
    }
    if decision.decision != .waived, decision.expires != nil {
      throw error(element, "only a waiver expires; \"expires\" on a \(decision.decision.rawValue) decision")
    }
    switch decision.decision {
    case .waived:
      try need(decision.reason, "reason")
      try need(decision.by, "by")
    case .needsAction:
      try need(decision.note, "note")
      try need(decision.owner, "owner")
    case .accepted, .pending: break
    }
  }
}
