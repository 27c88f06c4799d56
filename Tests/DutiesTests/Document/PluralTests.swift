import Testing

@testable import Duties

/// Counts read as English: "1 obligation", "2 obligations", "3 duties" (#26).
@Suite struct PluralTests {
  @Test func aCountTakesTheNumberOfItsNoun() {
    #expect(Plural.count(1, "obligation") == "1 obligation")
    #expect(Plural.count(0, "obligation") == "0 obligations")
    #expect(Plural.count(2, "duty") == "2 duties")
    #expect(Plural.count(2, "day") == "2 days")
    #expect(Plural.count(3, "bus") == "3 buses")
    #expect(Plural.count(2, "byte sequence") == "2 byte sequences")
    #expect(Plural.count(2, "series", plural: "series") == "2 series")
  }

  @Test func kindsHaveTheirPluralNames() {
    #expect(ObligationKind.duty.pluralName == "duties")
    #expect(ObligationKind.noEntitlement.pluralName == "no-entitlements")
    #expect(ObligationKind.haveRegard.pluralName == "have-regard")
    #expect(ObligationKind.adviceAgainst.pluralName == "advice-against")
  }
}
