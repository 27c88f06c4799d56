import Testing

@testable import Duties

/// An inline definition ("“Member” means…", "includes", "does not include", "has the meaning given
/// in") is a definition: a change to it is a change of who the duties that use the term bind.
@Suite struct InlineDefinitionTests {
  static let old = """
    # Code of conduct

    ## 1 Definitions

    In this code, “Member” means an employee of the council; “premises” includes land.

    ## 2 Duties

    Each member must declare their interests.

    Members must not accept gifts on council premises.
    """

  func comparison(_ new: String) throws -> DocumentComparison {
    let reader = DocumentReader()
    return RevisionDiffer().compare(
      old: try reader.read(string: Self.old, path: "old.md"),
      new: try reader.read(string: new, path: "new.md"))
  }

  @Test func definitionsAreFoundInline() throws {
    let definitions = TermDefinitionExtractor.definitions(
      in: try DocumentReader().read(string: Self.old, path: "c.md"))
    #expect(definitions.map(\.term) == ["member", "premises"])
    #expect(definitions.map(\.meaning) == ["means an employee of the council", "includes land"])
    #expect(definitions.allSatisfy { $0.members.isEmpty && $0.section == "1" })
  }

  @Test(arguments: [
    ("means an employee of the council", "means an employee or contractor of the council"),
    ("means an employee of the council", "has the meaning given in section 4 of the Local Government Act"),
  ])
  func aChangedMeaningIsReportedWithTheDutiesItBinds(old: String, new: String) throws {
    let found = try comparison(Self.old.replacingOccurrences(of: old, with: new))
    #expect(found.realChanges.isEmpty)
    let change = try #require(found.definitionChanges.first)
    #expect(found.definitionChanges.count == 1)
    #expect(change.term == "member" && change.isInline)
    #expect(change.old.meaning == old && change.new.meaning == new)
    #expect(change.boundObligations == 2)
    #expect(
      ComparisonBriefing.definition(change)
        == "What “member” means changed (1): \(old) → \(new). It names the bearer of 2 obligations.")
  }

  @Test func anExclusionAddedToATermIsAChange() throws {
    let new = Self.old.replacingOccurrences(
      of: "“premises” includes land.",
      with: "“premises” includes land; “Member” does not include a volunteer.")
    let change = try #require(try comparison(new).definitionChanges.first)
    #expect(change.new.meaning == "means an employee of the council; does not include a volunteer")
  }

  @Test func rewrappingOrQuotesAloneAreNoChange() throws {
    let new = Self.old.replacingOccurrences(
      of: "“Member” means an employee", with: "\"Member\" means  an employee")
    #expect(try comparison(new).hasChanges == false)
  }

  @Test func aListDefinitionIsNotInline() {
    #expect(TermDefinitionExtractor.inlineDefinitions(in: "“public body” means—").isEmpty)
    #expect(
      TermDefinitionExtractor.inlineDefinitions(in: "A “relevant body” includes an NHS trust.").map(\.term)
        == ["relevant body"])
  }
}
