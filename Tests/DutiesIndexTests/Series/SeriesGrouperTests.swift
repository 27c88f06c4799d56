import Foundation
import Testing

@testable import DutiesIndex

@Suite struct SeriesGrouperTests {
  typealias Entry = SeriesGrouper.Entry

  func entry(_ path: String, title: String? = nil, identifier: String? = nil, version: String? = nil) -> Entry
  {
    Entry(path: path, title: title, identifier: identifier, version: version, obligations: 1)
  }

  @Test func datedNamesInOneFolderAreOneSeriesInDateOrder() {
    let series = SeriesGrouper.group([
      entry("/c/guidance-2011-05.xml", title: "Joint working"),
      entry("/c/guidance-2011-03.xml", title: "Joint working"),
      entry("/c/other.xml", title: "Something else"),
    ])
    #expect(series.count == 1)
    #expect(series.first?.members.map(\.path) == ["/c/guidance-2011-03.xml", "/c/guidance-2011-05.xml"])
    #expect(series.first?.members.map(\.date) == ["2011-03", "2011-05"])
    #expect(series.first?.id == "joint-working")
  }

  /// Paths stored under a name (`--as`) group among themselves, never with an absolute path that
  /// only the current directory would make the same.
  @Test func pathsStoredUnderANameDoNotDependOnTheCurrentDirectory() {
    let here = FileManager.default.currentDirectoryPath
    let series = SeriesGrouper.group([
      entry("team/acts/draft-01/policy.md", title: "Policy"),
      entry("team/acts/draft-02/policy.md", title: "Policy"),
      entry(here + "/team/acts/draft-00/policy.md", title: "Policy"),
    ])
    #expect(series.count == 1)
    #expect(
      series.first?.members.map(\.path) == ["team/acts/draft-01/policy.md", "team/acts/draft-02/policy.md"])
  }

  @Test func sameFileNameInVersionFoldersIsASeries() {
    let series = SeriesGrouper.group([
      entry("/c/rfc/draft-06/draft-ietf-x.md", title: "New title"),
      entry("/c/rfc/draft-00/draft-ietf-x.md", title: "Old title"),
      entry("/c/gds/after-1e2cb03a36/page.md"),
      entry("/c/gds/before-61a7331991/page.md"),
      // SOURCES.md in folders that are not versions of anything.
      entry("/c/one-2014-excerpt/SOURCES.md", title: "One"),
      entry("/c/two-2006-excerpt/SOURCES.md", title: "Two"),
    ])
    #expect(series.count == 2)
    let rfc = series.first { $0.title == "New title" }
    #expect(
      rfc?.members.map(\.path) == ["/c/rfc/draft-00/draft-ietf-x.md", "/c/rfc/draft-06/draft-ietf-x.md"])
    let gds = series.first { $0.title == "page.md" }
    #expect(gds?.members.first?.path == "/c/gds/before-61a7331991/page.md")
  }

  @Test func workIdentifiersJoinVersionsAndBillStages() {
    let series = SeriesGrouper.group([
      entry(
        "/c/a.xml", title: "Guidance",
        identifier: "/akn/gb/doc/guidance/dh/2011/joint-working/eng@2011-10-03/main"),
      entry("/c/b.md", title: "Guidance (revised)", identifier: "/akn/gb/doc/guidance/dh/2011/joint-working"),
      entry(
        "/c/HJ37_RFS.XML", title: "116 HJRES 37 RFS: X", identifier: "116 HJRES 37 RFS",
        version: "Referred in Senate"),
      entry(
        "/c/HJ37_RH.XML", title: "116 HJRES 37 RH: X", identifier: "116 HJRES 37 RH",
        version: "Reported in House"),
    ])
    #expect(series.count == 2)
    let bill = series.first { $0.members.count == 2 && $0.members[0].path.hasSuffix(".XML") }
    #expect(bill?.members.map(\.path) == ["/c/HJ37_RH.XML", "/c/HJ37_RFS.XML"])
  }

  @Test func sameTitleJoinsOnlyDifferentDates() {
    let series = SeriesGrouper.group([
      entry("/a/2015-04-01_x/care-act.md", title: "Care Act 2014"),
      entry("/a/post-2022_y/care-act.md", title: "Care Act 2014"),
      // Two volumes of one edition: the same title and year, not versions.
      entry("/u/CFR-2018-title27-vol2.xml", title: "Title 27", identifier: "27"),
      entry("/u/CFR-2018-title27-vol3.xml", title: "Title 27", identifier: "27"),
      // Issues of a periodical: dated names, different titles.
      entry("/u/FR-2017-06-07.xml", title: "Federal Register Volume 82, Issue 108"),
      entry("/u/FR-2018-05-10.xml", title: "Federal Register Volume 83, Issue 91"),
      // Bill numbers are not years.
      entry("/u/114hr2028enr.xml", title: "HR 2028"),
      entry("/u/114hr2029enr.xml", title: "HR 2029"),
    ])
    #expect(series.map(\.title) == ["Care Act 2014"])
    #expect(series.first?.members.map(\.date) == ["2015-04-01", "2022"])
  }

  @Test func versionMarksAndDates() {
    #expect(SeriesGrouper.withoutVersionMarks("guidance-2011-11-revised") == "guidance")
    #expect(SeriesGrouper.withoutVersionMarks("policy_v3") == "policy")
    #expect(SeriesGrouper.withoutVersionMarks("114hr2028enr") == "114hr2028enr")
    #expect(VersionOrder.date(in: "20111114-note") == "2011-11-14")
    #expect(VersionOrder.date(in: "ukpga-2014-23") == "2014")  // a year alone; 23 is no month
    #expect(VersionOrder.versionNumber(in: "draft-06") == 6)
    #expect(SeriesGrouper.slug("Care Act 2014: Part 1") == "care-act-2014-part-1")
  }
}
