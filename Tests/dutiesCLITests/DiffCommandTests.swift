import DutiesTestSupport
import Foundation
import Testing

@Suite struct DiffCommandTests {
  let old = SharedCorpus.demo("joint-working-guidance/2011-10-guidance.xml").path
  let new = SharedCorpus.demo("joint-working-guidance/2011-11-guidance-revised.md").path

  @Test func exitCodeSaysWhetherObligationsChanged() throws {
    let changed = try CommandRunner.run(["diff", "--exit-code", old, new])
    #expect(changed.status == 1)
    let same = try CommandRunner.run(["diff", "--exit-code", old, old])
    #expect(same.status == 0)
    #expect(same.stdout.contains("No obligation changed."))
    let plain = try CommandRunner.run(["diff", old, new])
    #expect(plain.status == 0)
    let missing = try CommandRunner.run(["diff", "--exit-code", old, "/nonexistent.md"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("/nonexistent.md: error:"))
  }

  @Test func briefingLeadsWithTheNewDuty() throws {
    let result = try CommandRunner.run(["diff", old, new])
    #expect(result.stdout.contains("3 added, 1 strengthened, 1 with changed timing."))
    let added = try #require(result.stdout.range(of: "ADDED duty — single executive team"))
    let reworded = result.stdout.range(of: "TIMING-CHANGED")
    #expect(reworded.map { added.lowerBound < $0.lowerBound } ?? true)
    #expect(result.stdout.contains("where: where there is one or more Care Trust"))
  }

  @Test func jsonIsVersionedDeterministicAndComplete() throws {
    let first = try CommandRunner.run(["diff", "--format", "json", "--all", old, new])
    let second = try CommandRunner.run(["diff", "--format", "json", "--all", old, new])
    #expect(first.stdout == second.stdout)
    let object = try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any]
    #expect(object?["schemaVersion"] as? Int == 1)
    let changes = object?["changes"] as? [[String: Any]] ?? []
    #expect(changes.contains { $0["change"] as? String == "unchanged" })
    let strengthened = try #require(changes.first { $0["change"] as? String == "strengthened" })
    #expect(strengthened["old"] != nil && strengthened["new"] != nil && strengthened["wordDiff"] != nil)
  }

  @Test func htmlIsSelfContained() throws {
    let result = try CommandRunner.run(["diff", "--format", "html", old, new])
    #expect(result.stdout.hasPrefix("<!DOCTYPE html>"))
    #expect(result.stdout.contains("<ins>must</ins>"))
    #expect(result.stdout.contains("<del>should</del>"))
    #expect(result.stdout.contains("data-kind=\"added\""))
    #expect(!result.stdout.contains("src=\"http"))
    #expect(!result.stdout.contains("href=\"http"))
    #expect(!result.stdout.contains("<link"))
  }

  @Test func csvHasOneRowPerChange() throws {
    let result = try CommandRunner.run(["diff", "--format", "csv", old, new])
    let rows = result.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(rows.first?.hasPrefix("change,aspects,section") == true)
    #expect(rows.count == 1 + 5)
    // Notes, sections, paths, columns, conditions and timing of each side, after the first columns.
    #expect(
      rows.first?.hasSuffix(
        ",notes,section_old,section_new,path_old,path_new,column_old,column_new,conditions_old,conditions_new,"
          + "timing_old,timing_new,id,review,review_detail") == true)
    let timing = try #require(rows.first { $0.hasPrefix("timing-changed,") })
    #expect(timing.contains("deadline moved later: by 31 March 2012 → by 30 April 2012"))
    #expect(timing.contains(",\(old),\(new),"))
    #expect(timing.contains(",deadline: by 31 March 2012,deadline: by 30 April 2012,ch-"))
    // Without a review file, a change has its identity and no review.
    #expect(timing.wholeMatch(of: /.*,ch-[0-9a-f]{12},,/) != nil)
  }
}

