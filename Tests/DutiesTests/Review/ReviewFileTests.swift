import Duties
import Testing

@Suite struct ReviewFileTests {
  let accepted = "ch-0123456789ab"
  let waived = "ch-aaaaaaaaaaaa"

  func read(_ text: String) throws(DutiesError) -> ReviewFile {
    try ReviewFile(json: Array(text.utf8), path: "review.json")
  }

  /// The error message for a file, `path:line:column: error: message`.
  func error(_ text: String) -> String? {
    do {
      _ = try read(text)
      return nil
    } catch {
      return error.description
    }
  }

  @Test func decisionsAreReadInTheirOrder() throws {
    let file = try read(
      """
      {"version": 1, "decisions": [
        {"change": "\(accepted)", "decision": "accepted", "by": "Ann", "summary": "strengthened · duty"},
        {"change": "\(waived)", "decision": "waived", "by": "Ann", "reason": "already done",
         "expires": "2027-02-28"},
        {"change": "ch-bbbbbbbbbbbb", "decision": "needs-action", "owner": "Bo", "note": "update the form"},
        {"change": "ch-cccccccccccc", "decision": "pending"}
      ]}
      """)
    #expect(file.decisions.map(\.decision) == [.accepted, .waived, .needsAction, .pending])
    #expect(file.decision(for: waived)?.expires == "2027-02-28")
    #expect(file.decision(for: "ch-ffffffffffff") == nil)
    #expect(try read(ReviewFileJSON.render(file)) == file)
  }

  @Test func aWaiverHoldsThroughItsExpiryDay() {
    let decision = ReviewDecision(
      change: waived, decision: .waived, by: "Ann", reason: "r", expires: "2027-02-28")
    #expect(!decision.hasExpired(on: "2027-02-28"))
    #expect(decision.hasExpired(on: "2027-03-01"))
    #expect(ChangeReview(decision: decision, on: "2027-03-01").status == .waiverExpired)
    #expect(ChangeReview(decision: decision, on: "2026-01-01").status == .waived)
    #expect(ChangeReview(decision: nil, on: "2026-01-01").status == .unreviewed)
    #expect(ChangeReview.Status.allCases.filter(\.isOpen) == [.unreviewed, .waiverExpired])
  }

  @Test func datesAreRealDays() {
    #expect(ReviewFile.isDate("2028-02-29"))
    #expect(!ReviewFile.isDate("2027-02-29"))
    #expect(!ReviewFile.isDate("2027-13-01"))
    #expect(!ReviewFile.isDate("31/01/2027"))
    #expect(ReviewFile.isDate(ReviewFile.today()))
  }

  @Test func whatIsWrongIsSaidWhereItIs() {
    #expect(
      error("{\"version\": 1,\n \"decisions\": [,]}")
        == "review.json:2:16: error: expected a value (a string, number, object, array, true, false or null)")
    #expect(
      error("[]")
        == "review.json:1:1: error: a review file is an object with \"version\" and \"decisions\", not an array"
    )
    #expect(error("{\"decisions\": []}") == "review.json:1:1: error: the review file has no \"version\" (1)")
    #expect(
      error("{\"version\": 2, \"decisions\": []}")?.contains(
        "1:13: error: the file is of version 2, written by a newer duties") == true)
    #expect(
      error("{\"version\": 1e20, \"decisions\": []}")?.contains(
        "1:13: error: the file is of version 1e+20, written by a newer duties") == true)
    #expect(
      error("{\"version\": 1, \"decisions\": [\n  {\"change\": \"\(accepted)\", \"decision\": \"aproved\"}]}")
        == "review.json:2:45: error: unknown decision \"aproved\"; expected accepted, waived, needs-action, pending"
    )
    #expect(
      error(
        "{\"version\": 1, \"decisions\": [\n  {\"change\": \"\(accepted)\", \"decision\": \"accepted\", \"expiry\": \"x\"}]}"
      )?.hasPrefix("review.json:2:57: error: unknown key \"expiry\" in a decision") == true)
    #expect(
      error(
        "{\"version\": 1, \"decisions\": [\n  {\"change\": \"\(waived)\", \"decision\": \"waived\", \"by\": \"Ann\"}]}"
      ) == "review.json:2:3: error: a waived decision needs \"reason\" (on \(waived))")
    #expect(
      error(
        "{\"version\": 1, \"decisions\": [\n  {\"change\": \"\(waived)\", \"decision\": \"needs-action\", \"owner\": \"Bo\"}]}"
      ) == "review.json:2:3: error: a needs-action decision needs \"note\" (on \(waived))")
    #expect(
      error(
        "{\"version\": 1, \"decisions\": [{\"change\": \"\(waived)\", \"decision\": \"waived\", \"by\": \"A\", \"reason\": \"r\", \"expires\": \"2027-02-30\"}]}"
      )?.contains("error: \"2027-02-30\" is not a date written YYYY-MM-DD") == true)
    #expect(
      error(
        "{\"version\": 1, \"decisions\": [{\"change\": \"\(accepted)\", \"decision\": \"accepted\", \"expires\": \"2027-02-01\"}]}"
      )?.contains("only a waiver expires") == true)
    #expect(
      error("{\"version\": 1, \"decisions\": [{\"change\": \"12\", \"decision\": \"accepted\"}]}")?.contains(
        "\"12\" is not a change identity") == true)
    #expect(
      error(
        "{\"version\": 1, \"decisions\": [{\"change\": \"\(accepted)\", \"decision\": \"accepted\", \"by\": 3}]}"
      )?.contains("\"by\" is a string, not a number") == true)
    #expect(
      error(
        "{\"version\": 1, \"decisions\": [\n{\"change\": \"\(accepted)\", \"decision\": \"accepted\"},\n{\"change\": \"\(accepted)\", \"decision\": \"pending\"}]}"
      ) == "review.json:3:1: error: a second decision on \(accepted); the first is on line 2")
  }
}
