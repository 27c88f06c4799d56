import DutiesTestSupport
import Foundation
import Testing

/// `duties diff --review`: decisions kept in a file, applied to a comparison and to the next one.
@Suite final class ReviewCommandTests {
  let folder: TemporaryFolder
  let old: String
  let new: String
  let review: String

  init() throws {
    folder = try TemporaryFolder()
    old = try folder.write(
      "# Plans\n\nThe council should consult residents.\n\n# Records\n\nProviders may keep records for six years.\n",
      to: "old.md")
    new = try folder.write(
      "# Plans\n\nThe council must consult residents.\n\n# Records\n\nProviders must keep records for six years.\n\n"
        + "Providers must report incidents within 48 hours.\n", to: "new.md")
    review = folder.path("review.json")
  }

  deinit { folder.remove() }

  /// The review file's decisions as JSON objects.
  func decisions() throws -> [[String: String]] {
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: review)))
    return ((object as? [String: Any])?["decisions"] as? [[String: String]]) ?? []
  }

  /// Writes the review file with `decide` applied to its pending decisions, in order.
  func decide(_ decide: [[String: String]]) throws {
    var entries = try decisions()
    for (index, fields) in decide.enumerated() { entries[index].merge(fields) { $1 } }
    let data = try JSONSerialization.data(
      withJSONObject: ["version": 1, "decisions": entries], options: .prettyPrinted)
    try data.write(to: URL(fileURLWithPath: review))
  }

  @Test func aTeamReviewsAndTheGatePassesOnlyWhenEveryChangeIsDecided() throws {
    let missing = try CommandRunner.run(["diff", old, new, "--review", review])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("review.json: error: no such file"))
    let created = try CommandRunner.run([
      "diff", old, new, "--review", review, "--update-review", "--exit-code",
    ])
    #expect(created.status == 1)
    #expect(created.stdout.contains("Review ("))
    #expect(created.stdout.contains("3 not reviewed."))
    #expect(try decisions().map { $0["decision"] } == ["pending", "pending", "pending"])
    try decide([
      ["decision": "accepted", "by": "Ann"],
      ["decision": "waived", "by": "Ann", "reason": "our practice already", "expires": "2030-01-31"],
      ["decision": "needs-action", "owner": "Bo", "note": "update the incident procedure"],
    ])
    let passed = try CommandRunner.run([
      "diff", old, new, "--review", review, "--exit-code", "--review-date", "2030-01-31",
    ])
    #expect(passed.status == 0, "\(passed.stderr)")
    #expect(passed.stdout.contains("review: accepted by Ann"))
    #expect(passed.stdout.contains("review: waived by Ann until 2030-01-31: our practice already"))
    #expect(passed.stdout.contains("review: needs action (owner Bo): update the incident procedure"))
    let open = try CommandRunner.run([
      "diff", old, new, "--review", review, "--only", "unreviewed", "--review-date", "2030-01-31",
    ])
    #expect(open.stdout.contains("No change is open for review."))
    // The day after the waiver's last, the gate fails on that change alone.
    let expired = try CommandRunner.run(
      [
        "diff", old, new, "--review", review, "--exit-code", "--only", "unreviewed", "--review-date",
        "2030-02-01",
      ])
    #expect(expired.status == 1)
    #expect(expired.stdout.contains("waiver expired 2030-01-31 (Ann): our practice already"))
    #expect(!expired.stdout.contains("accepted by Ann"))
  }

  @Test func decisionsCarryToTheNextRevision() throws {
    _ = try CommandRunner.run(["diff", old, new, "--review", review, "--update-review"])
    try decide([
      ["decision": "accepted", "by": "Ann"], ["decision": "accepted", "by": "Ann"],
      ["decision": "accepted", "by": "Ann"],
    ])
    // A later revision adds a duty in another section; the three decided changes recur.
    let later = try folder.write(
      try String(contentsOfFile: new, encoding: .utf8) + "\n# Schools\n\nSchools must publish a policy.\n",
      to: "later.md")
    let result = try CommandRunner.run([
      "diff", old, later, "--review", review, "--exit-code", "--format", "json",
    ])
    #expect(result.status == 1)
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let changes = object?["changes"] as? [[String: Any]] ?? []
    let statuses = changes.map { ($0["review"] as? [String: Any])?["status"] as? String }
    #expect(
      statuses.sorted { ($0 ?? "") < ($1 ?? "") } == ["accepted", "accepted", "accepted", "unreviewed"])
    #expect(changes.allSatisfy { ($0["id"] as? String)?.hasPrefix("ch-") == true })
    let summary = object?["review"] as? [String: Any]
    #expect((summary?["counts"] as? [String: Int])?["unreviewed"] == 1)
  }

  @Test func aBadReviewFileIsAnErrorAndIsNotOverwritten() throws {
    let broken =
      "{\"version\": 1,\n \"decisions\": [\n  {\"change\": \"ch-0123456789ab\", \"decision\": \"waived\"}\n]}\n"
    try broken.write(toFile: review, atomically: true, encoding: .utf8)
    let result = try CommandRunner.run(["diff", old, new, "--review", review, "--update-review"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("review.json:3:3: error: a waived decision needs \"reason\""))
    #expect(result.stdout.isEmpty)
    #expect(try String(contentsOfFile: review, encoding: .utf8) == broken)
    let usage = try CommandRunner.run(["diff", old, new, "--update-review"])
    #expect(usage.status == 64)
    #expect(usage.stderr.contains("--update-review needs --review FILE"))
    let date = try CommandRunner.run(["diff", old, new, "--review", review, "--review-date", "31/01/2030"])
    #expect(date.status == 64)
    for option in [["--only", "unreviewed"], ["--review-date", "2030-01-01"]] {
      let alone = try CommandRunner.run(["diff", old, new] + option)
      #expect(alone.status == 64)
      #expect(alone.stderr.contains("\(option[0]) needs --review FILE"))
    }
  }
}
