/// A register as text for the terminal (80 columns), Markdown and CSV.
public enum RegisterText {
  /// The terminal view, wrapped to `width` columns, coloured when asked.
  public static func terminal(_ register: ObligationRegister, color: Bool, width: Int = 80) -> String {
    let style = TerminalStyle(enabled: color)
    var output = style.bold("Obligation register") + "\n"
    for document in register.documents {
      output += wrap(
        style.dim("· " + (document.title.map { "\($0) — " } ?? "") + document.path), width: width,
        indent: "  ")
    }
    output += "\n" + headlineLines(register).map { wrap($0, width: width, indent: "  ") }.joined()
    for section in register.parties {
      output +=
        "\n" + style.bold(section.party.uppercased())
        + style.dim("  \(section.binding) binding of \(section.entries.count)") + "\n"
      if let names = section.writtenAs {
        output += wrap(
          style.dim("also written: " + names.joined(separator: ", ")), width: width, indent: "  ")
      }
      for entry in section.entries { output += line(entry, style: style, width: width) }
    }
    for section in register.things {
      output += "\n" + style.bold(section.thing.uppercased()) + style.dim("  requirements on a thing") + "\n"
      for entry in section.entries { output += line(entry, style: style, width: width) }
    }
    if !register.noStatedBearer.isEmpty {
      output += "\n" + style.bold("NO STATED BEARER") + style.dim("  passives without an agent") + "\n"
      for entry in register.noStatedBearer { output += line(entry, style: style, width: width) }
    }
    return output
  }

  static func headlineLines(_ register: ObligationRegister) -> [String] {
    let headline = register.headline
    let kinds = ObligationKind.allCases.compactMap { kind in
      headline.byKind[kind.rawValue].map { Plural.count($0, kind.rawValue, plural: kind.pluralName) }
    }
    var lines = [
      Plural.count(headline.total, "obligation") + ": "
        + (kinds.isEmpty ? "none" : kinds.joined(separator: ", ")) + "."
    ]
    if !headline.topParties.isEmpty {
      lines.append(
        "Most binding duties: "
          + headline.topParties.prefix(5).map { "\($0.party) (\($0.binding))" }.joined(separator: ", ") + ".")
    }
    lines.append(
      "Of the duties and prohibitions, \(percent(headline.bindingWithConditions)) carry conditions and "
        + "\(percent(headline.bindingWithTiming)) deadlines or frequencies.")
    return lines + commencementLines(register)
  }

  /// When the documents start to apply, as they say: the first few statements of each.
  static func commencementLines(_ register: ObligationRegister) -> [String] {
    let shown = 3
    var lines: [String] = []
    for document in register.documents {
      let commencements = document.commencements ?? []
      let place = register.documents.count > 1 ? " (\(document.path))" : ""
      for commencement in commencements.prefix(shown) {
        lines.append(
          "Commencement: \(commencement.scope) \(commencement.phrase) \(commencement.when)\(place).")
      }
      if commencements.count > shown {
        lines.append(
          "… and \(commencements.count - shown) more \(commencements.count - shown == 1 ? "commencement" : "commencements")\(place), in the JSON."
        )
      }
    }
    return lines
  }

  static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

  private static func line(_ entry: ObligationRegister.Entry, style: TerminalStyle, width: Int) -> String {
    let tag = entry.kind.rawValue.uppercased()
    var text = entry.action
    if entry.isJoint { text += " [joint with " + entry.jointWith.joined(separator: ", ") + "]" }
    var output = wrap(
      style.kind(entry.kind, tag) + " " + text, width: width + (style.enabled ? 11 : 0), indent: "  ",
      hanging: "      ")
    for detail in entry.conditions + entry.timing {
      output += wrap(detail, width: width, indent: "      ", hanging: "        ")
    }
    output += wrap(
      style.dim("\(entry.location.path):\(entry.location.line) · \(entry.section)"),
      width: width + (style.enabled ? 8 : 0), indent: "      ")
    return output
  }

  /// Wraps text at word boundaries; `hanging` indents the lines after the first.
  static func wrap(_ text: String, width: Int, indent: String, hanging: String? = nil) -> String {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ") {
      if current.isEmpty {
        current = (lines.isEmpty ? indent : (hanging ?? indent)) + word
      } else if current.count + 1 + word.count > width {
        lines.append(current)
        current = (hanging ?? indent) + word
      } else {
        current += " " + word
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Markdown for documents and email. Every piece of document text is escaped (``MarkdownText``).
  public static func markdown(_ register: ObligationRegister) -> String {
    let text = MarkdownText.escaped
    var output = "# Obligation register\n\n"
    for document in register.documents {
      output +=
        "- " + (document.title.map { "\(text($0)) — " } ?? "") + "\(MarkdownText.code(document.path))\n"
    }
    output += "\n" + headlineLines(register).map { "**\(text($0))**\n\n" }.joined()
    func entryLine(_ entry: ObligationRegister.Entry) -> String {
      var line = "- **\(entry.kind.rawValue)**: \(text(entry.action))"
      if entry.isJoint { line += " *(joint with \(text(entry.jointWith.joined(separator: ", "))))*" }
      for detail in entry.conditions + entry.timing { line += "; \(text(detail))" }
      let place = MarkdownText.code("\(entry.location.path):\(entry.location.line)")
      return line + " — \(place), \(entry.section.isEmpty ? "—" : text(entry.section))\n"
    }
    for section in register.parties {
      output += "## \(text(section.party))\n\n"
      if let names = section.writtenAs {
        output += "*Also written: \(text(names.joined(separator: ", ")))*\n\n"
      }
      for entry in section.entries { output += entryLine(entry) }
      output += "\n"
    }
    if !register.things.isEmpty {
      output += "## Requirements on things\n\n"
      for section in register.things {
        output += "### \(text(section.thing))\n\n"
        for entry in section.entries { output += entryLine(entry) }
        output += "\n"
      }
    }
    if !register.noStatedBearer.isEmpty {
      output += "## No stated bearer\n\n"
      for entry in register.noStatedBearer { output += entryLine(entry) }
    }
    return output
  }

  /// CSV: one row per obligation (and per party for joint ones), stable columns, RFC 4180.
  public static func csv(_ register: ObligationRegister) -> String {
    var writer = CSVWriter(header: [
      "document", "section", "line", "kind", "bearer", "parties", "action", "conditions", "timing",
      "sentence", "thing",
    ])
    let rows =
      register.parties.flatMap { section in section.entries.map { (section.party, "", $0) } }
      + register.things.flatMap { section in section.entries.map { ("", section.thing, $0) } }
      + register.noStatedBearer.map { ("", "", $0) }
    for (party, thing, entry) in rows {
      writer.append([
        entry.document, entry.section, String(entry.location.line), entry.kind.rawValue, party,
        ([party] + entry.jointWith).filter { !$0.isEmpty }.joined(separator: "; "), entry.action,
        entry.conditions.joined(separator: " | "), entry.timing.joined(separator: " | "), entry.sentence,
        thing,
      ])
    }
    return writer.text
  }
}