extension DiffCommandTests {
  @Test(.enabled(if: SharedCorpus.isAvailable)) func definitionChangesAreInTheBriefing() throws {
    let old = SharedCorpus.corpus("legalize-uk-care-act-2014-excerpt/2015-04-01_10240cfc/ukpga-2014-23.md")
      .path
    let new = SharedCorpus.corpus("legalize-uk-care-act-2014-excerpt/post-2022_4fa878e2/ukpga-2014-23.md")
      .path
    let result = try CommandRunner.run(["diff", old, new])
    #expect(
      result.stdout.contains(
        "Who counts as “NHS body” changed (Part 1 › 6 › (8)): adds NHS England, integrated care board"))
  }
}

/// A side from which nothing was read is never compared as if it were a document (issue #22).
@Suite struct EmptySideDiffTests {
  @Test func oneEmptySideIsAnError() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let empty = try folder.write("<!-- nothing yet -->\n", to: "old.md")
    let full = try folder.write("# Guidance\n\nThe council must publish a plan.\n", to: "new.md")
    for arguments in [[empty, full], [full, empty], ["--exit-code", empty, full]] {
      let result = try CommandRunner.run(["diff"] + arguments)
      #expect(result.status == 2, "\(arguments)")
      #expect(result.stdout.isEmpty)
      #expect(result.stderr.contains(empty + ": error: no text was read from the"))
    }
  }

  @Test func bothEmptySaySoInTheSummaryAndTheJSON() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let old = try folder.write("", to: "old.txt")
    let new = try folder.write("  \n", to: "new.txt")
    let text = try CommandRunner.run(["diff", old, new])
    #expect(text.status == 0)
    #expect(text.stdout.contains(old + ":1:1: warning: the file is empty"))
    #expect(text.stdout.contains(new + ":1:1: warning: the file is empty"))
    let json = try CommandRunner.run(["diff", "--format", "json", old, new])
    #expect(json.stdout.contains("\"warnings\" : [\n      \"" + old + ":1:1: warning: the file is empty"))
  }

  /// Markdown that starts with HTML was read as XML and failed, or gave nothing with exit 0.
  @Test func markdownStartingWithHTMLIsCompared() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let old = try folder.write(
      "<a name=\"s1\"></a>\n# 1. Duties\n\nThe council should publish a plan.\n", to: "old.md")
    let new = try folder.write(
      "<!-- revised -->\n<a name=\"s1\"></a>\n# 1. Duties\n\nThe council must publish a plan.\n", to: "new.md"
    )
    let result = try CommandRunner.run(["diff", old, new])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("STRENGTHENED"))
    #expect(result.stderr.isEmpty)
  }
}

@Suite struct SuccessionCommandTests {
  @Test func builtInTableAndUsersOwn() throws {
    let table = try CommandRunner.run(["successions"])
    #expect(table.status == 0)
    #expect(table.stdout.hasPrefix("predecessor,successor,year,note\r\n"))
    #expect(table.stdout.contains("clinical commissioning group,integrated care board,2022,"))
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let old = try folder.write("1. Each regional board must publish a plan.\n", to: "old.txt")
    let new = try folder.write("1. Each area partnership must publish a plan.\n", to: "new.txt")
    let mine = try folder.write(
      table.stdout + "regional board,area partnership,2024,merger\r\n", to: "mine.csv")
    let plain = try CommandRunner.run(["diff", "--format", "json", old, new])
    #expect(plain.stdout.contains("\"change\" : \"bearer-changed\""))
    let renamed = try CommandRunner.run(["diff", "--format", "json", "--successions", mine, old, new])
    #expect(renamed.stdout.contains("\"change\" : \"bearer-renamed\""))
    #expect(renamed.stdout.contains("regional board → area partnership (2024)"))
    let missing = try CommandRunner.run(["diff", "--successions", folder.path("none.csv"), old, new])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("none.csv: error:"))
  }
}
