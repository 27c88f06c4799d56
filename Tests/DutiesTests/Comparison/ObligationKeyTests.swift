import DutiesTestSupport
import Foundation
import Testing

@testable import Duties

@Suite struct ObligationKeyTests {
  let text = """
    # Plans

    The council must publish a plan each year. The council should consult residents.

    # Records

    Providers must keep records for six years.
    """

  func keys(_ text: String, format: DocumentFormat = .markdown) throws -> [String: String] {
    let obligations = try ExtractionProbe.obligations(text, format: format)
    return Dictionary(uniqueKeysWithValues: obligations.map { ($0.action, $0.key ?? "") })
  }

  @Test func everyObligationHasAKeyTheSameOnEveryRun() throws {
    let first = try keys(text)
    #expect(first.count == 3)
    #expect(first.values.allSatisfy { $0.wholeMatch(of: /ob-[0-9a-f]{12}/) != nil })
    #expect(Set(first.values).count == 3)
    #expect(try keys(text) == first)
    // FNV-1a, not a hash seeded per process: the published test vectors, top 48 bits.
    #expect(ObligationKey.digest("") == "cbf29ce48422")
    #expect(ObligationKey.digest("a") == "af63dc4c8601")
    #expect(ObligationKey.digest("foobar") == "85944171f739")
  }

  @Test func editsElsewhereLeaveKeysAlone() throws {
    let first = try keys(text)
    // Another section reworded, a paragraph put before, the file's lines moved: the same keys.
    let edited = text.replacingOccurrences(
      of: "Providers must keep records for six years.", with: "Providers must keep records for seven years."
    )
    .replacingOccurrences(of: "# Plans\n", with: "# Plans\n\nThis guidance is for councils.\n\n\n")
    let second = try keys(edited)
    #expect(second["publish a plan"] == first["publish a plan"])
    #expect(second["consult residents"] == first["consult residents"])
    #expect(second["keep records for seven years"] != first["keep records for six years"])
    // Case, quotes and spacing of the obligation itself are editorial.
    let retyped = text.replacingOccurrences(of: "publish a plan each year", with: "publish a  Plan each year")
    #expect(try keys(retyped)["publish a Plan"] == first["publish a plan"])
  }

  @Test func editorialNoiseIsNotInTheKey() {
    let location = SourceLocation(path: "a", line: 1, column: 1, offset: 0)
    func key(_ action: String, section: String = "Part 1 › 6") -> String {
      ObligationKey.base(
        of: Obligation(
          id: "1#1", kind: .duty, trigger: Trigger(text: "must", location: location),
          bearer: Party(text: "The council", parties: ["council"]), action: action, location: location,
          section: section, sentence: ""))
    }
    let plain = key("publish the plan - annually")
    #expect(plain.wholeMatch(of: /ob-[0-9a-f]{12}/) != nil)
    #expect(key(" Publish\u{A0}the  \u{201C}plan\u{201D}[F12] \u{2014} annually\n") == plain)
    #expect(key("publish [the] 'plan' - annually") == plain)
    #expect(key("publish the plans - annually") != plain)
    #expect(key("publish the plan - annually", section: "Part 1 › Plans") != plain)
    #expect(key("publish the plan - annually", section: "Part 2 › 7") == plain)
  }

