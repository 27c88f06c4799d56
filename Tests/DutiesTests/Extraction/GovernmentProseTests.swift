import DutiesTestSupport
import Testing

@testable import Duties

/// Proposals, commitments, requests and nominalised duties, in the style of the news reports and
/// papers the project grew from.
@Suite struct GovernmentProseTests {
  func only(_ text: String) throws -> Obligation {
    let found = try ExtractionProbe.obligations(text)
    try #require(found.count == 1, "\(found.map { "\($0.kind.rawValue): \($0.action)" })")
    return found[0]
  }

  @Test func consideringImposingALegalDutyIsAProposalOfADuty() throws {
    let found = try only(
      "The Department of Health is considering imposing a legal duty on primary care trusts and councils' social "
        + "services departments to work together to improve adult care.")
    #expect(found.kind == .proposal)
    #expect(found.proposed == .duty)
    #expect(found.bearer?.parties == ["primary care trust", "councils' social services department"])
    #expect(found.action == "work together to improve adult care")
    #expect(found.trigger.text == "considering imposing a legal duty")
  }

  /// A duty or a law that "could" or "might" require floats an idea; what "could require" of a thing
  /// that is no law states a consequence.
  @Test func aDutyThatCouldRequireIsAProposal() throws {
    let found = try only("A more specific duty could require councils to publish a strategy for carers.")
    #expect(found.kind == .proposal)
    #expect(found.proposed == .duty)
    #expect(found.bearer?.parties == ["council"])
    #expect(found.action == "publish a strategy for carers")
    #expect(
      try ExtractionProbe.obligations("Higher demand could require councils to hire more staff.").isEmpty)
  }

  /// "the two bodies", "both organisations" stand for the two parties of the bearer before.
  @Test func theTwoBodiesAreThePairNamedBefore() throws {
    let found = try ExtractionProbe.obligations(
      "Councils and trusts must co-operate. A more specific duty could require the two bodies to agree a joint "
        + "plan.")
    #expect(found.map(\.kind) == [.duty, .proposal])
    #expect(found.last?.bearer?.parties == ["council", "trust"])
    let both = try ExtractionProbe.obligations(
      "Councils and trusts must co-operate. Both organisations must agree a joint plan.")
    #expect(both.last?.bearer?.parties == ["council", "trust"])
    // A law noun that is no subject's head floats nothing: "A breach of this duty could require…".
    #expect(
      try ExtractionProbe.obligations("A breach of this duty could require the provider to pay compensation.")
        .isEmpty)
    #expect(try ExtractionProbe.obligations("A power cut could require staff to leave the building.").isEmpty)
  }

  @Test func callingOnBodiesIsARequestNotADuty() throws {
    let found = try only(
      "Last week the DH added a section to the guidance, calling on strategic health authorities, PCT clusters, "
        + "PCTs and councils to “work together to identify how to maintain joint working arrangements”.")
    #expect(found.kind == .request)
    #expect(found.bearer?.parties == ["strategic health authority", "PCT cluster", "PCT", "council"])
    #expect(found.action == "work together to identify how to maintain joint working arrangements")
  }

  @Test func newsThatReportsAReportImposesNothing() throws {
    // Quoted guidance and reported speech: no duty of the newspaper or of the speaker.
    #expect(
      try ExtractionProbe.obligations(
        "The revised guidance said: “The single executive team within a cluster where there is one or more Care "
          + "Trust must contain an individual who has experience of the health-related functions of the local "
          + "authority.”"
      ).isEmpty)
    #expect(
      try ExtractionProbe.obligations(
        "John Dixon said: 'There was support on the green paper inter-agency group for a duty to cooperate. This "
          + "will undoubtedly help.'"
      ).isEmpty)
    let urging = try only(
      "Members of an inter-agency group are urging the government to use the forthcoming white paper to impose "
        + "the duty.")
    #expect(urging.kind == .request)
    #expect(urging.bearer?.parties == ["government"])
  }

  @Test func commitmentsOfGovernment() throws {
    let legislate = try only(
      "We will legislate to require primary care trusts and local authorities to co-operate in improving the "
        + "well-being of their local populations.")
    #expect(legislate.kind == .commitment)
    #expect(legislate.proposed == .duty)
    #expect(legislate.bearer?.parties == ["primary care trust", "local authority"])
    #expect(legislate.action == "co-operate in improving the well-being of their local populations")
    let publish = try only(
      "The Department of Health will publish a framework for joint commissioning by April 2006.")
    #expect(publish.kind == .commitment)
    #expect(publish.proposed == nil)
    #expect(publish.bearer?.parties == ["Department of Health"])
    #expect(publish.timing.map(\.text) == ["by April 2006"])
    // "will" of a party that is not the government stays out (a statement of practice).
    #expect(try ExtractionProbe.obligations("Most councils will see little change in practice.").isEmpty)
    // A promise the paper describes is not made there: "Chapter 3 describes how we will…".
    #expect(try ExtractionProbe.obligations("Chapter 3 describes how we will fund new homes.").isEmpty)
    #expect(try ExtractionProbe.obligations("This paper sets out how we will respond.").isEmpty)
  }

  /// Guidance names the government bodies that act in it by their acronyms and names: "GDS will create
  /// …", "the Home Office will publish…" are their commitments; a name with dots in it is one word.
  @Test func commitmentsOfGovernmentBodiesNamedShort() throws {
    let create = try only(
      "For each new licence scheme HMRC will register an address of the form name.scheme.gov.uk.")
    #expect(create.kind == .commitment)
    #expect(create.bearer?.parties == ["HMRC"])
    #expect(create.action == "register an address of the form name.scheme.gov.uk")
    let publish = try only("The Home Office will publish the list of approved schemes.")
    #expect(publish.kind == .commitment)
    #expect(publish.bearer?.parties == ["Home Office"])
    // Another office is no government's: "The office will require visitors to…" commits no one.
    #expect(
      try ExtractionProbe.obligations("The office will require visitors to sign in at reception.").allSatisfy
      {
        $0.kind != .commitment
      })
    // A stop before a capital is a missing space: the action ends there.
    let missing = try ExtractionProbe.obligations("We will publish the plan.Councils must follow it.")
    #expect(missing.first?.action == "publish the plan")
    // A passive with a government body as its agent is that body's commitment; another agent's is not.
    let allocated = try only(
      "The renewal date for each permit will be set by DWP after a review of the case file.")
    #expect(allocated.kind == .commitment)
    #expect(allocated.bearer?.parties == ["DWP"])
    #expect(allocated.action.hasPrefix("the renewal date for each permit to be set by DWP"))
    #expect(
      try ExtractionProbe.obligations("The renewal date will be set by the supplier.").allSatisfy {
        $0.kind != .commitment
      })
    #expect(
      try ExtractionProbe.obligations("If the form will be checked by the Home Office, send it early.")
        .allSatisfy {
          $0.kind != .commitment
        })
    // In a sentence with another modal, its obligations stand; in a relative clause, nothing is promised.
    let shared = try ExtractionProbe.obligations(
      "The council shall pay the costs of the works, the value of which will be determined by the Secretary.")
    #expect(shared.map(\.kind) == [.duty])
    // A sentence that binds otherwise keeps what it binds: an instruction, "are required to".
    let instruction = try ExtractionProbe.obligations(
      "Send your form by 31 January; it will be processed by HMRC.")
    #expect(instruction.map(\.kind) == [.duty])
    let required = try ExtractionProbe.obligations(
      "Applicants are required to submit the form and it will be reviewed by the Department.")
    #expect(required.map(\.kind) == [.duty])
    // A subject that is more than a noun phrase is no passive promise's.
    #expect(
      try ExtractionProbe.obligations("The minister said the scheme will be funded by the Government.")
        .isEmpty)
    // A stop with a space after it still ends the action.
    let review = try ExtractionProbe.obligations("HMRC will review the claim. It may take 30 days.")
    #expect(review.map(\.action) == ["review the claim"])
  }

  /// A consultation's procedure (where to send responses, how they are published) and a question about
  /// the law ("views on whether the law should…") are no part of what a paper proposes.
  @Test func aConsultationsProcedureProposesNothing() throws {
    let paper = """
      # Better buses: a green paper

      ## 3. Proposals

      3.1 We propose that councils should publish bus timetables.

      3.2 We are seeking views on whether the law should say more about fares.

      ## 4. How to respond

      4.1 Responses should be sent to the Buses Team by 1 May.

      4.2 We will publish a summary of the responses.
      """
    let found = try ExtractionProbe.obligations(paper, format: .markdown)
    #expect(found.map(\.kind) == [.proposal])
    #expect(found.first?.bearer?.parties == ["council"])
    #expect(ExtractionWalk.isConsultationProcedure("6. How to respond"))
    #expect(!ExtractionWalk.isConsultationProcedure("Responding to incidents"))
    #expect(!ExtractionWalk.isConsultationProcedure("How to respond to a complaint"))
  }

  @Test func aPromiseNotToActInACommandPaperIsACommitment() throws {
    let paper = "Presented to Parliament by the Secretary of State by Command of Her Majesty\n\n"
    let found = try ExtractionProbe.obligations(
      paper + "1.1 We will not require any area to adopt that model.")
    #expect(found.map(\.kind) == [.commitment])
    #expect(found.first?.action == "not require any area to adopt that model")
    #expect(found.first?.bearer?.parties == ["government"])
    // A negated participle keeps its sense: not a commitment.
    let exempt = try ExtractionProbe.obligations(paper + "1.2 The council will not be required to publish.")
    #expect(exempt.map(\.kind) == [.exemption])
    let responsible = try ExtractionProbe.obligations(
      paper + "1.3 Regional boards will be responsible for ensuring that trusts deliver the changes.")
    #expect(responsible.map(\.kind) == [.commitment])
  }

  @Test func aRuleInGuidanceMayBeWrittenWithWillAndAParticiple() throws {
    let guidance = "---\ntitle: Guidance on spending controls\n---\n\n"
    let contract = try ExtractionProbe.obligations(
      guidance + "No IT contract will be allowed over £100 million in value.\n", format: .markdown)
    #expect(contract.map(\.kind) == [.prohibition])
    #expect(contract.first?.action == "IT contract to be allowed over £100 million in value")
    let promise = try ExtractionProbe.obligations(
      guidance + "We will not charge for the review.\n", format: .markdown)
    #expect(promise.map(\.kind) == [.commitment])
    #expect(promise.first?.action == "not charge for the review")
    // A body other than the government still forbids itself nothing by "will not" in guidance: a rule.
    let councils = try ExtractionProbe.obligations(
      guidance + "Councils will not charge for the review.\n", format: .markdown)
    #expect(councils.map(\.kind) == [.prohibition])
  }

  @Test func willInGuidanceIsPracticeUnlessTheGovernmentPromises() throws {
    let guidance = """
      ---
      title: Guidance on joint working
      ---

      1. NHS England will publish a framework.

      2. The Department of Health will review this guidance.

      3. Each council will need to publish a plan.
      """
    let found = try ExtractionProbe.obligations(guidance, format: .markdown)
    #expect(
      found.map { "\($0.kind.rawValue) \($0.bearer?.names ?? "-")" } == [
        "commitment Department of Health", "duty council",
      ])
    // In a contract or an untyped text, a named party's "will" is its promise.
    #expect(
      try ExtractionProbe.obligations("1. NHS England will publish a framework.\n").map(\.kind) == [.duty])
  }

  /// A paper laid "by Command of Her Majesty" is a policy paper by its front matter, without a title
  /// that says so: a regulator's "will" there is the government's plan for it (a commitment), not the
  /// regulator's duty; a "will" of a state or of what someone undergoes plans nothing.
  @Test func aCommandPaperIsKnownByItsFrontMatter() throws {
    let paper = """
      Better care at home

      Presented to Parliament by the Secretary of State for Health by Command of Her Majesty

      1. The Care Quality Commission will inspect every home care service each year.

      2. Each council will need to publish a plan.

      3. Care Trusts will remain an option. Patients will see the benefits within a year.
      """
    let found = try ExtractionProbe.obligations(paper)
    #expect(
      found.map { "\($0.kind.rawValue) \($0.bearer?.names ?? "-")" } == [
        "commitment Care Quality Commission", "duty council",
      ])
    let untyped = try ExtractionProbe.obligations(
      "1. The Care Quality Commission will inspect every home care service each year.\n")
    #expect(untyped.map(\.kind) == [.duty])
  }

  @Test func consultationsProposeWhatTheyAskAbout() throws {
    let found = try only(
      "We are seeking views on whether councils should publish an annual statement of joint working.")
    #expect(found.kind == .proposal)
    #expect(found.proposed == .recommendation)
    #expect(found.bearer?.parties == ["council"])
    #expect(found.action == "publish an annual statement of joint working")
    // A condition that happens to say "whether" proposes nothing.
    let conditional = try ExtractionProbe.obligations(
      "When considering whether information is relevant, the council may consult the board.")
    #expect(conditional.map(\.kind) == [.permission])
  }

  @Test func discretionHaveRegardAndLegalBasis() throws {
    let discretion = try only(
      "It is for each council to decide how its social services department is organised.")
    #expect(discretion.kind == .permission)
    #expect(discretion.action == "decide how its social services department is organised")
    let regard = try only(
      "Local authorities must have regard to guidance issued under section 7 of the Local Authority Social "
        + "Services Act 1970.")
    #expect(regard.kind == .haveRegard)
    #expect(regard.kind.isBinding)
    #expect(regard.action.hasPrefix("have regard to guidance issued under section 7"))
    let basis = try only(
      "Under section 82 of the National Health Service Act 2006, NHS bodies and local authorities must co-operate "
        + "with one another.")
    #expect(basis.kind == .duty)
    #expect(basis.basis == "section 82 of the National Health Service Act 2006")
    #expect(try only("Each council must publish a plan in line with section 3.").basis == nil)
  }

  @Test func statutoryGuidanceDefinesItsOwnScale() throws {
    let found = try ExtractionProbe.obligations(
      """
      1.1 In this guidance “must” is used where there is a legal requirement; “should” means that the guidance is \
      expected to be followed unless there is good reason not to.

      1.2 Each council should publish a plan.

      1.3 Each council must appoint a director.
      """)
    // The definition is not itself an obligation ("is expected to be followed").
    #expect(found.map(\.kind) == [.recommendation, .duty])
    #expect(
      found[0].meaning
        == "“should” means that the guidance is expected to be followed unless there is good reason not to.")
    #expect(found[1].meaning == "In this guidance “must” is used where there is a legal requirement")
    #expect(try only("Each council must appoint a director.").meaning == nil)
  }
}
