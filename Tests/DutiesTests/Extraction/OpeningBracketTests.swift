import DutiesTestSupport
import Foundation
import Testing

@testable import Duties

/// The acronym and label finders tokenize only a window around each bracket; the window's tokens must be the
/// whole text's tokens there.
@Suite struct OpeningBracketTests {
  static let samples = [
    "The primary care trusts (PCTs) must act, and the Care Quality Commission (“CQC”) may inspect.",
    "a person (“A”) and, another person (\"B\"); a body-corporate (‘C’)",
    "(PCTs) at the start, co-operate.(NHS) e.g.(ICB) s.1.2(AB) l’autorité (UÉ) x—(CQC)",
    "an unclosed bracket ( “QQ and more words after it",
    "nested (a) (b) ((AB)) [see (CD)] ! (EF) ? (GH)",
    "",
    "(",
    "tail (",
  ]

  /// Texts of the demo corpus and of statutes in the shared corpus, where brackets and labels abound.
  static func corpusTexts() throws -> [String] {
    var paths = [
      SharedCorpus.demo("integration-papers/2006-01-white-paper.txt").path,
      SharedCorpus.demo("joint-working-guidance/2011-10-guidance.xml").path,
    ]
    if SharedCorpus.isAvailable {
      paths += [
        SharedCorpus.corpus("clml-samples/ukpga_20030004_en.xml").path,
        SharedCorpus.corpus("uslm-bulk-benchmark/113hjres59enr_good.xml").path,
      ]
    }
    var texts: [String] = []
    for path in paths {
      try DocumentReader().read(path: path).walk { visit in
        if let text = visit.node.text?.string { texts.append(text) }
      }
    }
    return texts
  }

  @Test func aWindowTokenizesAsTheWholeTextDoesThere() throws {
    var windows = 0
    for text in try Self.samples + Self.corpusTexts() {
      let whole = Tokenizer.tokens(text)
      for skippingQuote in [false, true] {
        for window in OpeningBracket.windows(in: text, skippingQuote: skippingQuote, by: { _, _ in true }) {
          windows += 1
          let end = window.offset + window.text.utf8.count
          let expected = whole.filter { $0.start >= window.offset && $0.end <= end }.map {
            [
              $0.text, $0.lower, String($0.start - window.offset), String($0.end - window.offset),
              "\($0.isWord)",
            ]
          }
          let found = Tokenizer.tokens(window.text).map {
            [$0.text, $0.lower, String($0.start), String($0.end), "\($0.isWord)"]
          }
          #expect(found == expected, "\(window.text.debugDescription) in \(text.prefix(80).debugDescription)")
          #expect(found.contains { $0[2] == String(window.bracket) && $0[0] == "(" })
        }
      }
    }
    #expect(windows > 100)
  }

  @Test func windowsStartAndEndAtMarksAroundTheBracket() {
    let text = "first, the primary care trusts (PCTs) must; act"
    let windows = OpeningBracket.windows(in: text, skippingQuote: true, by: { _, _ in true })
    #expect(windows.map(\.text) == [", the primary care trusts (PCTs)"])
    #expect(windows.first?.bracket == 26 && windows.first?.offset == 5)
  }

  @Test func labelsAndAcronymsAreFoundInWindows() {
    #expect(
      ExtractionWalk.labels(in: "If a person (“A”) gives, notice (\"N\") to B") == [
        "A": "a person", "N": ", notice",
      ])
    #expect(
      AcronymTable.build(from: ["First, the primary care trusts (PCTs) and Care Quality Commission (“CQC”)."])
        == ["PCT": "primary care trust", "CQC": "Care Quality Commission"])
  }
}
