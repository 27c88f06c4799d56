import DutiesTestSupport
import Testing

@testable import Duties

/// A cross-reference that points to another provision is a change; one that follows its target's
/// renumbering, or is only spelt differently, is not.
@Suite struct ReferenceRetargetTests {
  func changes(_ old: String, _ new: String) throws -> [ObligationChange] {
    try DiffProbe.changes(old, new, oldPath: "old.md", newPath: "new.md")
  }

  static let old = """
    # Waste Act

    ## 5 Plans

    (1) The council must publish a plan.

    ## 6 Reports

    (1) The council must report on the plan made under section 5.

    (2) The council must pay the fee set under section 12 of the Finance Act 2020.
    """

  @Test func aReferenceToAnotherSectionIsAChange() throws {
    let new = Self.old.replacingOccurrences(of: "made under section 5.", with: "made under section 7.")
    let found = try changes(Self.old, new)
    #expect(found.map(\.change) == [.referenceChanged])
    #expect(found.first?.notes == ["reference retargeted: section 5 → section 7"])
  }

  @Test func aReferenceToAnotherActsSectionIsAChange() throws {
    let new = Self.old.replacingOccurrences(
      of: "section 12 of the Finance Act 2020", with: "section 14 of the Finance Act 2020")
    let found = try changes(Self.old, new)
    #expect(found.map(\.change) == [.referenceChanged])
    #expect(
      found.first?.notes == [
        "reference retargeted: section 12 of the Finance Act 2020 → section 14 of the Finance Act 2020"
      ])
  }

  /// Section 5 became section 6 when a section was put before it: the reference that follows it is editorial.
  @Test func aReferenceThatFollowsARenumberingIsNoChange() throws {
    let new = """
      # Waste Act

      ## 4 Scope

      (1) This Act applies to every council in England.

      ## 6 Plans

      (1) The council must publish a plan.

      ## 7 Reports

      (1) The council must report on the plan made under section 6.

      (2) The council must pay the fee set under section 12 of the Finance Act 2020.
      """
    #expect(try changes(Self.old, new).isEmpty)
  }

  @Test func aReferenceSpeltAnotherWayIsNoChange() throws {
    let new = Self.old.replacingOccurrences(of: "made under section 5.", with: "made under s. 5.")
    #expect(try changes(Self.old, new).allSatisfy { $0.change == .reworded })
  }

  @Test(arguments: [
    (
      "section 75 of the National Health Service Act 2006", "section", "75",
      "of the national health service act 2006"
    ),
    ("s. 4(2)", "section", "4(2)", ""), ("Sec. 4.2", "section", "4.2", ""), ("the plan", nil, nil, nil),
  ])
  func referencesAreReadApart(text: String, word: String?, number: String?, rest: String?) {
    let parsed = ReferenceRetarget.parse(text)
    #expect(parsed?.word == word && parsed?.number == number && parsed?.rest == rest)
  }
}
