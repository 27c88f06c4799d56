import DutiesTestSupport
import Foundation
import Testing

/// `duties diff REV:path path`, `REV1:path REV2:path` and `--git REV`, in a repository of three commits.
@Suite final class GitRevisionCommandTests {
  let folder: TemporaryFolder

  init() throws {
    folder = try TemporaryFolder()
    try git(["init", "-q"])
    try folder.write("# Plans\n\nThe council should consult residents.\n", to: "docs/policy.md")
    try folder.write("Schools must open on weekdays.\n", to: "docs/schools.txt")
    try commit("first")
    try folder.write("# Plans\n\nThe council must consult residents.\n", to: "docs/policy.md")
    try commit("second")
    try folder.write(
      "# Plans\n\nThe council must consult residents.\n\nThe council may charge fees.\n", to: "docs/policy.md"
    )
    try commit("third")
  }

  deinit { folder.remove() }

  @discardableResult
  func git(_ arguments: [String]) throws -> CommandRunner.Result {
    let result = try CommandRunner.run(
      program: URL(fileURLWithPath: "/usr/bin/env"), ["git"] + arguments,
      environment: [
        "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org", "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.org", "GIT_CONFIG_GLOBAL": "/dev/null",
        "GIT_CONFIG_NOSYSTEM": "1",
      ], in: folder.url)
    #expect(result.status == 0, "git \(arguments): \(result.stderr)")
    return result
  }

  func commit(_ message: String) throws {
    try git(["add", "-A"])
    try git(["commit", "-q", "-m", message])
  }

  /// The user's own git settings are not read, by git or by duties' git.
  let isolated = ["GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1"]

  func duties(_ arguments: [String]) throws -> CommandRunner.Result {
    try CommandRunner.run(arguments, environment: isolated, in: folder.url)
  }

  @Test func aFileAtARevisionIsReadLikeAFile() throws {
    let two = try duties(["diff", "HEAD~2:docs/policy.md", "HEAD~1:docs/policy.md"])
    #expect(two.status == 0, "\(two.stderr)")
    #expect(two.stdout.contains("old: HEAD~2:docs/policy.md"))
    #expect(two.stdout.contains("1 strengthened."))
    #expect(two.stdout.contains("old HEAD~2:docs/policy.md:3:1 · new HEAD~1:docs/policy.md:3:1"))
    // Against the working tree, and from inside the folder: the path is the repository's file.
    let working = try CommandRunner.run(
      ["diff", "HEAD~1:policy.md", "policy.md"], in: folder.url.appendingPathComponent("docs"))
    #expect(working.stdout.contains("1 added."))
    #expect(working.stdout.contains("ADDED permission — council: charge fees"))
  }

  @Test func aBadRevisionOrPathIsAnError() throws {
    let revision = try duties(["diff", "HEAD~9:docs/policy.md", "docs/policy.md"])
    #expect(revision.status == 2)
    #expect(revision.stderr.contains("HEAD~9:docs/policy.md: error: git: "))
    let path = try duties(["diff", "HEAD:docs/missing.md", "docs/policy.md"])
    #expect(path.status == 2)
    #expect(path.stderr.contains("HEAD:docs/missing.md: error: git: path 'docs/missing.md' does not exist"))
  }

  @Test func everyChangedDocumentSinceARevision() throws {
    try folder.write("Shops must close on Sundays.\n", to: "docs/shops.md")
    try FileManager.default.removeItem(atPath: folder.path("docs/schools.txt"))
    try folder.write("not a policy", to: "docs/notes.log")
    let result = try duties(["diff", "--git", "HEAD~2", "--exit-code"])
    #expect(result.status == 1, "\(result.stderr)")
    #expect(result.stdout.contains("new: docs/policy.md"))
    #expect(result.stdout.contains("REMOVED duty — school: open on weekdays"))
    #expect(result.stdout.contains("new: docs/shops.md"))
    #expect(!result.stdout.contains("notes.log"))
    let json = try duties(["diff", "--git", "HEAD~2", "--format", "json", "--", "docs/policy.md"])
    let array = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
    #expect(array?.count == 1)
    let unchanged = try duties(["diff", "--git", "HEAD", "--exit-code", "--", "docs/policy.md"])
    #expect(unchanged.status == 0)
    #expect(unchanged.stdout.contains("No document changed since HEAD."))
    // Several documents in HTML: one page, one reviewer over all their changes, an article each.
    let html = try duties(["diff", "--git", "HEAD~2", "--format", "html"])
    #expect(html.status == 0, "\(html.stderr)")
    #expect(html.stdout.components(separatedBy: "<html").count == 2)
    #expect(html.stdout.components(separatedBy: "<article class=\"comparison\">").count == 4)
    #expect(html.stdout.components(separatedBy: "id=\"export\"").count == 2)
    #expect(html.stdout.contains("<p class=\"meta\">3 comparisons.</p>"))
    let none = try duties(["diff", "--git", "HEAD", "--format", "html", "--", "docs/policy.md"])
    #expect(none.stdout.hasPrefix("<!DOCTYPE html>") && none.stdout.contains("No document changed."))
    let empty = try duties(["diff", "--git", "HEAD", "--format", "json", "--", "docs/policy.md"])
    #expect(try JSONSerialization.jsonObject(with: Data(empty.stdout.utf8)) as? [Any] != nil)
    let csv = try duties(["diff", "--git", "HEAD", "--format", "csv", "--", "docs/policy.md"])
    #expect(
      csv.stdout.hasPrefix("change,aspects,section,") && csv.stdout.components(separatedBy: "\r\n").count == 2
    )
    let option = try duties(["diff", "--git=--output=x"])
    #expect(option.status == 2 && !FileManager.default.fileExists(atPath: folder.path("x")))
    #expect(option.stderr.contains("--output=x: error: a revision does not start with '-'"))
  }

  @Test func aRenamedDocumentIsComparedWithItsOldSelf() throws {
    try git(["mv", "docs/policy.md", "docs/plans.md"])
    try folder.write(
      "# Plans\n\nThe council must consult residents.\n\nThe council must charge no fees.\n",
      to: "docs/plans.md")
    let result = try duties(["diff", "--git", "HEAD"])
    #expect(result.stdout.contains("old: HEAD:docs/policy.md\nnew: docs/plans.md"), "\(result.stdout)")
    #expect(!result.stdout.contains("ADDED duty — council: consult residents"))
  }

  @Test func aDocumentThatCannotBeReadIsReportedAndTheOthersGoOn() throws {
    try folder.write("<?xml version=\"1.0\"?><doc><p>The board must meet.</p></doc>", to: "docs/board.xml")
    try commit("fourth")
    try folder.write("<?xml version=\"1.0\"?><doc><p>The board must meet.</doc>", to: "docs/board.xml")
    try folder.write("# Plans\n\nThe council must consult residents.\n", to: "docs/policy.md")
    let result = try duties(["diff", "--git", "HEAD"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("docs/board.xml:1:"))
    #expect(result.stdout.contains("REMOVED permission — council: charge fees"), "\(result.stdout)")
  }
}
