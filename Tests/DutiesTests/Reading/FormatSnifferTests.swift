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
    ("", .text),
  ])
  func sniffsByContent(_ sample: (String, DocumentFormat)) {
    #expect(FormatSniffer.sniff(Array(sample.0.utf8)) == sample.1)
  }

  @Test func extensionIsIgnoredAndOverrideWins() throws {
    let markdown = "# Guidance\n\n- Councils must publish a plan.\n"
    let sniffed = try DocumentReader().read(string: markdown, path: "note.xml")
    #expect(sniffed.metadata.format == .markdown)
    let forced = try DocumentReader().read(string: markdown, path: "note.xml", format: .text)
    #expect(forced.metadata.format == .text)
  }
}
