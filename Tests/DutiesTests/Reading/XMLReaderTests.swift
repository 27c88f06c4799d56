import Duties
import Testing

@Suite struct XMLReaderTests {
  @Test func akomaNtosoLeadInListAndWrapUp() throws {
    let xml = """
      <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
        <act>
          <meta><identification source="#x"><FRBRWork><FRBRthis value="/akn/uk/act/2014/23/main"/>
            <FRBRuri value="/akn/uk/act/2014/23"/><FRBRdate date="2014-05-14" name="enacted"/>
            <FRBRname value="Care Act 2014"/></FRBRWork></identification></meta>
          <body>
            <section eId="sec_6"><num>6</num><heading>Co-operating generally</heading>
              <subsection eId="sec_6__subsec_1"><num>(1)</num>
                <intro><p>A local authority must co-operate with each of its relevant partners in&#160;the exercise of—</p></intro>
                <paragraph><num>(a)</num><content><p>their functions relating to adults, and</p></content></paragraph>
                <paragraph><num>(b)</num><content><p>their functions relating to carers,<authorialNote marker="1"><p>A note.</p></authorialNote></p></content></paragraph>
                <wrapUp><p>and may charge for it.</p></wrapUp>
              </subsection>
            </section>
          </body>
        </act>
      </akomaNtoso>
      """
    let document = try DocumentReader().read(string: xml, path: "care.xml")
    #expect(document.metadata.format == .akn)
    #expect(document.metadata.identifier == "/akn/uk/act/2014/23")
    #expect(document.metadata.version == "2014-05-14")
    #expect(document.metadata.title == "Care Act 2014")
    let section = try #require(document.children.first)
    #expect(section.number == "6")
    #expect(section.heading?.string == "Co-operating generally")
    let subsection = try #require(section.children.first)
    #expect(subsection.number == "(1)")
    #expect(subsection.text?.string.hasPrefix("A local authority must co-operate") == true)
    #expect(subsection.location.line == 8)
    #expect(subsection.children.map(\.number) == ["(a)", "(b)", nil])
    #expect(subsection.children[1].text?.string == "their functions relating to carers,")
    #expect(subsection.children[2].text?.string == "and may charge for it.")
    #expect(document.annotations.contains { $0.kind == .footnote && $0.text == "A note." })
    // A location inside the text, past a character reference.
    let run = try #require(subsection.text)
    let theIndex = run.string.utf8.count - "the exercise of—".utf8.count
    let location = document.location(of: run, at: theIndex)
    #expect(location.line == 9)
    let line = document.source.text(ofLine: 9)
    #expect(Array(line.utf8)[(location.column - 1)...].starts(with: Array("the exercise".utf8)))
  }

  @Test func uslmChapeauAndNumbers() throws {
    let xml = """
      <bill xmlns="http://schemas.gpo.gov/xml/uslm"><meta><dc:title xmlns:dc="http://purl.org/dc/elements/1.1/">A bill</dc:title></meta>
      <main><section><num value="2">SEC. 2.</num><heading>DUTIES.</heading>
      <subsection><num value="a">(a)</num><chapeau>The Secretary shall—</chapeau>
      <paragraph><num value="1">(1)</num><content>report annually; and</content></paragraph>
      </subsection></section></main></bill>
      """
    let document = try DocumentReader().read(string: xml, path: "bill.xml")
    #expect(document.metadata.format == .uslm)
    #expect(document.metadata.title == "A bill")
    var paths: [String] = []
    document.walk { paths.append($0.sectionPath.sectionPathDescription) }
    #expect(paths.contains("2 › (a) › (1)"))
    let subsection = try #require(document.children.first?.children.first)
    #expect(subsection.text?.string == "The Secretary shall—")
  }

  @Test func genericXMLIsNeverRefused() throws {
    let xml =
      "<policy><title>Data policy</title><clause>Staff must lock screens.</clause><misc><note-free>Keep it.</note-free></misc></policy>"
    let document = try DocumentReader().read(string: xml, path: "policy.xml")
    #expect(document.metadata.format == .xml)
    #expect(document.metadata.title == "Data policy")
    var texts: [String] = []
    document.walk { if let text = $0.node.text?.string { texts.append(text) } }
    #expect(texts == ["Staff must lock screens.", "Keep it."])
  }

