/// The words a briefing uses for a comparison: headline sentences and one-line descriptions of changes.
enum ComparisonBriefing {
  /// Headline sentences: "3 new duties; 1 strengthened; integrated care board gained 2 duties".
  static func headline(_ comparison: DocumentComparison) -> [String] {
    let summary = comparison.summary
    // What reading either side warned of comes first: a result from a misread file is no result.
    var lines =
      (comparison.old.warnings ?? []) + (comparison.new.warnings ?? [])
      + (comparison.warnings ?? []).map { "warning: \($0)" }
    if let review = comparison.review { lines.append(reviewLine(review)) }
    guard comparison.hasChanges else {
      // With `--only unreviewed`, the changes shown are those still open.
      let reviewed = (comparison.review?.counts.values.reduce(0, +) ?? 0) > 0
      return lines + [reviewed ? "No change is open for review." : "No obligation changed."]
    }
    let order = ObligationChange.Kind.allCases.filter { summary.counts[$0.rawValue] != nil }
    if !order.isEmpty {
      lines.append(
        order.map { "\(summary.counts[$0.rawValue]!) \(label($0, count: summary.counts[$0.rawValue]!))" }
          .joined(separator: ", ") + ".")
    }
    for change in comparison.commencementChanges ?? [] {
      lines.append(change.description + (reviewNote(change).map { " (\($0))" } ?? ""))
    }
    for change in comparison.definitionChanges {
      lines.append(definition(change) + (reviewNote(change).map { " (\($0))" } ?? ""))
    }
    if summary.newBindingObligations > 0 {
      lines.append(
        Plural.count(summary.newBindingObligations, "new binding obligation") + " (duties or prohibitions).")
    }
    if !summary.partiesGaining.isEmpty {
      lines.append("Gained duties: " + parties(summary.partiesGaining) + ".")
    }
    if !summary.partiesLosing.isEmpty {
      lines.append("Lost duties: " + parties(summary.partiesLosing) + ".")
    }
    return lines
  }

  /// "Who counts as “NHS body” changed: adds NHS England; no longer clinical commissioning group."
  /// "What “member” means changed (1): means an employee → means an employee or contractor; it names
  /// the bearer of 2 obligations."
  static func definition(_ change: DefinitionChange) -> String {
    let bound =
      change.boundObligations > 0
      ? " It names the bearer of \(Plural.count(change.boundObligations, "obligation"))." : ""
    if change.isInline, let old = change.old.meaning, let new = change.new.meaning {
      return "What “\(change.term)” means changed (\(change.new.section)): \(old) → \(new).\(bound)"
    }
    var parts: [String] = []
    if !change.added.isEmpty { parts.append("adds " + change.added.joined(separator: ", ")) }
    if !change.removed.isEmpty { parts.append("no longer " + change.removed.joined(separator: ", ")) }
    return "Who counts as “\(change.term)” changed (\(change.new.section)): " + parts.joined(separator: "; ")
      + ".\(bound)"
  }

  static func label(_ kind: ObligationChange.Kind, count: Int) -> String {
    switch kind {
    case .added: "added"
    case .removed: "removed"
    case .advanced: "advanced (proposal → commitment → in force)"
    case .strengthened: "strengthened"
    case .weakened: "weakened"
    case .notCarried: "not carried into the new instrument"
    case .bearerChanged: count == 1 ? "given to another bearer" : "given to other bearers"
    case .bearerRenamed: "borne by a successor body"
    case .conditionsChanged: "with changed conditions"
    case .timingChanged: "with changed timing"
    case .actionChanged: "with a changed action"
    case .referenceChanged: "pointing to another provision"
    case .moved: "moved"
    case .reworded: "reworded"
    case .unchanged: "unchanged"
    }
  }

  /// "duty", or for policy "proposal of a duty".
  static func kindName(_ obligation: Obligation) -> String {
    guard obligation.kind.isPolicy, let proposed = obligation.proposed else {
      return obligation.kind.rawValue
    }
    return "\(obligation.kind.rawValue) of a \(proposed.rawValue)"
  }

