import Duties
import DutiesTestSupport
import Testing

/// The code of the DocC articles "Comparing revisions" and "Writing registers", run on the example
/// documents: what the articles show compiles and does what they say.
@Suite struct DocumentationSnippetTests {
  @Test func comparingRevisions() throws {
    let reader = DocumentReader()
    let old = try reader.read(path: SharedCorpus.demo("joint-working-guidance/2011-10-guidance.xml").path)
    let new = try reader.read(
      path: SharedCorpus.demo("joint-working-guidance/2011-11-guidance-revised.md").path)
    let comparison = RevisionDiffer(order: .document).compare(old: old, new: new)
    #expect(!comparison.realChanges.isEmpty)
    let markdown = ComparisonText.markdown(comparison)
    let csv = ComparisonText.csv(comparison)
    let json = try JSONOutput.pretty(comparison)
    let page = ComparisonHTML.render(comparison)
    let several = ComparisonHTML.render([comparison, comparison])
    #expect(markdown.contains("STRENGTHENED") || markdown.contains("strengthened"))
    #expect(csv.hasPrefix("change,") && json.hasPrefix("{") && page.hasPrefix("<!DOCTYPE html>"))
    #expect(several.contains("2 comparisons."))
  }

  @Test func writingRegisters() throws {
    let reader = DocumentReader()
    let extractor = ObligationExtractor()
    var documents: [(document: Document, obligations: [Obligation])] = []
    for path in ["2005-03-green-paper.md", "2006-01-white-paper.txt", "2007-10-guidance.md"] {
      let document = try reader.read(path: SharedCorpus.demo("integration-papers/" + path).path)
      documents.append((document, extractor.extract(from: document)))
    }
    let register = RegisterBuilder(kinds: [.duty, .prohibition]).build(documents)
    #expect(!register.parties.isEmpty)
    #expect(register.parties.allSatisfy { section in section.entries.allSatisfy { $0.kind.isBinding } })
    let markdown = RegisterText.markdown(register)
    let csv = RegisterText.csv(register)
    let json = try JSONOutput.pretty(register)
    let page = RegisterHTML.render(register)
    #expect(!markdown.isEmpty && !csv.isEmpty && json.hasPrefix("{") && page.contains("id=\"party-filter\""))
  }
}