  @Test func streamedXMLKeepsEveryPlace() throws {
    // Comments, processing instructions, empty and self-closing elements, CDATA and an entity reference
    // all move the source cursor as the reader passes them.
    let xml = """
      <?xml version="1.0"?>
      <!DOCTYPE doc [<!ENTITY custom "x">]>
      <?style href="a"?>
      <!-- before the root -->
      <doc><p>Intro<br/><b></b> text.</p>
      <p>The <![CDATA[council]]> &custom; <i>must</i> publish <!-- aside --> a plan.</p></doc>
      """
    let document = try DocumentReader().read(string: xml, path: "places.xml")
    var texts: [String] = []
    document.walk { if let text = $0.node.text?.string { texts.append(text) } }
    #expect(texts == ["Intro text.", "The council must publish a plan."])
    let obligation = try #require(ObligationExtractor().extract(from: document).first)
    #expect(obligation.trigger.location.line == 6)
    #expect(obligation.trigger.location.column == 40)
  }

  @Test func htmlMainContentWithoutChrome() throws {
    let html = """
      <!DOCTYPE html>
      <html><head><title>Guidance - GOV.UK</title><script>var must = 1;</script></head>
      <body><header><nav><a href="/">Home</a></nav></header>
      <main id="content"><h1>Joint working</h1>
      <h2>1. Duties</h2>
      <p>Councils <strong>must</strong> publish a plan&nbsp;annually.</p>
      <ul><li>one</li><li>two</li></ul>
      </main><footer>Cookies</footer></body></html>
      """
    let document = try DocumentReader().read(string: html, path: "page.html")
    #expect(document.metadata.format == .html)
    #expect(document.metadata.title == "Joint working")
    let section = try #require(document.children.first)
    #expect(section.number == "1")
    #expect(section.heading?.string == "Duties")
    #expect(section.children.first?.text?.string == "Councils must publish a plan\u{A0}annually.")
    #expect(section.children.first?.location.line == 6)
    var all = ""
    document.walk { all += ($0.node.text?.string ?? "") + " " }
    #expect(!all.contains("Home"))
    #expect(!all.contains("Cookies"))
    #expect(!all.contains("var must"))
  }

  private func actions(_ html: String, path: String = "page.html") throws -> [String] {
    ObligationExtractor().extract(from: try DocumentReader().read(string: html, path: path)).map(\.action)
  }

  @Test func htmlHiddenByStyleIsNotRead() throws {
    let html = """
      <!DOCTYPE html><html><body><main>
      <p>The council must publish a plan.</p>
      <div style="color: red; display : none">The board must approve it.</div>
      <p style="VISIBILITY:hidden">The board must sign it.</p>
      <p hidden>The board must file it.</p>
      </main></body></html>
      """
    #expect(try actions(html) == ["publish a plan"])
  }

  /// A `<header>` never closed holds the whole page once the parser recovers: its article is read.
  @Test func htmlWithAnUnclosedHeaderKeepsItsText() throws {
    let html = """
      <!DOCTYPE html><html><body><header><div class="logo">Council</div>
      <h1>Waste policy</h1>
      <p>The council must collect waste weekly.</p>
      <p>Residents should sort their recycling.</p>
      <p>The council may charge for garden waste.</p>
      </body></html>
      """
    #expect(try actions(html) == ["collect waste", "sort their recycling", "charge for garden waste"])
  }

  @Test func anHTMLFragmentNamedHTMLIsHTML() throws {
    let fragment = "<section><h2>Duties</h2><p>The council must publish a plan.</p></section>"
    let document = try DocumentReader().read(string: fragment, path: "part.html")
    #expect(document.metadata.format == .html)
    #expect(try actions(fragment, path: "part.html") == ["publish a plan"])
  }
}
