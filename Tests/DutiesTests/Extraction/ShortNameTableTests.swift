import DutiesTestSupport
import Testing

@testable import Duties

@Suite struct ShortNameTableTests {
  func bearers(_ text: String) throws -> [String] {
    try ExtractionProbe.obligations(text, format: .markdown).map {
      ($0.bearer?.parties ?? []).joined(separator: ", ")
    }
  }

  @Test func aBracketAfterANameGivesItsShortName() throws {
    let text = """
      The Railway Safety Board (“Board”) is established by this Act.

      The Board must publish a report each year. A plan must be approved by the Board.
      """
    #expect(try bearers(text) == ["Railway Safety Board", "Railway Safety Board"])
    #expect(
      AcronymTable.build(from: [
        "the Department of Parks (the \"Department\") and the Harbour Commission (“the Commission”)"
      ])
        == ["Department": "Department of Parks", "Commission": "Harbour Commission"])
  }

  @Test func aDefinitionGivesAShortName() throws {
    let text = """
      In this Act “the Department” means the Department for Transport.

      The Department must consult the council.
      """
    #expect(try bearers(text) == ["Department for Transport"])
  }

  @Test func definitionsOneAfterAnotherAndNamesWithCommas() {
    #expect(
      AcronymTable.build(from: [
        "In this Act— “the Agency” means the Environment Agency established under section 1 of the Environment "
          + "Act 1995 for England and Wales; and “the Department” means the Department of Health and Social Care."
      ])["Department"] == "Department of Health and Social Care")
    // A name read only in part would be another body's: no short name rather than "Department of Agriculture".
    #expect(
      AcronymTable.build(from: [
        "“the Department” means the Department of Agriculture, Environment and Rural Affairs."
      ])[
        "Department"] == nil)
    // After a label, the short name is still the body's.
    #expect(
      !ShortNameTable.isUsedOtherwise(
        "Commission", in: "(2) Commission members", name: ["Harbour", "Commission"]))
  }

  @Test func onlyABodyCalledByAWordOfItsNameHasAShortName() {
    #expect(
      AcronymTable.build(from: [
        "the Widget Act of 1990 (“Act”)",  // no body
        "the Parks Trust (“Board”)",  // not a word of the name
        "the council (“Council”)",  // one word
        "Introduction The Federal Trade Commission (“Commission”)",  // a heading's word before "The"
        "the State of Ruritania’s (“State”)",  // a possessive
      ]) == ["Commission": "Federal Trade Commission"])
  }

  @Test func aShortNameStandsForItsBodyOnlyAfterTheAndUnqualified() throws {
    let text = """
      The Secretary of Transport (“Secretary”) signs this agreement.

      The Secretary must report. A plan must be approved by the Secretary.
      """
    #expect(try bearers(text) == ["Secretary of Transport", "Secretary of Transport"])
    let names = ["Secretary": "Secretary of Transport"]
    #expect(PartyLexicon.normalize("the Secretary", acronyms: names) == "Secretary of Transport")
    #expect(PartyLexicon.normalize("the Secretary of the Treasury", acronyms: names) == "Secretary")
    #expect(PartyLexicon.normalize("a Secretary", acronyms: names) == "Secretary")
  }

  @Test func aShortNameWrittenOtherwiseToo() throws {
    // Another name with the same last word, or a common noun: the short name is not the body's alone.
    let text = """
      The Federal Mediation Service (“Service”) and the State of Ruritania (“State”) sign this agreement.

      The Foreign Agricultural Service must report. The Service must report. Each State must report. The State must report.
      """
    #expect(try bearers(text) == ["Foreign Agricultural Service", "Service", "State", "State"])
    #expect(ShortNameTable.isUsedOtherwise("State", in: "each State", name: ["State", "of", "Ruritania"]))
    let secretary = ["Secretary", "of", "Homeland", "Security"]
    #expect(
      ShortNameTable.isUsedOtherwise("Secretary", in: "and the Secretary of Transportation", name: secretary))
    #expect(
      !ShortNameTable.isUsedOtherwise(
        "Secretary", in: "and the Secretary of Homeland Security", name: secretary))
    #expect(
      ShortNameTable.isUsedOtherwise("Board", in: "the Board of Directors", name: ["Retirement", "Board"]))
    #expect(
      !ShortNameTable.isUsedOtherwise(
        "Service", in: "the Federal Mediation Service (“Service”); the Service’s report",
        name: ["Federal", "Mediation", "Service"]))
  }

  @Test func aShortNameGivenToTwoBodiesStandsForNeither() throws {
    let text = """
      The Secretary of Transport (“Secretary”) funds roads. The Secretary of Health (“Secretary”) funds clinics.

      The Secretary must report.
      """
    #expect(try bearers(text) == ["Secretary"])
  }

  @Test func partByPartTheShortNamesAreTheWholeDocuments() throws {
    // The uses that undo a short name come in a later part than its definition, and the parts are
    // kept from the first reading or read again.
    let text = """
      # Bodies

      The Federal Mediation Service (“Service”) and the Railway Safety Board (“Board”) are funded.

      # Duties

      The Service must report. The Board must report.

      # Others

      The Foreign Agricultural Service must report.
      """
    let source = SourceText(path: "p.md", bytes: Array(text.utf8))
    let whole = try ExtractionProbe.obligations(text, format: .markdown)
    #expect(
      whole.map { $0.bearer?.parties ?? [] }
        == [["Service"], ["Railway Safety Board"], ["Foreign Agricultural Service"]])
    for limit in [ObligationExtractor.keptTextLimit, 0] {
      var parts: [Obligation] = []
      _ = try ObligationExtractor().extract(streaming: source, format: .markdown, keepingUpTo: limit) {
        parts += $0
      }
      #expect(parts.map(\.bearer) == whole.map(\.bearer))
    }
  }

  @Test func theDocumentsNamesAreItsAcronymsAndShortNames() {
    #expect(
      AcronymTable.build(from: ["primary care trusts (PCTs) and the Harbour Commission (“Commission”)"])
        == ["PCT": "primary care trust", "Commission": "Harbour Commission"])
  }
}
