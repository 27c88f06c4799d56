import Duties
import Testing

/// Document text in Markdown output is data: nothing in it renders as a link, an image or HTML.
@Suite struct MarkdownTextTests {
  @Test func markupInDocumentTextIsEscaped() {
    #expect(
      MarkdownText.escaped("publish [a plan](javascript:alert(1)) and ![x](https://e.example/x.png)")
        == #"publish \[a plan\](javascript:alert(1)) and \!\[x\](https://e.example/x.png)"#)
    #expect(
      MarkdownText.escaped("<img src=x onerror=alert(1)> | *a* _b_ `c` ~d~ #e &f")
        == ##"\<img src=x onerror=alert(1)\> \| \*a\* \_b\_ \`c\` \~d\~ \#e \&f"##)
    #expect(MarkdownText.escaped("two\nlines") == "two lines")
  }

  @Test func bidirectionalControlsAreReplaced() {
    #expect(
      MarkdownText.escaped("the \u{202E}dlrow\u{202C} and \u{2066}x\u{2069}")
        == "the \u{FFFD}dlrow\u{FFFD} and \u{FFFD}x\u{FFFD}")
    #expect(
      TerminalText.safe("the \u{202E}dlrow\u{202C} notice — “quoted”")
        == "the \u{FFFD}dlrow\u{FFFD} notice — “quoted”")
  }

  @Test func codeSpansOutlastTheBackticksInside() {
    #expect(MarkdownText.code("a/b.md") == "`a/b.md`")
    #expect(MarkdownText.code("odd`name.md") == "``odd`name.md``")
    #expect(MarkdownText.code("`start.md") == "`` `start.md ``")
  }

  @Test func reportsInMarkdownCarryNoLiveContent() throws {
    let source = "The council must publish [a plan](javascript:alert(1)) and <img src=x onerror=alert(1)>.\n"
    let document = try DocumentReader().read(string: source, path: "policy.txt")
    let obligations = ObligationExtractor().extract(from: document)
    let table = ObligationTable.markdown(obligations, document: document)
    #expect(!table.contains("plan](javascript:"))
    #expect(!table.contains(" <img"))
    let empty = try DocumentReader().read(string: "Nothing here.\n", path: "old.txt")
    let comparison = RevisionDiffer().compare(old: empty, new: document)
    let report = ComparisonText.markdown(comparison)
    #expect(report.contains(#"\[a plan\](javascript:alert(1))"#))
    #expect(!report.contains(" <img"))
  }
}
