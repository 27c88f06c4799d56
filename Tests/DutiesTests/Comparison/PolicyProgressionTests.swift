import Duties
import DutiesTestSupport
import Foundation
import Testing

@Suite struct PolicyProgressionTests {
  func compare(_ old: String, _ new: String, successions: BearerSuccession = .england) throws
    -> [ObligationChange]
  {
    let reader = DocumentReader()
    return RevisionDiffer(successions: successions).compare(
      old: try reader.read(string: old, path: "old.txt"), new: try reader.read(string: new, path: "new.txt")
    ).realChanges
  }

  func compareCorpus(_ old: String, _ new: String) throws -> [ObligationChange] {
    let reader = DocumentReader()
    return RevisionDiffer().compare(
      old: try reader.read(path: SharedCorpus.demo(old).path),
      new: try reader.read(path: SharedCorpus.demo(new).path)
    ).realChanges
  }

  @Test func aProposedDutyBecomesACommitmentThenADuty() throws {
    let green = "integration-papers/2005-03-green-paper.md"
    let white = "integration-papers/2006-01-white-paper.txt"
    let guidance = "integration-papers/2007-10-guidance.md"
    let first = try #require(
      try compareCorpus(green, white).first {
        $0.change == .advanced && $0.new?.action.hasPrefix("co-operate") == true
      })
    #expect(first.old?.kind == .proposal)
    #expect(first.new?.kind == .commitment)
    #expect(first.new?.proposed == .duty)
    #expect(!first.aspects.contains(.bearerChanged))  // "PCTs" and "primary care trusts" are one bearer
    let second = try #require(
      try compareCorpus(white, guidance).first {
        $0.change == .advanced && $0.new?.action.hasPrefix("co-operate") == true
      })
    #expect(second.old?.kind == .commitment)
    #expect(second.new?.kind == .duty)
    #expect(second.new?.bearer?.parties == ["primary care trust", "local authority"])
  }

  /// A proposal put on "the two bodies" named before, taken up as a duty of one of them with most of
  /// its words, has advanced; another statement of both with only its verb in common has not.
  @Test func aProposalOfTwoBodiesAdvancesToADutyOfOne() throws {
    let changes = try compare(
      "# 4. Options\n\n4.1 We are considering placing a duty on PCTs and councils to co-operate.\n\n"
        + "4.2 A more specific duty could require the two bodies to agree a joint assessment of local needs.\n",
      "# 3. Duties\n\n3.1 PCTs must agree with each council a joint assessment of local needs.\n\n"
        + "3.2 PCTs and councils should agree in writing how they will work together.\n")
    let advanced = try #require(
      changes.first { $0.change == .advanced && $0.new?.action.contains("joint") == true })
    #expect(advanced.old?.kind == .proposal)
    #expect(advanced.old?.bearer?.parties == ["PCT", "council"])
    #expect(advanced.new?.kind == .duty)
    #expect(changes.contains { $0.change == .added && $0.new?.action.hasPrefix("agree in writing") == true })
  }

  /// "We propose to V" is the author's proposal of an act; "We will V" in the next paper advances it.
  @Test func aProposedActBecomesACommitment() throws {
    let green =
      "---\ntitle: Care at home green paper\n---\n\n3.1 We propose to pilot personal budgets in ten areas.\n"
    let white =
      "---\ntitle: Care at home white paper\n---\n\n3.1 We will pilot personal budgets in ten areas.\n"
    let reader = DocumentReader()
    let changes = RevisionDiffer().compare(
      old: try reader.read(string: green, path: "green.md"),
      new: try reader.read(string: white, path: "white.md")
    ).realChanges
    #expect(changes.map(\.change) == [.advanced])
    #expect(changes.first?.old?.kind == .proposal)
    #expect(changes.first?.new?.kind == .commitment)
  }

  @Test func aDutyPassedToTheSuccessorBodyIsARenameNotATransfer() throws {
    let renamed = try #require(
      try compare(
        "1. Each primary care trust must publish a plan.\n",
        "1. Each clinical commissioning group must publish a plan.\n"
      )
      .first)
    #expect(renamed.change == .bearerRenamed)
    #expect(
      renamed.notes == [
        "bearer renamed by reorganisation: primary care trust → clinical commissioning group (2013)"
      ])
    // Two steps: primary care trust → clinical commissioning group → integrated care board.
    let twice = try #require(
      try compare(
        "1. Each primary care trust must publish a plan.\n",
        "1. Each integrated care board must publish a plan.\n"
      )
      .first)
    #expect(twice.change == .bearerRenamed)
    #expect(
      twice.notes.first?.hasSuffix("clinical commissioning group (2013) → integrated care board (2022)")
        == true)
    // A different kind of body is a real transfer; an abolished bearer is noted.
    let moved = try #require(
      try compare(
        "1. Each strategic health authority must publish a plan.\n", "1. Each council must publish a plan.\n"
      ).first)
    #expect(moved.change == .bearerChanged)
    #expect(
      moved.notes.first?.hasPrefix(
        "strategic health authority: abolished by the Health and Social Care Act 2012") == true)
  }

  @Test func usersAddTheirOwnSuccessions() throws {
    let table = try BearerSuccession(
      csv: "predecessor,successor,year,note\nregional board,area partnership,2024,local reorganisation\n")
    let old = "1. Each regional board must publish a plan.\n"
    let new = "1. Each area partnership must publish a plan.\n"
    #expect(try compare(old, new).first?.change == .bearerChanged)
    #expect(
      try compare(old, new, successions: BearerSuccession.england.adding(table)).first?.change
        == .bearerRenamed)
    #expect(throws: DutiesError.self) {
      try BearerSuccession(csv: "predecessor,successor\n,x\n", path: "mine.csv")
    }
    // The built-in table round-trips through its CSV.
    #expect(try BearerSuccession(csv: BearerSuccession.england.csv) == BearerSuccession.england)
  }

  @Test func deadlinesAndTimeLimitsSayWhichWayTheyMoved() throws {
    let later = try #require(
      try compare(
        "1. Each council must publish a plan by April 2005.\n",
        "1. Each council must publish a plan by April 2006.\n"
      ).first)
    #expect(later.change == .timingChanged)
    #expect(later.notes == ["deadline moved later: by April 2005 → by April 2006"])
    let shorter = try #require(
      try compare(
        "1. The board must respond within 12 months of a request.\n",
        "1. The board must respond within 6 months of a request.\n"
      ).first)
    #expect(
      shorter.notes == ["time limit shortened: within 12 months of a request → within 6 months of a request"])
    let often = try #require(
      try compare("1. The board must meet annually.\n", "1. The board must meet quarterly.\n").first)
    #expect(often.notes == ["more often: annually → quarterly"])
  }
}

@Suite struct BearerSuccessionDocumentationTests {
  @Test func theDocumentedTableIsTheBuiltInOne() throws {
    let text = try String(
      contentsOf: SharedCorpus.packageRoot.appendingPathComponent("docs/bearer-succession.md"),
      encoding: .utf8)
    let rows = text.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| predecessor") }
      .map { $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } }
    let documented = rows.map { "\($0[0]),\($0[1] == "abolished" ? "" : $0[1]),\($0[2])" }
    let builtIn = BearerSuccession.england.entries.map {
      "\($0.predecessor),\($0.successor ?? ""),\($0.year)"
    }
    #expect(documented == builtIn)
  }
}
