import Duties
import DutiesTestSupport
import Testing

/// Specific provisions of real statutes, end to end: kind, parties, action, conditions, section, line.
@Suite(.enabled(if: SharedCorpus.isAvailable, "needs ../shared/corpus"))
struct StatuteTests {
  func obligations(_ path: String) throws -> [Obligation] {
    let document = try DocumentReader().read(path: SharedCorpus.corpus(path).path)
    return ObligationExtractor().extract(from: document)
  }

  @Test func careActSection6DutyToCooperate() throws {
    let all = try obligations("legalize-uk-care-act-2014-excerpt/post-2022_4fa878e2/ukpga-2014-23.md")
    let section6 = all.filter { $0.section == "Part 1 › 6 › (1)" }
    #expect(section6.count == 2)
    let authority = try #require(section6.first)
    #expect(authority.kind == .duty)
    #expect(authority.bearer?.parties == ["local authority"])
    #expect(authority.action == "co-operate with each of its relevant partners")
    #expect(authority.location.line == 9)
    #expect(authority.trigger.location.line == 9)
    #expect(authority.sentence.contains("(a) their respective functions relating to adults"))
    #expect(authority.sentence.contains("(c) functions of theirs"))
    // The new s.6(1A) is an exception to the duty in (1).
    #expect(
      authority.conditions.contains {
        $0.kind == .except && $0.text.hasPrefix("Subsection (1) does not apply")
      })
    let partner = section6[1]
    #expect(partner.bearer?.parties == ["relevant partner"])
    #expect(partner.action.hasPrefix("co-operate with the authority"))
    // The (a)/(b)/(c) items complete the duty; they are not obligations of their own.
    #expect(!all.contains { $0.section.hasPrefix("Part 1 › 6 › (1) › (") })
  }

  /// A list that completes a long action is its content, whether its items stand on lines of their
  /// own or follow the lead-in inline; a "by" inside an item names no agent of the action.
  @Test func aListThatCompletesAnActionIsItsContent() throws {
    let listed = try ExtractionProbe.obligations(
      """
      - (5) Rules made under this section may in particular make provision—

      - (a) as to the form of a return;

      - (b) imposing duties on the operator.
      """, format: .markdown)
    #expect(
      listed.map(\.action) == [
        "rules made under this section to in particular make provision— (a) as to the form of a return; (b) imposing duties on the operator"
      ])
    let inline = try ExtractionProbe.obligations(
      "The council must— (a) publish the plan; (b) consult the board.")
    #expect(inline.map(\.action) == ["(a) publish the plan; (b) consult the board"])
    let increased = try ExtractionProbe.obligations(
      "The score shall be increased by the following: (a) 3 points where meals are provided by the owner; (b) 2 points where a garden is kept."
    )
    #expect(increased.first?.bearer == nil)
    #expect(increased.first?.action.hasSuffix("(b) 2 points where a garden is kept") == true)
  }

  /// "stating how…", "specifying which…": what a document must say is a question, not a duty, however
  /// long its subject.
  @Test func aQuestionInsideAnObjectBindsNoOne() throws {
    let notice = try ExtractionProbe.obligations(
      "The operator must display, at each of its depots, a notice stating how the most recent annual return of the operator may be obtained."
    )
    #expect(notice.count == 1)
    #expect(notice.first?.action.hasSuffix("may be obtained") == true)
  }

  @Test func careActSection7ConditionCompletedByTheList() throws {
    let all = try obligations("legalize-uk-care-act-2014-excerpt/post-2022_4fa878e2/ukpga-2014-23.md")
    let comply = try #require(all.first { $0.section == "Part 1 › 7 › (1)" })
    #expect(comply.bearer?.parties == ["partner", "authority"])
    #expect(comply.action == "comply with the request")
    #expect(comply.conditions.map(\.kind) == [.where, .unless])
    #expect(comply.conditions.last?.text.contains("(a) would be incompatible with its own duties") == true)
  }

  @Test func nhsActSection3BearerChangesBetweenVersions() throws {
    let old = try obligations("legalize-uk-nhs-act-2006-excerpt/2013-08-01_07e14815/ukpga-2006-41.md")
    let new = try obligations("legalize-uk-nhs-act-2006-excerpt/2025-09-01_d3f4e085/ukpga-2006-41.md")
    let oldDuty = try #require(old.first { $0.section.hasSuffix("3 › (1)") })
    let newDuty = try #require(new.first { $0.section.hasSuffix("3 › (1)") })
    #expect(oldDuty.bearer?.parties == ["clinical commissioning group"])
    #expect(newDuty.bearer?.parties == ["integrated care board"])
    #expect(newDuty.kind == .duty)
    #expect(newDuty.action.hasPrefix("arrange for the provision of the following"))
    #expect(newDuty.section == "Part 1 › 3 › (1)")
    let board = try #require(old.first { $0.section.hasSuffix("4 › (1)") })
    #expect(board.bearer?.text == "The Board")
    let england = try #require(new.first { $0.section.hasSuffix("4 › (1)") })
    #expect(england.bearer?.parties == ["NHS England"])
  }

  @Test func transportActSection19() throws {
    let all = try obligations("clml-pair-transport-act-2000-s19/ukpga-2000-38-section-19.xml")
    #expect(all.count == 2)
    // (1): "the order may also provide for the modification of the licence conditions": a power to
    // legislate, whose holder (the relevant authority, by its order) is not its subject.
    let power = try #require(all.first)
    #expect(power.kind == .permission)
    #expect(power.section == "Part I › Chapter I › 19 › (1)")
    #expect(power.action.contains("provide for the modification of the licence conditions"))
    let duty = try #require(all.last)
    #expect(duty.section == "Part I › Chapter I › 19 › (5)")
    #expect(duty.bearer?.parties == ["relevant authority"])
    #expect(duty.timing.map(\.text) == ["As soon as practicable"])
    #expect(duty.trigger.location.line == 261)
  }

  @Test func usResolutionConstructionClauseIsNotAPermission() throws {
    let all = try obligations("uslm-bill-versions/HJ37_RFS.XML")
    #expect(!all.contains { $0.sentence.contains("may be construed") && $0.kind == .permission })
  }

}
