import DutiesTestSupport
import Testing

@testable import Duties

/// Numbers, amounts and reversed conditions are substance (issue #22): never "reworded", never
/// unchanged, and where the words say which way is stricter, strengthened or weakened.
@Suite struct SubstanceChangeTests {
  /// The one change between two one-sentence documents.
  func change(_ old: String, _ new: String) throws -> ObligationChange {
    let reader = DocumentReader()
    let comparison = RevisionDiffer().compare(
      old: try reader.read(string: "# 1. Rules\n\n\(old)\n", path: "old.md"),
      new: try reader.read(string: "# 1. Rules\n\n\(new)\n", path: "new.md"))
    let changes = comparison.realChanges
    #expect(changes.count == 1)
    return try #require(changes.first)
  }

  @Test(arguments: [
    (
      "The provider must keep at least 10 copies.", "The provider must keep at least 12 copies.",
      "strengthened"
    ),
    ("The provider must keep at least 10 copies.", "The provider must keep at least 8 copies.", "weakened"),
    (
      "The provider must keep 10 copies or more.", "The provider must keep 12 copies or more.", "strengthened"
    ),
    (
      "The council must spend no more than £5,000.", "The council must spend no more than £4,000.",
      "strengthened"
    ),
    (
      "The system must fail no more than 1 in 500 requests.",
      "The system must fail no more than 1 in 5000 requests.",
      "strengthened"
    ),
    (
      "The authority must not spend more than £250,000.", "The authority must not spend more than £400,000.",
      "weakened"
    ),
    (
      "The authority must not admit fewer than 3 members.",
      "The authority must not admit fewer than 5 members.",
      "strengthened"
    ),
    ("The board should review 95% of cases.", "The board should review 90% of cases.", "action-changed"),
  ])
  func aChangedNumberIsNamedAndJudged(_ example: (String, String, String)) throws {
    let found = try change(example.0, example.1)
    #expect(found.change.rawValue == example.2, "\(example.0) → \(example.1): \(found.aspects)")
    #expect(found.notes.count == 1)
    #expect(found.notes.first.map { !$0.isEmpty && $0.contains("→") } == true)
  }

