import Foundation

/// Obligations as CSV, Markdown and a terminal listing.
public enum ObligationTable {
  /// The CSV columns, stable across versions.
  public static let csvHeader = [
    "document", "id", "section", "line", "column", "kind", "trigger", "bearer", "parties", "beneficiary",
    "action", "conditions", "timing", "references", "sentence", "proposed", "basis", "meaning", "page",
    "subject", "restated", "key",
  ]

  /// How many of ``csvHeader``'s columns there were when `corpus export` added its "title" and
  /// "format" after them; columns added since go after those.
  public static let csvColumnsBeforeExport = 19

  /// One CSV row per obligation.
  public static func csvRows(_ obligations: [Obligation], document: String) -> [[String]] {
    obligations.map { obligation in
      [
        document, obligation.id, obligation.section, String(obligation.location.line),
        String(obligation.location.column), obligation.kind.rawValue, obligation.trigger.text,
        obligation.bearer?.text ?? "", obligation.bearer?.parties.joined(separator: "; ") ?? "",
        obligation.beneficiary?.parties.joined(separator: "; ") ?? "", obligation.action,
        obligation.conditions.map { "\($0.kind.rawValue): \($0.text)" }.joined(separator: " | "),
        obligation.timing.map(\.text).joined(separator: " | "),
        obligation.references.joined(separator: " | "),
        obligation.sentence, obligation.proposed?.rawValue ?? "", obligation.basis ?? "",
        obligation.meaning ?? "", obligation.location.page.map(String.init) ?? "", obligation.subject ?? "",
        obligation.restated == true ? "true" : "", obligation.key ?? "",
      ]
    }
  }

  /// A Markdown table per document.
  public static func markdown(_ obligations: [Obligation], document: Document) -> String {
    var output = "## \(MarkdownText.escaped(document.metadata.title ?? document.path))\n\n"
    output += "\(MarkdownText.code(document.path)) · \(Plural.count(obligations.count, "obligation"))\n\n"
    guard !obligations.isEmpty else { return output + "No obligations found.\n" }
    return output + markdownTable(obligations)
  }

  /// The Markdown table of obligations, without a heading: where, kind, who, what, conditions and timing.
  public static func markdownTable(_ obligations: [Obligation]) -> String {
    var output = "| Where | Kind | Who | What | Conditions and timing |\n|---|---|---|---|---|\n"
    for obligation in obligations {
      let who =
        obligation.bearer.map { $0.implicit ? "*(the reader)*" : cell($0.parties.joined(separator: ", ")) }
        ?? "*(not stated)*"
      let extra = obligation.conditions.map(\.text) + obligation.timing.map(\.text)
      output +=
        "| \(cell(obligation.section.isEmpty ? "—" : obligation.section)) (line \(obligation.location.line)) | "
        + "\(obligation.kind.rawValue) | \(who) | \(cell(obligation.action)) | \(cell(extra.joined(separator: "; "))) |\n"
    }
    return output
  }

  /// Document text in a table cell: escaped, so that neither markup nor a pipe in it acts.
  private static func cell(_ text: String) -> String { MarkdownText.escaped(text) }

  /// A listing for people in a terminal, with colour when asked for.
  public static func text(_ obligations: [Obligation], document: Document, color: Bool, width: Int = 100)
    -> String
  {
    let style = TerminalStyle(enabled: color)
    var output = style.bold(document.metadata.title ?? document.path) + "\n"
    var counts: [ObligationKind: Int] = [:]
    for obligation in obligations { counts[obligation.kind, default: 0] += 1 }
    let summary = ObligationKind.allCases.compactMap { kind in
      counts[kind].map { Plural.count($0, kind.rawValue, plural: kind.pluralName) }
    }
    output +=
      style.dim(
        "\(document.path) · \(Plural.count(obligations.count, "obligation"))"
          + (summary.isEmpty ? "" : ": " + summary.joined(separator: ", "))) + "\n"
    var lastSection: String?
    for obligation in obligations {
      if obligation.section != lastSection {
        output += "\n" + style.bold(obligation.section.isEmpty ? "(no section)" : obligation.section) + "\n"
        lastSection = obligation.section
      }
      let who =
        obligation.bearer?.names ?? (obligation.subject == nil ? "(bearer not stated)" : "(on a thing)")
      let kind = style.kind(obligation.kind, obligation.kind.rawValue.uppercased())
      output += "  \(kind) \(style.bold(who)) — \(obligation.action)\n"
      for condition in obligation.conditions {
        output +=
          "      " + style.dim("\(condition.kind.rawValue): ") + truncated(condition.text, width: width - 10)
          + "\n"
      }
      for timing in obligation.timing {
        output += "      " + style.dim("\(timing.kind.rawValue): ") + timing.text + "\n"
      }
      output += "      " + style.dim(citation(obligation)) + "\n"
    }
    return output
  }

  /// Where an obligation is, as JSON and CSV give it (an item of a list at its own line), and its modal
  /// word: "policy.md:5:5 “must”", or "policy.md:5:5 “must” (line 3)" where the word is in a lead-in
  /// on another line.
  static func citation(_ obligation: Obligation) -> String {
    let trigger = obligation.trigger
    let elsewhere =
      trigger.location.line != obligation.location.line || trigger.location.page != obligation.location.page
    return "\(obligation.location) “\(trigger.text)”"
      + (elsewhere
        ? " (\(trigger.location.page.map { "page \($0), " } ?? "")line \(trigger.location.line))" : "")
  }

  private static func truncated(_ text: String, width: Int) -> String {
    text.count > width ? String(text.prefix(width - 1)) + "…" : text
  }
}
