import Testing

@testable import Duties

/// A lead-in whose listed items changed only in an item's own modal is not reworded: the item's change
/// is reported once, on the item (issue #22).
@Suite struct ModalOnlyChangeTests {
  func changes(_ old: String, _ new: String) throws -> [ObligationChange] {
    RevisionDiffer(includesUnchanged: false).compare(
      old: try DocumentReader().read(string: "# 1. Keys\n\n\(old)\n", path: "old.md"),
      new: try DocumentReader().read(string: "# 1. Keys\n\n\(new)\n", path: "new.md")
    ).realChanges
  }

  @Test func anItemsModalIsReportedOnceOnTheItem() throws {
    let list = "You must save passkeys in one of these places:\n\n1. a browser profile\n2. a Yubikey - this "
    let found = try changes(list + "must be a separate key.", list + "should be a separate key.")
    #expect(found.map(\.change) == [.weakened])
  }

  @Test func onlyModalWordsCount() {
    #expect(ModalOnlyChange.isOnly(WordDiff.diff("this must be kept", "this should be kept")))
    #expect(!ModalOnlyChange.isOnly(WordDiff.diff("this must be kept", "this should be stored")))
    #expect(!ModalOnlyChange.isOnly(WordDiff.diff("this must be kept", "this must be kept")))
  }
}
