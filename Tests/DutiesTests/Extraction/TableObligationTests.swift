import DutiesTestSupport
import Testing

@testable import Duties

/// Tables that assign duties ("Body | Action | Deadline") are read row by row, in every format that
/// has tables; a cell is cited where it is, and a table that assigns nothing binds no reader.
@Suite struct TableObligationTests {
  static let markdown = """
    # Exceptions policy

    ## 3 Who does what

    The following bodies must carry out these actions:

    | Body | Action | Deadline |
    |---|---|---|
    | Board | Review each exception | 30 days |
    | Finance team | Report spending to the board | quarterly |
    | Audit committee | Check the register | |
    """

  func rows(_ document: Document) -> [String] {
    ObligationExtractor().extract(from: document).map { obligation in
      let timing = obligation.timing.map { "\($0.kind.rawValue): \($0.text)" }.joined(separator: ", ")
      return
        "\(obligation.kind.rawValue) | \(obligation.bearer?.text ?? "-") | \(obligation.action) | \(timing)"
    }
  }

  static let expected = [
    "duty | Board | review each exception | deadline: within 30 days",
    "duty | Finance team | report spending to the board | frequency: quarterly",
    "duty | Audit committee | check the register | ",
  ]

  @Test func aMarkdownTableUnderALeadIn() throws {
    let document = try DocumentReader().read(string: Self.markdown, path: "policy.md")
    #expect(rows(document) == Self.expected)
    let first = try #require(ObligationExtractor().extract(from: document).first)
    #expect(first.location.line == 9 && first.location.column == 11)  // the action cell
    #expect(first.section == "3" && first.trigger.text == "must")
  }

  @Test func anHTMLTable() throws {
    let html = """
      <!DOCTYPE html><html><body><main><h1>Exceptions policy</h1><h2>3 Who does what</h2>
      <p>The following bodies must carry out these actions:</p>
      <table><thead><tr><th>Body</th><th>Action</th><th>Deadline</th></tr></thead><tbody>
      <tr><td>Board</td><td>Review each exception</td><td>30 days</td></tr>
      <tr><td>Finance team</td><td>Report spending to the board</td><td>quarterly</td></tr>
      <tr><td>Audit committee</td><td>Check the register</td><td></td></tr>
      </tbody></table></main></body></html>
      """
    #expect(rows(try DocumentReader().read(string: html, path: "policy.html")) == Self.expected)
  }

  @Test func aWordTable() throws {
    let namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    func row(_ cells: [String]) -> String {
      "<w:tr>" + cells.map { "<w:tc><w:p><w:r><w:t>\($0)</w:t></w:r></w:p></w:tc>" }.joined() + "</w:tr>"
    }
    let body =
      "<w:p><w:r><w:t>The following bodies must carry out these actions:</w:t></w:r></w:p><w:tbl>"
      + row(["Body", "Action", "Deadline"]) + row(["Board", "Review each exception", "30 days"])
      + row(["Finance team", "Report spending to the board", "quarterly"])
      + "<w:tr><w:tc><w:p><w:r><w:t>Audit committee</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Check the "
      + "register</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>"
    let docx = HostileFiles.zip([
      .stored(
        "word/document.xml", "<w:document xmlns:w=\"\(namespace)\"><w:body>\(body)</w:body></w:document>")
    ])
    #expect(rows(try DocumentReader().read(bytes: docx, path: "policy.docx")) == Self.expected)
  }

  @Test func anOpenDocumentTable() throws {
    func row(_ cells: [String]) -> String {
      "<table:table-row>"
        + cells.map { "<table:table-cell><text:p>\($0)</text:p></table:table-cell>" }.joined()
        + "</table:table-row>"
    }
    let content = """
      <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
      xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
      xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:text>\
      <text:p>The following bodies must carry out these actions:</text:p><table:table>\
      <table:table-header-rows>\(row(["Body", "Action", "Deadline"]))</table:table-header-rows>\
      \(row(["Board", "Review each exception", "30 days"]))\
      \(row(["Finance team", "Report spending to the board", "quarterly"]))\
      <table:table-row><table:table-cell><text:p>Audit committee</text:p></table:table-cell><table:table-cell>\
      <text:p>Check the register</text:p></table:table-cell><table:table-cell/></table:table-row>\
      </table:table></office:text></office:body></office:document-content>
      """
    let odt = HostileFiles.zip([
      .stored("mimetype", "application/vnd.oasis.opendocument.text"), .stored("content.xml", content),
    ])
    #expect(rows(try DocumentReader().read(bytes: odt, path: "policy.odt")) == Self.expected)
  }

  @Test func aHeaderThatRequiresGivesTheKind() throws {
    let markdown = """
      # Roles

      | Lead body | Recommended action | Frequency |
      |---|---|---|
      | Each council | Publish its register | annually |
      """
    #expect(
      rows(try DocumentReader().read(string: markdown, path: "roles.md")) == [
        "recommendation | Each council | publish its register | frequency: annually"
      ])
  }

  /// A table that says nothing is required states no obligation, and its instructions are no duty
  /// of the reader; a sentence with a modal in a cell is still read.
  @Test func aTableThatAssignsNothing() throws {
    let markdown = """
      # Getting started

      | Step | Notes |
      |---|---|
      | Sign in | Use your council account. |
      | Upload the file | The council must keep a copy. |
      """
    #expect(
      rows(try DocumentReader().read(string: markdown, path: "steps.md")) == [
        "duty | The council | keep a copy | "
      ])
  }

  @Test func editingACellIsThatRowsChange() throws {
    let reader = DocumentReader()
    let new = Self.markdown.replacingOccurrences(of: "| 30 days |", with: "| 10 days |")
    let changes = RevisionDiffer().compare(
      old: try reader.read(string: Self.markdown, path: "old.md"),
      new: try reader.read(string: new, path: "new.md")
    ).realChanges
    #expect(changes.count == 1)
    #expect(changes.first?.aspects.contains(.timingChanged) == true)
    #expect(changes.first?.notes.contains("time limit shortened: within 30 days → within 10 days") == true)
  }

  /// A blank corner cell, and an exact header name winning over one that only starts with it.
  @Test func headersAsPeopleWriteThem() throws {
    let markdown = """
      # Actions

      The following must be done:

      | | Action | Action owner | Due date |
      |---|---|---|---|
      | 1 | Review each exception | Board | 10 working days |
      """
    #expect(
      rows(try DocumentReader().read(string: markdown, path: "actions.md")) == [
        "duty | Board | review each exception | deadline: within 10 working days"
      ])
  }
}
