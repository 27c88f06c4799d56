import Duties
import DutiesTestSupport
import Testing

@Suite struct ComparisonHTMLTests {
  func comparison(all: Bool = false) throws -> DocumentComparison {
    let reader = DocumentReader()
    return RevisionDiffer(includesUnchanged: all).compare(
      old: try reader.read(
        string: "# A\n\nThe council should consult.\n\n# B\n\nSchools must open.\n", path: "old.md"),
      new: try reader.read(
        string: "# A\n\nThe council must consult.\n\n# B\n\nSchools must open.\n\nSchools may close.\n",
        path: "new.md"))
  }

  @Test func everyChangeCarriesWhatTheReviewerNeeds() throws {
    let comparison = try comparison(all: true)
    let html = ComparisonHTML.render(comparison)
    for change in comparison.realChanges {
      #expect(html.contains("data-id=\"\(change.id)\""))
      #expect(html.contains("<code class=\"id\">\(change.id)</code>"))
    }
    #expect(html.contains("data-obligation=\"duty\" data-bearer=\"council\" data-section=\"A\""))
    // One decision control per change; the unchanged obligation is shown without one.
    #expect(
      html.components(separatedBy: "<select class=\"decision\">").count - 1 == comparison.realChanges.count)
    #expect(html.contains("data-kind=\"unchanged\" data-obligation=\"duty\""))
    #expect(
      !html.contains(
        "data-kind=\"unchanged\" data-obligation=\"duty\" data-bearer=\"school\" data-section=\"B\" data-id"))
    #expect(html.contains("<option value=\"A\">A</option><option value=\"B\">B</option>"))
    #expect(html.contains("<option value=\"permission\">permission</option>"))
    #expect(!html.contains("src=\"http") && !html.contains("<link"))
  }

  @Test func theDecisionsAlreadyTakenAreInThePage() throws {
    let comparison = try comparison()
    let id = comparison.changes[0].id
    let file = ReviewFile(decisions: [
      ReviewDecision(change: id, decision: .waived, by: "Ann", reason: "see </script><b>"),
      ReviewDecision(change: "ch-000000000000", decision: .accepted),
    ])
    let html = ComparisonHTML.render(comparison.reviewed(with: file, on: "2027-01-01"), decisions: file)
    let start = try #require(html.range(of: "<script type=\"application/json\" id=\"review-file\">"))
    let end = try #require(html[start.upperBound...].range(of: "</script>"))
    let embedded = String(html[start.upperBound..<end.lowerBound])
    // The text of the file, its "<", ">" and "&" escaped so that nothing can close the script element.
    #expect(embedded.contains("\"reason\" : \"see \\u003c/script\\u003e\\u003cb\\u003e\""))
    #expect(!embedded.contains("<"))
    #expect(embedded.contains("ch-000000000000"))
    #expect(try ReviewFile(json: Array(embedded.utf8), path: "page") == file)
  }

  @Test func citationsLinkToTheirPlaceRelativeToTheReport() throws {
    let reader = DocumentReader()
    let comparison = RevisionDiffer(includesUnchanged: false).compare(
      old: try reader.read(string: "The council should consult.\n", path: "policy/old version.md"),
      new: try reader.read(string: "The council must consult.\n", path: "/srv/policy/new.md"))
    let html = ComparisonHTML.render(comparison)
    #expect(html.contains("<a href=\"policy/old%20version.md#L1\">"))
    #expect(html.contains("<a href=\"file:///srv/policy/new.md#L1\">"))
    let git = RevisionDiffer(includesUnchanged: false).compare(
      old: try reader.read(string: "The council should consult.\n", path: "HEAD~1:policy.md"),
      new: try reader.read(string: "The council must consult.\n", path: "policy.md"))
    let revisions = ComparisonHTML.render(git)
    #expect(!revisions.contains("href=\"HEAD") && revisions.contains("<a href=\"policy.md#L1\">"))
  }
}
