import Duties
import Testing

@Suite struct MarkdownReaderTests {
  @Test func frontMatterHeadingsListsAndLocations() throws {
    let markdown = """
      ---
      title: "Joint working guidance"
      identifier: dh-joint-working
      date: 2011-11-14
      ---
      # Joint working guidance

      ## 2. Care Trusts

      2.1 The cluster board **must** take account of [Care Trust](https://example.org) arrangements.[^1]

      2.2 Each cluster must—

      - (a) agree a plan;
      - (b) publish it.

      [^1]: See the annex.
      """
    let document = try DocumentReader().read(string: markdown, path: "guidance.md")
    #expect(document.metadata.title == "Joint working guidance")
    #expect(document.metadata.identifier == "dh-joint-working")
    #expect(document.metadata.version == "2011-11-14")
    var visits: [String: NodeVisit] = [:]
    document.walk { visits[$0.sectionPath.sectionPathDescription] = $0 }
    let paragraph = try #require(visits["2 › 2.1"])
    #expect(paragraph.node.text?.string == "The cluster board must take account of Care Trust arrangements.")
    #expect(paragraph.node.location.line == 10)
    let run = try #require(paragraph.node.text)
    let careTrust = run.string.utf8.firstIndex(of: UInt8(ascii: "C"))!
    let offset = run.string.utf8.distance(from: run.string.utf8.startIndex, to: careTrust)
    let location = document.location(of: run, at: offset)
    #expect(location.line == 10)
    #expect(location.column == 49)
    #expect(visits["2 › 2.2 › (b)"]?.node.text?.string == "publish it.")
    #expect(document.annotations.contains { $0.kind == .footnote && $0.label == "1" })
    #expect(document.annotations.contains { $0.kind == .marker && $0.label == "1" })
  }

  @Test func bulletsAfterALeadInBelongToIt() throws {
    let markdown = "## Duties\n\nYou must:\n\n- keep records\n- report incidents\n\nOther text.\n"
    let document = try DocumentReader().read(string: markdown, path: "x.md")
    let section = try #require(document.children.first)
    let leadIn = try #require(section.children.first)
    #expect(leadIn.text?.string == "You must:")
    #expect(leadIn.children.map(\.kind) == [.listItem, .listItem])
    #expect(section.children.last?.text?.string == "Other text.")
  }

  @Test func codeBlocksAndCommentsAreLeftOut() throws {
    let markdown = "# T\n\n```\nyou must not see this\n```\n<!-- nor\nthis -->\nVisible.\n"
    let document = try DocumentReader().read(string: markdown, path: "x.md")
    var texts: [String] = []
    document.walk { if let text = $0.node.text?.string { texts.append(text) } }
    #expect(texts == ["Visible."])
  }

  private func texts(_ markdown: String) throws -> [String] {
    var texts: [String] = []
    try DocumentReader().read(string: markdown, path: "x.md").walk {
      if let text = $0.node.text?.string { texts.append(text) }
    }
    return texts
  }

  @Test func tomlFrontMatterIsMetadataNotText() throws {
    let markdown = """
      +++
      title = "Waste policy"
      date = 2026-01-05
      authors = ["Policy team", 'Legal']
      note = "The board must sign this"
      [params]
      review = "annual"
      +++
      The council must collect waste weekly.
      """
    let document = try DocumentReader().read(string: markdown, path: "policy.md")
    #expect(document.metadata.title == "Waste policy")
    #expect(document.metadata.version == "2026-01-05")
    #expect(document.metadata.properties["authors"] == "Policy team, Legal")
    #expect(document.metadata.properties["params.review"] == "annual")
    #expect(try texts(markdown) == ["The council must collect waste weekly."])
  }

  @Test func linkReferenceDefinitionsAreNotText() throws {
    let markdown = """
      # Policy

      The council must follow the [guidance][g] and the [code][c].

      [g]: https://example.org/guidance "The board must read this"
      [c]: <https://example.org/code>
      [Note]: this is text, not a definition, because its title is not quoted.
      """
    #expect(
      try texts(markdown) == [
        "The council must follow the guidance and the code.",
        "[Note]: this is text, not a definition, because its title is not quoted.",
      ])
  }
}

