import Duties
import DutiesTestSupport
import Testing

/// The real revision pairs: each reports the changes a careful reader would, and nothing spurious.
@Suite struct RevisionPairTests {
  func compare(_ old: String, _ new: String, shared: Bool = true) throws -> [ObligationChange] {
    let locate = shared ? SharedCorpus.corpus : SharedCorpus.demo
    let reader = DocumentReader()
    let comparison = RevisionDiffer().compare(
      old: try reader.read(path: locate(old).path), new: try reader.read(path: locate(new).path))
    return comparison.realChanges
  }

  @Test func demoGuidanceAddsTheCareTrustDuty() throws {
    let changes = try compare(
      "joint-working-guidance/2011-10-guidance.xml", "joint-working-guidance/2011-11-guidance-revised.md",
      shared: false)
    let added = changes.filter { $0.change == .added }
    let team = try #require(added.first { $0.new?.bearer?.parties == ["single executive team"] })
    #expect(team.new?.kind == .duty)
    #expect(team.new?.conditions.map(\.text) == ["where there is one or more Care Trust"])
    #expect(added.count == 3)
    let strengthened = try #require(changes.first { $0.change == .strengthened })
    #expect(strengthened.old?.trigger.text == "should")
    #expect(strengthened.new?.trigger.text == "must")
    #expect(!strengthened.aspects.contains(.moved))
    let timing = try #require(changes.first { $0.change == .timingChanged })
    #expect(timing.new?.timing.map(\.text) == ["by 30 April 2012"])
    // The typo fix, the renumbering and the unchanged look-alikes produce nothing.
    #expect(changes.count == 5)
    #expect(!changes.contains { [.removed, .moved, .reworded].contains($0.change) })
  }

