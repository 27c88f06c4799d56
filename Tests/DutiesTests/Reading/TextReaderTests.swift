import Testing

@testable import Duties

@Suite struct TextReaderTests {
  @Test func headingsNumberedParagraphsAndLists() throws {
    let text = """
      Part 1
      Joint working

      3. Joining up care

      3.1 Primary care trusts must agree joint plans
      with councils by April 2007.

      3.2 Each plan must—
      (a) set out shared outcomes;
      (b) name a lead officer.
      """
    let document = try DocumentReader().read(string: text, path: "paper.txt")
    var paths: [String: Int] = [:]
    document.walk { paths[$0.sectionPath.sectionPathDescription] = $0.node.location.line }
    #expect(paths["Part 1 › 3 › 3.1"] == 4 + 2)
    #expect(paths["Part 1 › 3 › 3.2 › (b)"] == 11)
    var text31: String?
    document.walk { if $0.node.number == "3.1" { text31 = $0.node.text?.string } }
    #expect(text31 == "Primary care trusts must agree joint plans with councils by April 2007.")
  }

  /// A word broken at a line end by a hyphen is mended: the hyphen goes for a split word, and stays
  /// after a prefix ("co-"), before a compound's usual second part ("-level"), or where the document
  /// writes the compound with it elsewhere.
  @Test func wordsBrokenAtALineEndAreMended() throws {
    let text = """
      The council must agree the partner-
      ship plan, publish the co-
      operation rules, take a system-
      level view and name a site-
      specific lead for each site-specific plan.
      """
    let document = try DocumentReader().read(string: text, path: "paper.txt")
    var sentence: String?
    document.walk { if let text = $0.node.text?.string, text.contains("council") { sentence = text } }
    #expect(
      sentence
        == "The council must agree the partnership plan, publish the co-operation rules, take a system-level view and name a site-specific lead for each site-specific plan."
    )
  }

  /// A first line standing alone, with no full stop, is the file's title: not a sentence of its own
  /// (an imperative "Review…") and not the start of the paragraph after it.
  @Test func aFirstLineStandingAloneIsTheTitle() throws {
    let document = try DocumentReader().read(
      string: "Review of waste collection\n\nCouncils must publish their collection days.\n",
      path: "notes.txt")
    #expect(document.metadata.title == "Review of waste collection")
    var texts: [String] = []
    document.walk { if let text = $0.node.text?.string { texts.append(text) } }
    #expect(texts == ["Councils must publish their collection days."])
    let found = ObligationExtractor().extract(from: document)
    #expect(found.map(\.action) == ["publish their collection days"])
    #expect(found.first?.bearer?.parties == ["council"])
  }

  /// Only the file's own first line can be its title: not a line after a heading, nor a bulleted item.
  @Test func noLineAfterAHeadingOrABulletIsTheTitle() throws {
    for text in [
      "1. Overview\n\nProtect the deposit within 30 days\n",
      "- Protect the deposit within 30 days\n\nMore text follows.\n",
    ] {
      let found = ObligationExtractor().extract(
        from: try DocumentReader().read(string: text, path: "a.txt", format: .text))
      #expect(found.map(\.form) == [.imperative], "\(text)")
    }
  }

  /// A table of contents is neither headings nor text, and "Chapter 2", "Chapter 3"… are headings
  /// however many chapters there are (not a running line repeated on every page).
  @Test func contentsAreSkippedAndChaptersAreHeadings() throws {
    let text = """
      Better local transport

      Contents

      1. Buses                      3
      2. Trains ................... 5
      3. Roads                      8

      Chapter 1

      1.1 Councils should publish bus timetables.

      Chapter 2

      2.1 Operators must publish fares.

      Chapter 3

      3.1 Councils must repair potholes.
      """
    let document = try DocumentReader().read(string: text, path: "paper.txt")
    var paths: [String] = []
    document.walk { if $0.node.text != nil { paths.append($0.sectionPath.sectionPathDescription) } }
    #expect(paths == ["Chapter 1 › 1.1", "Chapter 2 › 2.1", "Chapter 3 › 3.1"])
    #expect(!PlainTextReader.isContentsEntry("Total amount payable 250"))
    #expect(PlainTextReader.isContentsEntry("Foreword ........ 3"))
  }

  /// Letters inserted by amendment ("(ca)", "(cc)") and "(c)" or "(l)" are letters, not roman numerals:
  /// items are never numbered to fifty, so "(c)" after "(cb)" is the next item, not a sub-item.
  @Test func insertedLettersAreItemsOfTheSameList() throws {
    let text = """
      2 Duty

      (2) The bodies are—

      (a) . . . . . . . .

      (cb) clinical commissioning groups;

      (cc) local authorities;

      (c) National Health Service trusts;

      (d) Monitor.
      """
    let document = try DocumentReader().read(string: text, path: "act.txt")
    var paths: [String] = []
    document.walk { paths.append($0.sectionPath.sectionPathDescription) }
    #expect(
      paths.filter { $0.hasPrefix("2 › (2) › ") } == [
        "2 › (2) › (a)", "2 › (2) › (cb)", "2 › (2) › (cc)", "2 › (2) › (c)", "2 › (2) › (d)",
      ])
  }

  @Test func pdfNoiseDoesNotBreakSentences() throws {
    var lines: [String] = []
    for page in 1...4 {
      lines.append("Our health, our care, our say")
      lines.append("")
      lines.append("\(page).1 Councils and primary care trusts must work together to improve co-")
      lines.append("operation and joint arrange-")
      lines.append("ments for adults in their area.")
      lines.append("")
      lines.append("\(page * 10)")
      lines.append("")
    }
    let document = try DocumentReader().read(string: lines.joined(separator: "\n"), path: "white.txt")
    var texts: [String] = []
    document.walk { if let text = $0.node.text?.string { texts.append(text) } }
    #expect(texts.count == 4)
    #expect(
      texts.first
        == "Councils and primary care trusts must work together to improve co-operation and joint arrangements for adults in their area."
    )
    #expect(!texts.joined().contains("Our health"))
    var location: Duties.SourceLocation?
    document.walk { if $0.node.number == "2.1" { location = document.location(of: $0.node.text!, at: 0) } }
    #expect(location?.line == 11)
    #expect(location?.column == 5)
  }

  /// "(i)" and "(ii)" under an inserted "(ha)" are roman numerals inside it.
  @Test func romanItemsUnderAnInsertedLetter() throws {
    let text = """
      3 Duties

      (1) The authority must—

      (h) publish the register;

      (ha) where a complaint is made—

      (i) acknowledge it within 3 days, and

      (ii) decide it within 28 days.
      """
    let document = try DocumentReader().read(string: text, path: "act.txt")
    var paths: [String] = []
    document.walk { paths.append($0.sectionPath.sectionPathDescription) }
    #expect(paths.contains("3 › (1) › (ha) › (i)"))
    #expect(paths.contains("3 › (1) › (ha) › (ii)"))
  }
}
