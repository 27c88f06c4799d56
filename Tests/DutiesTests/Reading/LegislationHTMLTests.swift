import Testing

@testable import Duties

/// Pages saved from legislation.gov.uk are read as structured legislation: numbered provisions,
/// amendment markers that are not text, and the publisher's notes left out.
@Suite struct LegislationHTMLTests {
  /// A section as the site writes it: numbers in spans with no space before the text, amended words
  /// in `[F1…]`, a repealed subsection, and the textual amendments after it.
  static func page(bearer: String = "local authority", marker: String = "F1", fourThree: String? = nil)
    -> String
  {
    let repealed =
      ##"<a class="LegCommentaryLink" href="#c-2" id="r-2">F2</a>. . . . . . . . . . . . . . . ."##
    return """
      <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
      <html xmlns="http://www.w3.org/1999/xhtml"><head><title>Example Services Act 2020</title></head><body>
      <div id="viewLegContents"><div class="LegSnippet">
      <h2 class="LegPartFirst"><span class="LegPartNo">Part 1</span><span class="LegPartTitle">Local services</span></h2>
      <h3 class="LegP1GroupTitleFirst"><span class="LegDS LegP1No" id="section-4">4</span><span class="LegDS LegP1GroupTitle">Duty to publish plans</span></h3>
      <p class="LegP2ParaText"><span class="LegDS LegP2No">(1)</span>Each <span class="LegSubstitution"><span class="LegChangeDelimiter">[</span><a class="LegCommentaryLink" href="#c-1" id="r-1">\(marker)</a>\(bearer)</span><span class="LegChangeDelimiter">]</span> must publish a plan for its area.</p>
      <p class="LegP2ParaText"><span class="LegDS LegP2No">(2)</span>The authority must consult the health board before publishing a plan.</p>
      <p class="LegP2ParaText"><span class="LegDS LegP2No">(3)</span>\(fourThree ?? "The authority must not charge for a copy of a plan.")</p>
      <p class="LegP2ParaText"><span class="LegDS LegP2No">(4)</span>\(fourThree == nil ? "The authority may revise a plan." : repealed)</p>
      <div class="LegAnnotations"><p class="LegAnnotationsGroupHeading">Textual Amendments</p>
      <div class="LegCommentaryItem" id="c-1"><p class="LegCommentaryPara"><span class="LegCommentaryType"><a href="#r-1">\(marker)</a></span><span class="LegCommentaryText">Words in s. 4(1) substituted by Other Act 2021, s. 2; a council must not be named.</span></p></div>
      </div></div></div></body></html>
      """
  }

  @Test func provisionsKeepTheirNumbersAndLines() throws {
    let document = try DocumentReader().read(string: Self.page(), path: "s4.html")
    var read: [String] = []
    document.walk { visit in
      if let text = visit.node.text?.string {
        read.append("\(visit.sectionPath.sectionPathDescription) | \(text) | \(visit.node.location.line)")
      }
    }
    #expect(
      read == [
        "Part 1 › 4 › (1) | Each local authority must publish a plan for its area. | 6",
        "Part 1 › 4 › (2) | The authority must consult the health board before publishing a plan. | 7",
        "Part 1 › 4 › (3) | The authority must not charge for a copy of a plan. | 8",
        "Part 1 › 4 › (4) | The authority may revise a plan. | 9",
      ])
    #expect(document.annotations.map(\.label) == ["F1"])
    // The publisher's note is not law: its "must not" is no prohibition.
    let obligations = ObligationExtractor().extract(from: document)
    #expect(obligations.map(\.action).contains("be named") == false)
    #expect(obligations.first?.bearer?.text == "Each local authority")
  }

  @Test func renumberedMarkersAreNotAChange() throws {
    let reader = DocumentReader()
    let comparison = RevisionDiffer().compare(
      old: try reader.read(string: Self.page(), path: "old.html"),
      new: try reader.read(string: Self.page(marker: "F7"), path: "new.html"))
    #expect(comparison.realChanges.isEmpty)
  }
}
