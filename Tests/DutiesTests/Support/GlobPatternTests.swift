import Duties
import Testing

@Suite struct GlobPatternTests {
  @Test(arguments: [
    ("*.md", "guidance.md", true), ("*.md", "a/b/guidance.md", true), ("*.md", "guidance.txt", false),
    ("drafts/*.md", "drafts/a.md", true), ("drafts/*.md", "x/drafts/a.md", false),
    ("drafts/*.md", "drafts/b/a.md", false),
    ("/top.md", "top.md", true), ("/top.md", "a/top.md", false), ("guidance/**", "guidance/a/b.md", true),
    ("**/old/*.md", "old/a.md", true), ("**/old/*.md", "x/y/old/a.md", true), ("a/**/b.md", "a/b.md", true),
    ("a/**/b.md", "a/x/y/b.md", true), ("v?.md", "v1.md", true), ("v?.md", "v10.md", false),
    ("[0-9]*.md", "2011-guidance.md", true), ("[!0-9]*.md", "2011-guidance.md", false),
    ("\\#x.md", "#x.md", true),
    ("[z-a].md", "a.md", false), ("[.md", "[.md", true), ("guidance/**", "guidance", false),
    ("*a*a*a*a*a*a*a*a*a*a*b", String(repeating: "a", count: 60), false),
  ])
  func matches(_ pattern: String, _ path: String, _ expected: Bool) {
    #expect(GlobPattern(pattern).matches(path, isFolder: false) == expected, "\(pattern) ~ \(path)")
  }

  @Test func foldersNegationAndCase() {
    #expect(GlobPattern("drafts/").matches("a/drafts", isFolder: true))
    #expect(!GlobPattern("drafts/").matches("a/drafts", isFolder: false))
    #expect(GlobPattern("!keep.md").isNegated && GlobPattern("!keep.md").matches("keep.md", isFolder: false))
    #expect(GlobPattern("README*", ignoringCase: true).matches("docs/readme.md", isFolder: false))
    #expect(!GlobPattern("README*").matches("docs/readme.md", isFolder: false))
  }
}
