import DutiesTestSupport
import Foundation
import Testing

/// Inputs as people have them (issue #29), end to end through `duties diff`, `extract` and
/// `summary`: tables, inline definitions, commencement, retargeted references, paragraphs split,
/// TOML front matter. Every document is written by the test.
@Suite struct InputsCommandTests {
  /// Writes the two versions and returns `duties diff` of them.
  func diff(_ old: String, _ new: String, name: String = "policy.md", format: String = "text") throws
    -> CommandRunner.Result
  {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let before = try folder.write(old, to: "v1/" + name)
    let after = try folder.write(new, to: "v2/" + name)
    return try CommandRunner.run(["diff", "--format", format, before, after])
  }

  static let policy = """
    +++
    title = "Exceptions policy"
    +++
    This policy takes effect on 1 January 2026.

    ## 1 Definitions

    “Member” means an employee of the council.

    ## 2 Who does what

    The following bodies must carry out these actions:

    | Body | Action | Deadline |
    |---|---|---|
    | Board | Review each exception | 30 days |
    | Finance team | Report spending to the board | quarterly |

    Each member must declare their interests under section 4. The council must keep a register of interests.
    """

  @Test func aCellADefinitionACommencementAndAReference() throws {
    let new = Self.policy.replacingOccurrences(of: "30 days", with: "10 days")
      .replacingOccurrences(
        of: "an employee of the council", with: "an employee or contractor of the council"
      )
      .replacingOccurrences(of: "1 January 2026", with: "1 April 2026")
      .replacingOccurrences(of: "under section 4", with: "under section 9")
    let result = try diff(Self.policy, new)
    #expect(result.status == 0)
    for line in [
      "Commencement changed: This policy takes effect on 1 January 2026 → takes effect on 1 April 2026.",
      "What “member” means changed (1): means an employee of the council → means an employee or contractor of "
        + "the council. It names the bearer of 1 obligation.",
      "STRENGTHENED duty — board: review each exception",
      "time limit shortened: within 30 days → within 10 days",
      "REFERENCE-CHANGED duty — member: declare their interests under section 9",
      "reference retargeted: section 4 → section 9",
    ] {
      #expect(result.stdout.contains(line), "\(line)\n\(result.stdout)")
    }
  }

  /// One paragraph split into two (or two merged) changes no bearer: "It" still stands for the council.
  @Test func aSplitParagraphIsNoChange() throws {
    let joined = "# Plans\n\nThe council must publish a plan. It must consult residents first.\n"
    let split = "# Plans\n\nThe council must publish a plan.\n\nIt must consult residents first.\n"
    #expect(try diff(joined, split).stdout.contains("No obligation changed."))
    #expect(try diff(split, joined).stdout.contains("No obligation changed."))
  }

  @Test func tomlFrontMatterAndTheCommencementInExtractAndSummary() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write(Self.policy, to: "policy.md")
    let json = try CommandRunner.run(["extract", "--format", "json", path])
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let source = object?["source"] as? [String: Any]
    #expect(source?["title"] as? String == "Exceptions policy")
    let commencement = (source?["commencements"] as? [[String: Any]])?.first
    #expect(commencement?["when"] as? String == "1 January 2026")
    #expect(!json.stdout.contains("title = "))
    let summary = try CommandRunner.run(["summary", path])
    #expect(summary.stdout.contains("Commencement: This policy takes effect on 1 January 2026."))
    #expect(summary.stdout.contains("review each exception"))
  }
}
