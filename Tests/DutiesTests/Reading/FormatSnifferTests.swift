import Duties
import Testing

@Suite struct FormatSnifferTests {
  @Test(arguments: [
    ("<Legislation xmlns=\"http://www.legislation.gov.uk/namespaces/legislation\"/>", DocumentFormat.clml),
    (
      "<?xml version=\"1.0\"?>\n<!-- c -->\n<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"/>",
      .akn
    ),
    ("<bill xmlns=\"http://schemas.gpo.gov/xml/uslm\"/>", .uslm),
    ("<uslm:bill xmlns:uslm=\"http://schemas.gpo.gov/xml/uslm\"/>", .uslm),
    ("<catalogue><item>x</item></catalogue>", .xml),
    ("<!DOCTYPE html>\n<html><body><p>x</p></body></html>", .html),
    ("<html><body>x</body></html>", .html),
    ("---\ntitle: X\n---\nText", .markdown),
    ("# Heading\n\nSome text with a [link](http://x).\n", .markdown),
    ("1. Introduction\n\nThe council must act.\n", .text),
    // Markdown that begins with HTML is still Markdown (issue #22).
    ("<a name=\"sec5\"></a>\n# Section 5\n\nThe council must act.\n", .markdown),
    ("<!-- draft -->\n# Title\n\nThe council must act.\n", .markdown),
    ("<!-- draft -->\nThe council must act.\n", .text),
    ("<div align=\"center\">\n\n# Title\n\n</div>\n\nThe council must act.\n", .markdown),
    ("<?xml version=\"1.0\"?>\n<a>\n# not a heading\n</a>\n", .xml),
    ("", .text),
  ])
  func sniffsByContent(_ sample: (String, DocumentFormat)) {
    #expect(FormatSniffer.sniff(Array(sample.0.utf8)) == sample.1)
  }

  /// The extension is a hint only where the content allows both: HTML in a `.md` file is Markdown.
  @Test func markdownExtensionTipsMarkupWithoutADeclaration() {
    let html = Array("<div>\n<p>The council must act.</p>\n</div>\n".utf8)
    #expect(FormatSniffer.sniff(html, pathExtension: "md") == .markdown)
    #expect(FormatSniffer.sniff(html) == .xml)
    let declared = Array("<?xml version=\"1.0\"?>\n<note>The council must act.</note>\n".utf8)
    #expect(FormatSniffer.sniff(declared, pathExtension: "md") == .xml)
    let page = Array("<!DOCTYPE html>\n<html><body><p>x</p></body></html>".utf8)
    #expect(FormatSniffer.sniff(page, pathExtension: "markdown") == .html)
  }

  @Test func contentDecidesAndOverrideWins() throws {
    let markdown = "# Guidance\n\n- Councils must publish a plan.\n"
    let sniffed = try DocumentReader().read(string: markdown, path: "note.txt")
    #expect(sniffed.metadata.format == .markdown)
    // A name that promises XML is held to it (FileKindCheckTests); a given format wins over both.
    let forced = try DocumentReader().read(string: markdown, path: "note.xml", format: .text)
    #expect(forced.metadata.format == .text)
  }
}