  @Test func theNoteNamesBothValuesWithTheirWords() throws {
    let found = try change(
      "The authority must not spend more than £250,000 on it.",
      "The authority must not spend more than £400,000 on it.")
    #expect(
      found.notes == [
        "limit raised (looser): spend more than £250,000 on it → spend more than £400,000 on it"
      ])
  }

  /// A word of scope added or taken away changes what is required, however close the rest.
  @Test(arguments: [
    (
      "Staff must check the names against the register.",
      "Staff must only check the names against the register."
    ),
    ("The board must review every complaint.", "The board must review the complaint."),
  ])
  func aWordOfScopeIsSubstance(_ pair: (String, String)) throws {
    let found = try change(pair.0, pair.1)
    #expect(found.change == .actionChanged)
  }

  /// "£250,000" → "£400,000" differs in two characters: it was taken for a typing slip and not reported.
  @Test func aNumberIsNeverATypingSlip() throws {
    #expect(ChangeClassifier.nearlyEqual(["pay", "£250,000"], ["pay", "£400,000"]) == false)
    #expect(ChangeClassifier.nearlyEqual(["arrangments"], ["arrangements"]))
  }

  @Test func referencesAndYearsAreNotAmounts() throws {
    let section = RevisionDiffer().compare(
      old: try DocumentReader().read(string: "The council must act under section 5.\n", path: "a.txt"),
      new: try DocumentReader().read(string: "The council must act under section 6.\n", path: "b.txt"))
    // Another target (ReferenceRetargetTests), never an amount.
    #expect(section.realChanges.map(\.change) == [.referenceChanged])
    #expect(QuantityChange.value("2012", before: ["the"]) == nil)
    #expect(QuantityChange.value("£2012", before: ["the"]) == 2012)
    #expect(QuantityChange.value("1.5m", before: []) == 1_500_000)
  }

  /// Bound phrases are whole words: "moreover 10" sets no floor, "10 or more." does.
  @Test func boundPhrasesAreWholeWords() {
    #expect(QuantityChange.bound(before: ["and", "moreover"], after: ["copies"], kind: .duty) == nil)
    #expect(QuantityChange.bound(before: ["keep", "over"], after: ["copies"], kind: .duty) == .floor)
    #expect(QuantityChange.bound(before: ["keep"], after: ["or", "more."], kind: .duty) == .floor)
    #expect(QuantityChange.bound(before: ["keep"], after: ["or", "moreover"], kind: .duty) == nil)
    #expect(QuantityChange.bound(before: ["keep", "up", "to"], after: [], kind: .prohibition) == .floor)
  }

  @Test func aShorterTimeLimitStrengthensADuty() throws {
    let found = try change(
      "The provider must respond to a complaint within 28 days.",
      "The provider must respond to a complaint within 14 days.")
    #expect(found.change == .strengthened)
    #expect(found.aspects == [.strengthened, .timingChanged])
    #expect(found.notes == ["time limit shortened: within 28 days → within 14 days"])
  }

  @Test(arguments: [
    (
      "The officer may sign the contract with the approval of the board.",
      "The officer may sign the contract without the approval of the board.",
      "condition reversed: with the approval of the board → without the approval of the board"
    ),
    (
      "The council must publish the report unless it contains personal data.",
      "The council must publish the report if it contains personal data.",
      "condition reversed: unless it contains personal data → if it contains personal data"
    ),
    (
      "The council must publish the report if the board agrees.",
      "The council must publish the report if the board does not agree.",
      "condition negated: “not” added: the board does not agree"
    ),
  ])
  func aReversedConditionIsAConditionsChange(_ example: (String, String, String)) throws {
    let found = try change(example.0, example.1)
    #expect(found.change == .conditionsChanged)
    #expect(!found.aspects.contains(.reworded))
    #expect(found.notes.contains(example.2), "\(found.notes)")
  }

  /// "not only … but also" adds to a condition; it does not negate it.
  @Test func notOnlyIsNoNegation() throws {
    let diff = WordDiff.diff(
      "The client must check the name and should check the type.",
      "The client must check not only the name but also the type.")
    let obligation = try #require(
      try ExtractionProbe.obligations("The client must check the name.").first)
    #expect(ConditionReversal.notes(old: obligation, new: obligation, diff: diff).isEmpty)
  }

  @Test func aModalNegatedIsAKindChangeNotACondition() throws {
    let found = try change("The council must publish the report.", "The council must not publish the report.")
    #expect(!found.aspects.contains(.conditionsChanged))
    #expect(found.notes.allSatisfy { !$0.hasPrefix("condition") })
  }

  /// A list of examples that becomes the required content ("for example:" → "including:") has
  /// strengthened the obligation; the other way it has weakened it.
  @Test(arguments: [
    (
      "The plan should describe the service, for example: its users, its costs and its risks.",
      "The plan should describe the service, including: its users, its costs and its risks.",
      ObligationChange.Kind.strengthened
    ),
    (
      "The plan must describe the service, including its users and its costs.",
      "The plan must describe the service, such as its users and its costs.", .weakened
    ),
  ])
  func examplesThatBecomeRequired(_ sample: (String, String, ObligationChange.Kind)) throws {
    let found = try change(sample.0, sample.1)
    #expect(found.change == sample.2)
    #expect(found.notes.contains { $0.contains("for example") || $0.contains("such as") })
  }

  /// A permission's examples that become "including" permit no more and no less.
  @Test func aPermissionsExamplesAreWording() throws {
    let found = try change(
      "Staff may use personal devices, for example laptops and phones.",
      "Staff may use personal devices, including laptops and phones.")
    #expect(found.change == .reworded)
  }

  /// "should" → an instruction is the same force where the document keeps "must" for what is
  /// mandatory, and stronger where it never says "must"; "must" → an instruction is the same duty.
  @Test func anInstructionRanksByTheDocumentsOwnMust() throws {
    let rules = "You must keep keys in the vault."
    let kept = try change(
      "\(rules) You should include the version in a comment.", "\(rules) Include the version in a comment.")
    #expect(kept.change == .reworded)
    #expect(kept.notes.contains { $0.contains("keeps “must” for what is mandatory") })
    let back = try change(
      "\(rules) Include the version in a comment.", "\(rules) You should include the version in a comment.")
    #expect(back.change == .reworded)
    let stronger = try change(
      "You should include the version in a comment.", "Include the version in a comment.")
    #expect(stronger.change == .strengthened)
    let same = try change("You must include the version in a comment.", "Include the version in a comment.")
    #expect(same.change == .reworded)
    // Another action as well: the briefing gives the note, not a change of kind.
    let widened = try change(
      "\(rules) You should include the version in a comment.",
      "\(rules) Include the version, the author and the date of the release in a comment.")
    #expect(widened.change == .actionChanged)
    #expect(!ComparisonBriefing.details(widened).contains { $0.hasPrefix("recommendation") })
    #expect(ComparisonBriefing.details(widened).contains { $0.hasSuffix(ImperativeForce.sameForce) })
    // "consider" is softer than an instruction, whatever the document's "must".
    let softer = try change(
      "\(rules) Consider including the version in a comment.", "\(rules) Include the version in a comment.")
    #expect(softer.change == .strengthened)
  }
}
