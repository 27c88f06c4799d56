import Duties
import DutiesTestSupport
import Testing

@Suite struct ComparisonReviewTests {
  let old = "The council should consult residents. Providers may keep records. Schools must open."
  let new =
    "The council must consult residents. Providers must keep records. Schools must open. Providers must report."

  func comparison() throws -> DocumentComparison {
    let reader = DocumentReader()
    return RevisionDiffer(includesUnchanged: false).compare(
      old: try reader.read(string: old, path: "old.txt"), new: try reader.read(string: new, path: "new.txt"))
  }

  @Test func eachChangeTakesItsDecision() throws {
    let plain = try comparison()
    #expect(plain.changes.count == 3)
    #expect(plain.review == nil && plain.hasOpenChanges)
    let ids = plain.changes.map(\.id)
    let file = ReviewFile(decisions: [
      ReviewDecision(change: ids[0], decision: .accepted, by: "Ann"),
      ReviewDecision(
        change: ids[1], decision: .waived, by: "Ann", reason: "practice already", expires: "2027-01-31"),
      ReviewDecision(change: "ch-000000000000", decision: .accepted),
    ])
    let reviewed = plain.reviewed(with: file, on: "2027-01-31")
    #expect(reviewed.changes.map { $0.review?.status } == [.accepted, .waived, .unreviewed])
    #expect(
      reviewed.review?.counts == [
        "accepted": 1, "waived": 1, "unreviewed": 1, "waiver-expired": 0, "needs-action": 0,
      ])
    #expect(reviewed.review?.unmatchedDecisions == 1)
    #expect(reviewed.review?.open == 1)
    #expect(reviewed.hasOpenChanges)
    // The day after the waiver's last, it is open again.
    let later = plain.reviewed(with: file, on: "2027-02-01")
    #expect(later.changes.map { $0.review?.status } == [.accepted, .waiverExpired, .unreviewed])
    #expect(later.onlyOpen().changes.map(\.id) == [ids[1], ids[2]])
    #expect(later.onlyOpen().summary.counts.values.reduce(0, +) == 2)
  }

  @Test func decidingEveryChangeClosesTheReview() throws {
    let plain = try comparison()
    var file = ReviewFile().adding(plain.changes) { $0.change.rawValue }
    #expect(file.decisions.map(\.decision) == [.pending, .pending, .pending])
    #expect(plain.reviewed(with: file, on: "2027-01-01").hasOpenChanges)
    file.decisions = file.decisions.map {
      ReviewDecision(change: $0.change, decision: .needsAction, note: "n", owner: "Bo")
    }
    let closed = plain.reviewed(with: file, on: "2027-01-01")
    #expect(!closed.hasOpenChanges)
    #expect(closed.onlyOpen().changes.isEmpty)
    // Adding again keeps the decisions and adds nothing.
    #expect(file.adding(plain.changes) { _ in "" } == file)
  }

  @Test func theReportShowsEachDecision() throws {
    let plain = try comparison()
    let file = ReviewFile(decisions: [
      ReviewDecision(
        change: plain.changes[0].id, decision: .needsAction, note: "update the form", owner: "Bo")
    ])
    let reviewed = plain.reviewed(with: file, on: "2027-01-01")
    let text = ComparisonText.terminal(reviewed, color: false)
    #expect(text.contains("Review (2027-01-01): 1 needing action, 2 not reviewed."))
    #expect(text.contains("review: needs action (owner Bo): update the form · \(plain.changes[0].id)"))
    let csv = ComparisonText.csv(reviewed)
    #expect(csv.contains(",\(plain.changes[0].id),needs-action,needs action (owner Bo): update the form"))
    let none = ComparisonText.terminal(
      reviewed.onlyOpen().reviewed(with: ReviewFile(), on: "2027-01-01"), color: false)
    #expect(none.contains("2 not reviewed"))
  }
}

@Suite struct DefinitionReviewTests {
  @Test func aDefinitionOrCommencementChangeIsDecidedLikeAnyOther() throws {
    let reader = DocumentReader()
    let comparison = RevisionDiffer(includesUnchanged: false).compare(
      old: try reader.read(
        string: "This policy takes effect on 1 January 2026. “Member” means an employee of the council. "
          + "Members must attend.", path: "old.txt"),
      new: try reader.read(
        string: "This policy takes effect on 1 April 2026. “Member” means an employee or contractor of the "
          + "council. Members must attend.", path: "new.txt"))
    #expect(comparison.realChanges.isEmpty)
    let definition = try #require(comparison.definitionChanges.first)
    let commencement = try #require(comparison.commencementChanges?.first)
    #expect(definition.id.wholeMatch(of: /ch-[0-9a-f]{12}/) != nil && definition.id != commencement.id)
    let open = comparison.reviewed(with: ReviewFile(), on: "2027-01-01")
    #expect(open.hasOpenChanges)
    #expect(open.review?.counts["unreviewed"] == 2)
    let template = ReviewFileJSON.render([comparison])
    #expect(
      template.contains(
        "\"change\" : \"\(definition.id)\",\n      \"summary\" : \"definition · What “member” means"))
    #expect(
      template.contains(
        "\"change\" : \"\(commencement.id)\",\n      \"summary\" : \"commencement · Commencement changed"))
    let file = ReviewFile(decisions: [
      ReviewDecision(change: definition.id, decision: .accepted, by: "Ann"),
      ReviewDecision(change: commencement.id, decision: .waived, by: "Ann", reason: "date agreed"),
    ])
    let decided = comparison.reviewed(with: file, on: "2027-01-01")
    #expect(!decided.hasOpenChanges)
    #expect(decided.onlyOpen().definitionChanges.isEmpty && decided.onlyOpen().commencementChanges == nil)
    let text = ComparisonText.terminal(decided, color: false)
    #expect(text.contains("(review: accepted by Ann · \(definition.id))"))
    #expect(text.contains("(review: waived by Ann: date agreed · \(commencement.id))"))
  }
}