  @Test func leavingOutUnchangedGivesTheRealChangesInTheSameOrder() throws {
    let reader = DocumentReader()
    let old = try reader.read(path: SharedCorpus.demo("joint-working-guidance/2011-10-guidance.xml").path)
    let new = try reader.read(
      path: SharedCorpus.demo("joint-working-guidance/2011-11-guidance-revised.md").path)
    let full = RevisionDiffer().compare(old: old, new: new)
    let lean = RevisionDiffer(includesUnchanged: false).compare(old: old, new: new)
    #expect(full.changes.contains { $0.change == .unchanged })
    #expect(!lean.changes.contains { $0.change == .unchanged })
    #expect(
      lean.changes.map { [$0.change.rawValue, $0.old?.id ?? "", $0.new?.id ?? ""] }
        == full.withoutUnchanged().changes.map { [$0.change.rawValue, $0.old?.id ?? "", $0.new?.id ?? ""] })
    #expect(lean.definitionChanges.count == full.definitionChanges.count)
  }

  @Test(.enabled(if: SharedCorpus.isAvailable)) func nhsActCommissioningDutyPassesToTheSuccessorBody() throws
  {
    let changes = try compare(
      "legalize-uk-nhs-act-2006-excerpt/2013-08-01_07e14815/ukpga-2006-41.md",
      "legalize-uk-nhs-act-2006-excerpt/2025-09-01_d3f4e085/ukpga-2006-41.md")
    let section3 = try #require(changes.first { $0.section == "Part 1 › 3 › (1)" })
    // Clinical commissioning groups became integrated care boards in 2022: a reorganisation.
    #expect(section3.change == .bearerRenamed)
    #expect(
      section3.notes.contains(
        "bearer renamed by reorganisation: clinical commissioning group → integrated care board (2022)"))
    #expect(section3.old?.bearer?.parties == ["clinical commissioning group"])
    #expect(section3.new?.bearer?.parties == ["integrated care board"])
    #expect(section3.aspects.contains(.conditionsChanged))
    #expect(
      section3.new?.conditions.contains { $0.text.contains("does not apply to the extent that") } == true)
    let section4 = try #require(changes.first { $0.section == "Part 1 › 4 › (1)" })
    // The 2013 text says "the Board" (the Act defines it as the NHS Commissioning Board, which became NHS
    // England): the short name is the one body of the successions table that it names.
    #expect(section4.change == .bearerRenamed)
    #expect(
      section4.notes.contains(
        "bearer renamed by reorganisation: board (NHS Commissioning Board) → NHS England (2013)"))
    #expect(section4.new?.bearer?.parties == ["NHS England"])
    // Section 2's power of the Secretary of State, the Board or a group was split in two: the
    // Secretary of State's share is as it was ("conferred on that person" → "on the Secretary of State").
    let section2 = changes.filter { $0.section.hasPrefix("Part 1 › 2 ›") }
    #expect(section2.map(\.section) == ["Part 1 › 2 › (2)"])
    #expect(!section2.contains { $0.change == .added || $0.change == .bearerChanged })
    // "give directions to the Board" → "to NHS England": the same body by its new name.
    #expect(!changes.contains { $0.section.hasPrefix("Part 1 › 4 › (3A)") })
  }

  @Test(.enabled(if: SharedCorpus.isAvailable)) func careActNewExceptionToTheDutyToCooperate() throws {
    let changes = try compare(
      "legalize-uk-care-act-2014-excerpt/2015-04-01_10240cfc/ukpga-2014-23.md",
      "legalize-uk-care-act-2014-excerpt/post-2022_4fa878e2/ukpga-2014-23.md")
    let duty = try #require(changes.first { $0.section == "Part 1 › 6 › (1)" })
    #expect(duty.change == .conditionsChanged)
    #expect(duty.new?.conditions.contains { $0.kind == .except && $0.text.contains("NHS England") } == true)
    #expect(!changes.contains { $0.section.contains("8") })
  }

  @Test(.enabled(if: SharedCorpus.isAvailable)) func gdsWayModalChanges() throws {
    let weakened = try compare(
      "gds-way-revisions/aws-accounts/before-ff68ed0544/working-with-aws-accounts.html.md.erb",
      "gds-way-revisions/aws-accounts/after-927ee181c6/working-with-aws-accounts.html.md.erb")
    #expect(weakened.map(\.change) == [.weakened])
    let strengthened = try compare(
      "gds-way-revisions/third-party-accounts/before-61a7331991/accounts-with-third-parties.html.md.erb",
      "gds-way-revisions/third-party-accounts/after-1e2cb03a36/accounts-with-third-parties.html.md.erb")
    #expect(!strengthened.isEmpty)
    #expect(strengthened.allSatisfy { $0.change == .strengthened && $0.aspects.contains(.moved) })
    let actions = try compare(
      "gds-way-revisions/github-actions/before-c14e01afe8/using-github-actions.html.md.erb",
      "gds-way-revisions/github-actions/after-43beb739f4/using-github-actions.html.md.erb")
    let imperatives = actions.filter { $0.change == .added && $0.new?.form == .imperative }
    #expect(imperatives.contains { $0.new?.trigger.text == "Do not" })
    #expect(imperatives.contains { $0.new?.trigger.text == "Set" })
  }

  @Test(.enabled(if: SharedCorpus.isAvailable))
  func rfcShallToMustIsRewordedEncouragedToShouldIsStrengthened() throws {
    let changes = try compare(
      "rfc6125bis-revisions/draft-00/draft-ietf-uta-rfc6125bis.md",
      "rfc6125bis-revisions/draft-06/draft-ietf-uta-rfc6125bis.md")
    let scheme = try #require(changes.first { $0.old?.sentence.hasPrefix("The scheme SHALL be") == true })
    #expect(scheme.change == .reworded)
    let request = try #require(
      changes.first { $0.old?.sentence.hasPrefix("In general, service providers are encouraged") == true })
    #expect(request.change == .strengthened)
  }

  @Test(.enabled(if: SharedCorpus.isAvailable)) func transportActAmendmentChangesNoDuty() throws {
    let changes = try compare(
      "clml-pair-transport-act-2000-s19/ukpga-2000-38-section-19-2014-04-01.xml",
      "clml-pair-transport-act-2000-s19/ukpga-2000-38-section-19.xml")
    #expect(changes.count <= 1)
    #expect(changes.allSatisfy { $0.change == .reworded })
  }

  @Test(.enabled(if: SharedCorpus.isAvailable)) func usResolutionRenumberingIsNotRemovedAndAdded() throws {
    let changes = try compare("uslm-bill-versions/HJ37_RH.XML", "uslm-bill-versions/HJ37_RFS.XML")
    #expect(!changes.contains { $0.change == .removed })
    #expect(
      !changes.contains { $0.new?.kind == .permission && $0.new?.sentence.contains("construed") == true })
  }
}

extension RevisionPairTests {
  @Test(.enabled(if: SharedCorpus.isAvailable)) func careActRelevantPartnerListChangesParties() throws {
    let reader = DocumentReader()
    let comparison = RevisionDiffer().compare(
      old: try reader.read(
        path: SharedCorpus.corpus("legalize-uk-care-act-2014-excerpt/2015-04-01_10240cfc/ukpga-2014-23.md")
          .path),
      new: try reader.read(
        path: SharedCorpus.corpus("legalize-uk-care-act-2014-excerpt/post-2022_4fa878e2/ukpga-2014-23.md")
          .path))
    let change = try #require(comparison.definitionChanges.first { $0.term == "NHS body" })
    #expect(change.added == ["NHS England", "integrated care board"])
    #expect(
      change.removed == ["National Health Service Commissioning Board", "clinical commissioning group"])
    #expect(change.new.section == "Part 1 › 6 › (8)")
    // The relevant partners themselves are listed, and that list did not change.
    let partners = TermDefinitionExtractor.definitions(
      in: try reader.read(
        path: SharedCorpus.corpus("legalize-uk-care-act-2014-excerpt/post-2022_4fa878e2/ukpga-2014-23.md")
          .path))
    #expect(partners.first { $0.term == "relevant partner" }?.members.contains("NHS body") == true)
  }
}
