import DutiesTestSupport
import Testing

@testable import Duties

/// Pairing obligations that are similar rather than identical: enough of them that the scoring is spread
/// over the cores, and each must still find its own earlier version.
@Suite struct ObligationAlignerTests {
  static let bodies = ["council", "integrated care board", "trust", "provider", "regulator"]
  static let things = [
    "joint plan", "register of interests", "pooled budget", "staffing plan", "risk assessment",
  ]

  static func text(count: Int, reworded: Bool) -> String {
    (0..<count).map { index in
      let body = bodies[index % bodies.count]
      let thing = things[(index / bodies.count) % things.count]
      let adjective = reworded ? "annual " : ""
      return
        "\(index + 1). Each \(body) in area \(index) must publish the \(adjective)\(thing) for scheme \(index)."
    }
    .joined(separator: "\n\n")
  }

  @Test func eachRewordedObligationPairsWithItsEarlierVersion() throws {
    let reader = DocumentReader()
    let count = 200
    let old = try reader.read(
      string: Self.text(count: count, reworded: false), path: "old.txt", format: .text)
    let new = try reader.read(string: Self.text(count: count, reworded: true), path: "new.txt", format: .text)
    let comparison = RevisionDiffer().compare(old: old, new: new)
    let changes = comparison.realChanges
    #expect(changes.count == count)
    #expect(!changes.contains { $0.change == .added || $0.change == .removed })
    for change in changes {
      let oldScheme = change.old?.sentence.split(separator: " ").last
      let newScheme = change.new?.sentence.split(separator: " ").last
      #expect(
        oldScheme != nil && oldScheme == newScheme,
        "\(change.old?.sentence ?? "") → \(change.new?.sentence ?? "")")
    }
    // The same pairs, in the same order, every time.
    let again = RevisionDiffer().compare(old: old, new: new).realChanges
    #expect(again.map { $0.old?.sentence } == changes.map { $0.old?.sentence })
    #expect(again.map { $0.new?.sentence } == changes.map { $0.new?.sentence })
  }

  /// The similarity counted without making sets is the one the set operations give, bit for bit.
  @Test func jaccardCountsWhatIntersectionAndUnionGive() {
    let words = ["council", "must", "publish", "plan", "the", "a", "by", "march"]
    var sets: [Set<String>] = [[]]
    for (index, word) in words.enumerated() {
      sets += sets.prefix(12).map { $0.union([word]) }
      sets.append(Set(words.prefix(index)))
    }
    for a in sets {
      for b in sets {
        let expected = a.isEmpty && b.isEmpty ? 1 : Double(a.intersection(b).count) / Double(a.union(b).count)
        #expect(jaccard(a, b) == expected)
      }
    }
  }
}

/// An obligation rewritten in place is paired with what it came from, not reported as removed plus
/// added (issue #22).
@Suite struct RewriteAlignmentTests {
  @Test func aPassiveRewrittenAsAnImperativeIsOneChange() throws {
    let old = "# Actions\n\nThird-party actions should only be used if the provider is verified.\n"
    let new = "# Actions\n\nMake use of a third-party action only if the provider is verified.\n"
    let changes = RevisionDiffer(includesUnchanged: false).compare(
      old: try DocumentReader().read(string: old, path: "old.md"),
      new: try DocumentReader().read(string: new, path: "new.md")
    ).realChanges
    #expect(changes.map(\.change) == [.strengthened])
    #expect(changes.first?.aspects.contains(.bearerChanged) == false)
  }

  @Test func unrelatedObligationsInOneSectionStayApart() throws {
    let old = "# Rules\n\nThe council must keep records of complaints.\n"
    let new = "# Rules\n\nThe council must publish an annual budget.\n"
    let changes = RevisionDiffer(includesUnchanged: false).compare(
      old: try DocumentReader().read(string: old, path: "old.md"),
      new: try DocumentReader().read(string: new, path: "new.md")
    ).realChanges
    #expect(Set(changes.map(\.change)) == [.added, .removed])
  }

  @Test func stemsIgnoreFunctionWordsAndEndings() {
    #expect(
      ObligationAligner.stems(["make", "use", "of", "a", "third-party", "action", "only"]) == [
        "third-party", "action",
      ])
    #expect(
      ObligationAligner.stems(["third-party", "actions", "to", "only", "be", "used"]) == [
        "third-party", "action", "used",
      ])
  }
}

extension ObligationAlignerTests {
  /// A requirement on a thing keeps its head and changes its tail: the same obligation with a changed
  /// action, not one removed and another added. Another thing, or another kind, with the same words
  /// is not its earlier version.
  @Test func anActionThatKeepsItsHeadIsTheSameObligation() throws {
    let old = """
      # Rules

      The badge must include other staff-specific markings for roles that existed before 2020 or for which no titles exist.

      The register must list every member by name and address.
      """
    let new = """
      # Rules

      The badge must include other staff-specific markings for compatibility with older door readers.

      The register must list every member by name and date of birth.
      """
    let changes = try DiffProbe.changes(old, new, oldPath: "old.md", newPath: "new.md")
    #expect(changes.count == 2)
    #expect(!changes.contains { $0.change == .added || $0.change == .removed })
    let badge = try #require(changes.first { $0.new?.subject == "the badge" })
    #expect(badge.old?.action.contains("before 2020") == true)

    // The pass itself: the same thing and kind pair; another thing or another kind does not.
    func heads(_ old: String, _ new: String) throws -> [(Int, Int)] {
      let reader = DocumentReader()
      let extractor = ObligationExtractor()
      let aligner = ObligationAligner(
        old: extractor.extract(from: try reader.read(string: old, path: "old.md")).map(
          NormalizedObligation.init),
        new: extractor.extract(from: try reader.read(string: new, path: "new.md")).map(
          NormalizedObligation.init),
        anchors: [:])
      var (oldUsed, newUsed) = ([false, false], [false, false])
      return aligner.sharedHeads(oldUsed: &oldUsed, newUsed: &newUsed)
    }
    func pairs(_ new: String) throws -> [[Int]] {
      try heads(old, new).map { [$0.0, $0.1] }.sorted { $0[0] < $1[0] }
    }
    // The register's actions part after "and", no preposition: the pass leaves them to the others.
    #expect(try pairs(new) == [[0, 0]])
    #expect(try pairs(new.replacingOccurrences(of: "The badge must", with: "The list must")).isEmpty)
    #expect(
      try pairs(new.replacingOccurrences(of: "The badge must", with: "The badge should")).isEmpty)
    // A common opening that parts inside a clause is no head kept.
    let statement = try heads(
      "The plan must include a statement of how the council will consult carers about discharge arrangements.\n\n"
        + "The plan must include the budget.",
      "The plan must include a statement of how the council will publish accounts audited by an auditor.\n\n"
        + "The plan must include the budget.")
    #expect(statement.isEmpty)
    // "to" opens another verb: "take all reasonable steps to [ensure…]" → "…to [publish…]" is another duty.
    let steps = try heads(
      "The council must take all reasonable steps to ensure that young carers are identified early.\n\n"
        + "The plan must include the budget.",
      "The council must take all reasonable steps to publish its charging policy online.\n\n"
        + "The plan must include the budget.")
    #expect(steps.isEmpty)
  }
}