  @Test func theQuadsAreKeyedAsTheSpacesTheyComposeTo() {
    // U+2000 and U+2001 compose to U+2002 and U+2003, with or without other text to compose.
    for (quad, space) in [("\u{2000}", "\u{2002}"), ("\u{2001}", "\u{2003}")] {
      for text in ["The council\(quad)must act.", "The C\u{C9}NTRE\(quad)must act."] {
        let composed = text.replacingOccurrences(of: quad, with: space)
        #expect(
          ObligationKey.Normalizer.bytes(of: text, maskingLabels: true)
            == ObligationKey.Normalizer.bytes(of: composed, maskingLabels: true))
        #expect(
          ObligationKey.Normalizer.bytes(of: text, maskingLabels: true)
            == Array(composed.precomposedStringWithCanonicalMapping.lowercased().utf8))
      }
    }
  }

  @Test func obligationsOfOneSentenceAreKeyedAsEachAlone() throws {
    // Two obligations of one sentence, then one of another sentence and another section: the cache of
    // the sentence and headings must give way.
    let obligations = try ExtractionProbe.obligations(
      """
      # Duties of councils

      The council must publish a plan and must consult (a) residents and (b) staff.

      # Duties of boards

      The council must publish a plan and must consult (a) residents and (b) staff. The board must report.
      """,
      format: .markdown)
    #expect(obligations.count == 5)
    var assigner = ObligationKey.Assigner()
    let keyed = assigner.assign(
      obligations.map {
        var copy = $0; copy.key = nil; return copy
      })
    #expect(keyed.map(\.key) == obligations.map { ObligationKey.base(of: $0) })
    #expect(Set(keyed.map(\.key)).count == 5)
  }

  @Test func renumberingLeavesKeysAlone() throws {
    let numbered = """
      # 1 Plans

      1.1 The council must publish a plan.

      1.2 The council must consult— (a) residents; (b) the board.

      # 2 Records

      2.1 Providers must keep records.
      """
    let first = try ExtractionProbe.obligations(numbered, format: .markdown)
    let renumbered = try ExtractionProbe.obligations(
      numbered.replacingOccurrences(
        of: "# 1 Plans\n\n1.1", with: "# 1 Scope\n\n1.1 This applies to councils.\n\n# 2 Plans\n\n2.1"
      )
      .replacingOccurrences(of: "1.2 The", with: "2.2 The").replacingOccurrences(
        of: "# 2 Records\n\n2.1", with: "# 3 Records\n\n3.1"),
      format: .markdown)
    #expect(first.count == renumbered.count)
    #expect(first.map(\.section) != renumbered.map(\.section))
    #expect(first.map(\.key) == renumbered.map(\.key))
    #expect(ObligationKey.headings(of: "Part 1 › Security › 6 › (2)") == "Security")
    #expect(
      ObligationKey.headings(of: "Schedule 2A › Transitional provision › (iv)") == "Transitional provision")
    #expect(ObligationKey.headings(of: "Part IV › 2. Data protection › Annex B") == "Data protection")
    #expect(ObligationKey.headings(of: "COVID-19 measures › (Wales)") == "COVID-19 measures › (Wales)")
    #expect(
      ObligationKey.headings(of: "Part 1 Security › 6 Duties of boards") == "Security › Duties of boards")
  }

  @Test func reLetteredListsAndRenumberedReferencesKeepKeys() throws {
    let text = "The council must—\n(a) publish a plan under section 12;\n(b) consult the board.\n"
    let first = try ExtractionProbe.obligations(text)
    let relettered = try ExtractionProbe.obligations(
      text.replacingOccurrences(of: "(b) consult", with: "(c) consult").replacingOccurrences(
        of: "(a)", with: "(b)"
      )
      .replacingOccurrences(of: "section 12", with: "section 14"))
    #expect(first.count == 2)
    #expect(first.map(\.key) == relettered.map(\.key))
    // A number that is not a reference is substance.
    let amount = try ExtractionProbe.obligations(
      text.replacingOccurrences(of: "section 12", with: "12 weeks"))
    let other = try ExtractionProbe.obligations(text.replacingOccurrences(of: "section 12", with: "14 weeks"))
    #expect(amount.first?.key != other.first?.key)
  }

  @Test func theObligationsOwnWordsAreInTheKey() throws {
    let base = "The council must publish a plan by 31 March."
    let first = try ExtractionProbe.obligations(base)
    let later = try ExtractionProbe.obligations(base.replacingOccurrences(of: "31 March", with: "30 April"))
    #expect(first.map(\.action) == later.map(\.action))
    #expect(first.map(\.key) != later.map(\.key))
    // So the same obligation changed again is a new change, with a new identity.
    let once = try DiffProbe.changes(base, base.replacingOccurrences(of: "31 March", with: "30 April"))
    let again = try DiffProbe.changes(base, base.replacingOccurrences(of: "31 March", with: "31 May"))
    #expect(once.map(\.change) == [.timingChanged])
    #expect(again.map(\.change) == [.timingChanged])
    #expect(once.map(\.id) != again.map(\.id))
  }

  @Test func aKnownObligationHasAKnownKey() throws {
    // Pinned: a key must be the same on every platform and run, and a change of recipe is a choice.
    let obligations = try ExtractionProbe.obligations(
      "# Plans\n\nThe council must publish a plan.\n", format: .markdown)
    #expect(obligations.map(\.key) == ["ob-b4d09dff9622"])
  }

  @Test func kindBearerAndSectionAreInTheKey() throws {
    let first = try keys(text)
    let weaker = try keys(text.replacingOccurrences(of: "council must publish", with: "council may publish"))
    #expect(weaker["publish a plan"] != first["publish a plan"])
    let composed = try keys(
      text.replacingOccurrences(of: "consult residents", with: "consult r\u{E9}sidents"))
    let decomposed = try keys(
      text.replacingOccurrences(of: "consult residents", with: "consult re\u{301}sidents"))
    #expect(composed["consult r\u{E9}sidents"] == decomposed["consult re\u{301}sidents"])
    let other = try keys(text.replacingOccurrences(of: "The council must", with: "The board must"))
    #expect(other["publish a plan"] != first["publish a plan"])
    let moved = try keys(text.replacingOccurrences(of: "# Plans", with: "# Annual plans"))
    #expect(moved["publish a plan"] != first["publish a plan"])
  }

  @Test func aRepeatedObligationIsNumbered() throws {
    let obligations = try ExtractionProbe.obligations(
      "The council must publish a plan. The council must publish a plan.", format: .text)
    #expect(obligations.count == 2)
    let base = try #require(obligations.first?.key)
    #expect(obligations.map(\.key) == [base, base + ".2"])
  }

  @Test func streamingGivesTheSameKeys() throws {
    let source = SourceText(path: "probe.md", bytes: Array(text.utf8))
    var streamed: [Obligation] = []
    _ = try ObligationExtractor().extract(streaming: source, format: .markdown) { streamed += $0 }
    let whole = try ExtractionProbe.obligations(text, format: .markdown)
    #expect(streamed.map(\.key) == whole.map(\.key))
  }

  @Test func aChangeIsNamedByItsObligationsAndItsClass() throws {
    let old = "The council should consult residents. Providers may keep records."
    let new = "The council must consult residents. Providers may keep records. Providers must report."
    let first = try DiffProbe.changes(old, new)
    let again = try DiffProbe.changes(old, new + " Schools may open.")
    #expect(first.map(\.id).allSatisfy { $0.wholeMatch(of: /ch-[0-9a-f]{12}/) != nil })
    #expect(Set(first.map(\.id)).count == first.count)
    // The same changes, found again beside another: the same identities.
    #expect(Set(first.map(\.id)).isSubset(of: Set(again.map(\.id))))
    let strengthened = try #require(first.first { $0.change == .strengthened })
    #expect(
      strengthened.id
        == ObligationKey.change(old: strengthened.old?.key, new: strengthened.new?.key, kind: .strengthened))
    #expect(
      strengthened.id
        != ObligationKey.change(old: strengthened.old?.key, new: strengthened.new?.key, kind: .weakened))
  }
}