extension MarkdownReaderTests {
  @Test func kramdownFrontMatterEndsAtAPartMarker() throws {
    let markdown =
      "---\ntitle: Service Names in TLS\ndocname: draft-x\n--- abstract\n\nThe abstract.\n\n--- middle\n\n# Intro\n\nClients MUST check.\n"
    let document = try DocumentReader().read(string: markdown, path: "draft.md")
    #expect(document.metadata.title == "Service Names in TLS")
    var texts: [String] = []
    document.walk { if let text = $0.node.text?.string { texts.append(text) } }
    #expect(texts == ["The abstract.", "Clients MUST check."])
  }
}

extension MarkdownReaderTests {
  /// Paragraph lines are recognised by their first byte; every other kind of line, with an ASCII or a
  /// non-ASCII first character, still is what it was.
  @Test func linesAreToldApartByTheirFirstCharacter() throws {
    let markdown = """
      # Title

      Plain text goes on
      (a) on a line with a bracket
      "and a quotation mark".

      • a bullet
      + another

      ١. An item numbered in Arabic digits.

      > A quoted line.

      | cell | other |
      |---|---|

      ***

      A setext heading
      ----------------

      [^9]: A footnote.
      """
    let document = try DocumentReader().read(string: markdown, path: "kinds.md")
    var texts: [String] = []
    var headings: [String] = []
    document.walk { visit in
      if let text = visit.node.text?.string { texts.append(text) }
      if let heading = visit.node.heading?.string { headings.append(heading) }
    }
    #expect(
      texts == [
        "Plain text goes on (a) on a line with a bracket \"and a quotation mark\".", "a bullet", "another",
        "١. An item numbered in Arabic digits.", "A quoted line.",
      ])
    #expect(document.metadata.title == "Title")
    // A table's header row: its cells head their columns.
    #expect(headings == ["cell", "other", "A setext heading"])
    #expect(document.annotations.contains { $0.kind == .footnote && $0.label == "9" })
  }
}

/// Markdown with HTML in it reads as Markdown, the HTML as its text (issue #22).
@Suite struct MarkdownWithHTMLTests {
  func actions(_ text: String) throws -> [String] {
    let document = try DocumentReader().read(string: text, path: "note.md")
    #expect(document.metadata.format == .markdown)
    return ObligationExtractor().extract(from: document).map(\.action)
  }

  @Test func anAnchorBeforeAHeading() throws {
    let text = "<a name=\"sec5\"></a>\n# 5. Duties\n\nThe council must publish a plan.\n"
    let document = try DocumentReader().read(string: text, path: "note.md")
    let obligations = ObligationExtractor().extract(from: document)
    #expect(obligations.map(\.action) == ["publish a plan"])
    #expect(obligations.first?.location.line == 4)
  }

  @Test func commentsAreNotText() throws {
    #expect(
      try actions("<!-- a draft note: the board must not see this -->\n# Title\n\nThe council must act.\n")
        == ["act"])
    #expect(
      try actions("# Title\n\n<!--\nThe board must not appear.\n-->\n\nThe council must act.\n") == ["act"])
  }

  @Test func wrappersKeepTheirText() throws {
    #expect(
      try actions(
        "<div align=\"center\">\n\n# Title\n\n</div>\n\n<p>The council must publish a plan.</p>\n\n"
          + "<div>\nThe board must keep records.\n</div>\n") == ["publish a plan", "keep records"])
  }

  @Test func aLineBreakTagSeparatesWordsAndInlineTagsDoNot() throws {
    #expect(try actions("# Title\n\nThe trust may<br>review <b>its</b> plan.\n") == ["review its plan"])
    #expect(try actions("# Title\n\nThe council must pub<span>lish</span> a plan.\n") == ["publish a plan"])
  }
}

extension MarkdownReaderTests {
  /// Front matter as people write it is not always valid YAML: a title with a colon in it still
  /// gives the title and the other keys, and never body text.
  @Test func frontMatterThatIsNotValidYAMLIsReadByLines() throws {
    let markdown = """
      ---
      title: Joint plans: statutory guidance
      type: 'statutory guidance'
        nested: left out
      ---

      # 1. Joint plans

      Councils must agree a joint plan.
      """
    let document = try DocumentReader().read(string: markdown, path: "guidance.md")
    #expect(document.metadata.title == "Joint plans: statutory guidance")
    #expect(document.metadata.properties["type"] == "statutory guidance")
    #expect(document.metadata.properties["nested"] == nil)
    var texts: [String] = []
    document.walk { if let text = $0.node.text?.string { texts.append(text) } }
    #expect(texts == ["Councils must agree a joint plan."])
  }
}
