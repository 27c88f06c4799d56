import Testing

@testable import Duties

/// Requirements on things: the thing in `subject`, the force of the modal as the kind, and the party
/// that makes the thing as the bearer where the text has just said so.
@Suite struct ThingRequirementTests {
  func extract(_ text: String) throws -> [Obligation] {
    let document = try DocumentReader().read(string: text, path: "req.md")
    return ObligationExtractor().extract(from: document)
  }

  @Test func aContentVerbAfterMustOrShouldIsARequirementOnItsSubject() throws {
    let found = try extract(
      "# Plans\n\nThe yearly budget must contain a forecast of income.\n\nEach log entry should include the time.\n"
    )
    #expect(found.map(\.kind) == [.duty, .recommendation])
    #expect(found.map(\.form) == [.state, .state])
    #expect(found.map(\.subject) == ["the yearly budget", "each log entry"])
    #expect(found.allSatisfy { $0.bearer == nil })
  }

  @Test func aKeywordInCapitalsIsNeverEpistemic() throws {
    let found = try extract("The token MAY include an expiry time. The token may include an expiry time.\n")
    #expect(found.map(\.kind) == [.permission])
    #expect(found.first?.subject == "the token")
  }

  @Test func thePartyThatMakesTheThingBearsTheRequirement() throws {
    let found = try extract(
      "# 4\n\nThe board must prepare a yearly budget. The budget must contain a forecast of income.\n\n"
        + "# 5\n\nThe budget must contain a list of grants.\n")
    #expect(found.count == 3)
    #expect(found[1].bearer?.parties == ["board"])
    #expect(found[1].subject == "the budget")
    // Another section: the text has not said who makes it there.
    #expect(found[2].bearer == nil)
    #expect(found[2].subject == "the budget")
  }

  @Test func aPassiveIsNotARequirementOnAThing() throws {
    let found = try extract("Reports must be published every year.\n")
    #expect(found.first?.form == .passive)
    #expect(found.first?.subject == nil)
  }

  @Test func theSubjectIsInTheJSON() throws {
    let found = try extract("The yearly budget must contain a forecast.\n")
    let line = ObligationsJSON.line(try #require(found.first), source: nil)
    #expect(line.contains(#""subject":"the yearly budget""#))
  }
}