  private static func parties(_ counts: [String: Int]) -> String {
    counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) (\($0.value))" }.joined(
      separator: ", ")
  }

  /// What changed, in a line: "should → must", "clinical commissioning group → integrated care board".
  /// The word diff of a change as a report shows it, or `nil` when the change before it (`previous`,
  /// updated here) showed the same pair of sentences: a sentence that holds many obligations is
  /// diffed once. A long sentence (over ``longSentenceWords`` words) shows only the words around its
  /// changes: each unchanged run keeps ``diffContext`` words next to a change, `…` for the rest.
  static func shownDiff(_ change: ObligationChange, previous: inout (old: String, new: String)?)
    -> [WordDiff.Segment]?
  {
    guard let old = change.old?.sentence, let new = change.new?.sentence else { return change.wordDiff }
    if let previous, previous.old == old, previous.new == new { return nil }
    previous = (old, new)
    let words = change.wordDiff.reduce(0) { $0 + $1.text.split(separator: " ").count }
    guard words > longSentenceWords else { return change.wordDiff }
    let segments = change.wordDiff
    // A sentence whose words did not change (its bearer or conditions did) shows its beginning.
    guard segments.contains(where: { $0.op != .equal }) else {
      return segments.map { segment in
        let words = segment.text.split(separator: " ")
        let kept = words.prefix(longSentenceWords) + (words.count > longSentenceWords ? ["…"] : [])
        return WordDiff.Segment(op: .equal, text: kept.joined(separator: " "))
      }
    }
    return segments.indices.map { index in
      let segment = segments[index]
      guard segment.op == .equal else { return segment }
      let words = segment.text.split(separator: " ")
      let keepStart = index == 0 ? 0 : diffContext
      let keepEnd = index == segments.count - 1 ? 0 : diffContext
      guard words.count > keepStart + keepEnd + 4 else { return segment }
      let kept = words.prefix(keepStart) + ["…"] + words.suffix(keepEnd)
      return WordDiff.Segment(op: .equal, text: kept.joined(separator: " "))
    }
  }

  /// Sentences longer than this many words show only the words around their changes.
  static let longSentenceWords = 60
  /// Unchanged words kept on each side of a change in a long sentence.
  static let diffContext = 8

  /// "Review (2026-12-07): 3 accepted, 1 waived, 2 not reviewed; 1 decision matches no change here."
  static func reviewLine(_ review: ReviewSummary) -> String {
    let names: [ChangeReview.Status: String] = [
      .accepted: "accepted", .waived: "waived", .waiverExpired: "waived past expiry",
      .needsAction: "needing action",
      .unreviewed: "not reviewed",
    ]
    let order: [ChangeReview.Status] = [.accepted, .waived, .needsAction, .waiverExpired, .unreviewed]
    let parts = order.compactMap { status -> String? in
      guard let count = review.counts[status.rawValue], count > 0 else { return nil }
      return "\(count) \(names[status]!)"
    }
    var line =
      "Review (\(review.day)): " + (parts.isEmpty ? "no change to review" : parts.joined(separator: ", "))
    if review.unmatchedDecisions > 0 {
      line +=
        "; \(Plural.count(review.unmatchedDecisions, "decision")) in the file "
        + (review.unmatchedDecisions == 1 ? "matches" : "match") + " no change here"
    }
    return line + "."
  }

  /// The lines under a change: its review (with its identity, for writing a decision) and what changed.
  static func details(_ change: ObligationChange) -> [String] {
    (reviewNote(change).map { [$0] } ?? []) + aspectDetails(change)
  }

  /// "review: accepted by Ann · ch-…": a change's review with its identity, for writing a decision;
  /// `nil` when no review file was applied.
  static func reviewNote(_ change: some ReviewableChange) -> String? {
    change.review.map { "review: \($0.description) · \(change.id)" }
  }

  /// What changed, aspect by aspect; for an added or removed obligation, its conditions and timing.
  private static func aspectDetails(_ change: ObligationChange) -> [String] {
    guard let old = change.old, let new = change.new else {
      // An added or removed obligation: its conditions and timing, and why it went (a repeal).
      let only = change.new ?? change.old!
      return only.conditions.map { "\($0.kind.rawValue): \($0.text)" }
        + only.timing.map { "\($0.kind.rawValue): \($0.text)" } + change.notes
    }
    var lines: [String] = []
    for aspect in change.aspects {
      switch aspect {
      case .strengthened, .weakened, .advanced:
        // The scale moved only when the kind or its words did; otherwise a note says why (a number, a time limit).
        if old.kind != new.kind || old.trigger.text.lowercased() != new.trigger.text.lowercased() {
          lines.append("\(kindName(old)) (“\(old.trigger.text)”) → \(kindName(new)) (“\(new.trigger.text)”)")
        }
      case .bearerChanged, .bearerRenamed:
        lines += bearerLines(old: old, new: new)
      case .conditionsChanged:
        let oldSet = Set(old.conditions.map(\.text))
        let newSet = Set(new.conditions.map(\.text))
        for condition in new.conditions where !oldSet.contains(condition.text) {
          lines.append("condition added (\(condition.kind.rawValue)): \(condition.text)")
        }
        for condition in old.conditions where !newSet.contains(condition.text) {
          lines.append("condition removed (\(condition.kind.rawValue)): \(condition.text)")
        }
      case .timingChanged:
        lines.append("timing: \(timing(old)) → \(timing(new))")
      case .actionChanged:
        let scaleMoved = change.aspects.contains { [.strengthened, .weakened, .advanced].contains($0) }
        // "should" → an instruction of the same force has its note instead.
        let sameForce = change.notes.contains { $0.hasSuffix(ImperativeForce.sameForce) }
        if old.kind != new.kind, !scaleMoved, !sameForce {
          lines.append("\(kindName(old)) (“\(old.trigger.text)”) → \(kindName(new)) (“\(new.trigger.text)”)")
        }
        // A changed amount has its own note, with the words around it.
        if old.action != new.action, !change.notes.contains(where: { $0.hasPrefix("amount changed") }) {
          lines.append("action: \(old.action) → \(new.action)")
        }
      case .moved:
        // Text before the first heading has no section: say so rather than show nothing.
        let from = old.section.isEmpty ? "(before the first heading)" : old.section
        let to = new.section.isEmpty ? "(before the first heading)" : new.section
        lines.append("moved: \(from) → \(to)")
      default:
        break
      }
    }
    return lines + change.notes
  }

  /// A changed bearer: the old and new parties, or, where one side names three parties or more and
  /// the other keeps some of them (a list of bodies), the parties gained and lost.
  static func bearerLines(old: Obligation, new: Obligation) -> [String] {
    let before = old.bearer?.bound ?? []
    let after = new.bearer?.bound ?? []
    guard max(before.count, after.count) > 2, before.contains(where: after.contains),
      old.bearer?.implicit != true, new.bearer?.implicit != true
    else {
      return ["bearer: \(boundList(old)) → \(boundList(new))"]
    }
    let added = after.filter { !before.contains($0) }
    let removed = before.filter { !after.contains($0) }
    return (added.isEmpty ? [] : ["bearers added: " + added.joined(separator: ", ")])
      + (removed.isEmpty ? [] : ["bearers removed: " + removed.joined(separator: ", ")])
  }

  /// The parties bound, for a line that compares bearers: a list's bodies rather than its words.
  static func boundList(_ obligation: Obligation) -> String {
    obligation.bearer?.listed.map { $0.joined(separator: ", ") } ?? partyList(obligation)
  }

  static func partyList(_ obligation: Obligation) -> String {
    obligation.bearer?.names ?? "(not stated)"
  }

  private static func timing(_ obligation: Obligation) -> String {
    obligation.timing.isEmpty ? "(none)" : obligation.timing.map(\.text).joined(separator: "; ")
  }
}
