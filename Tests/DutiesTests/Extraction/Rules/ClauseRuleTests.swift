import Testing

@testable import Duties

/// Each clause rule on a sentence where it decides: the kind, bearer and form it gives.
@Suite struct ClauseRuleTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var rule: String
    var sentence: String
    /// What the analysis gives: "kind bearer-text form", or "nothing".
    var expected: [String]
    var testDescription: String { rule }
  }

  static let cases: [Case] = [
    Case(
      rule: "ConditionalClauseRule", sentence: "If Landlord shall not so elect, Tenant must pay the rent.",
      expected: ["duty Tenant active"]),
    Case(
      rule: "ConditionalClauseRule (inside the clause)",
      sentence: "The plan can be revised if the partners agree to do so.", expected: []),
    Case(
      rule: "ConditionalClauseRule (a question)",
      sentence: "Regulations may make provision as to how and when a notice must be given.",
      expected: ["permission - state"]),
    Case(
      rule: "ConditionalClauseRule (inside the subject)",
      sentence: "The team within a region where there is one trust must include a social worker.",
      expected: ["duty The team within a region active"]),
    Case(
      rule: "ConditionalClauseRule (no verb of its own)",
      sentence: "If requested the council must publish the plan.", expected: ["duty the council active"]),
    Case(
      rule: "ConditionalClauseRule (then the main clause)",
      sentence: "Where the council must consult, it must publish the results.",
      expected: ["duty it active"]),
    Case(
      rule: "ConditionalClauseRule (an indirect question)",
      sentence: "Each plan must specify exactly where the money is allowed to go.",
      expected: ["duty - state"]),
    Case(
      rule: "ConditionalClauseRule (the question ends before 'and')",
      sentence: "Each council must decide which plans are urgent and should publish them.",
      expected: ["duty Each council active", "recommendation Each council active"]),
    Case(
      rule: "ConditionalClauseRule (a name, not a verb)",
      sentence: "Every trader in the United States who imports tobacco must keep records.",
      expected: ["duty Every trader in the United States who imports tobacco active"]),
    Case(
      rule: "ConditionalClauseRule (a relative clause's verb is not the main verb)",
      sentence: "A person who is resident where the scheme applies must register with the council.",
      expected: ["duty A person who is resident active"]),
    Case(
      rule: "ConditionalClauseRule (a noun, not a question verb)",
      sentence: "Any member state which grants aid must notify the Commission.",
      expected: ["duty Any member state which grants aid active"]),
    Case(
      rule: "ConditionalClauseRule (a condition with its own subject)",
      sentence: "If necessary repairs must be carried out, the landlord shall notify the tenant.",
      expected: ["duty the landlord active"]),
    Case(
      rule: "ConditionalClauseRule (a second modal in the condition)",
      sentence: "If the board must review it and the council must approve it, the minister shall publish it.",
      expected: ["duty the minister active"]),
    Case(
      rule: "NegativeSubjectRule", sentence: "No person shall sell alcohol to a child.",
      expected: ["prohibition No person active"]),
    Case(
      rule: "NegativeSubjectRule (participle)", sentence: "Neither party shall be liable for the delay.",
      expected: ["exemption Neither party active"]),
    Case(
      rule: "SubjectBearerRule", sentence: "Each council must publish a plan.",
      expected: ["duty Each council active"]),
    Case(
      rule: "SharedSubjectRule", sentence: "The council must assess needs and must publish a plan.",
      expected: ["duty The council active", "duty The council active"]),
    Case(
      rule: "RelativeAntecedentRule",
      sentence: "The request goes to the manager, who shall inform the staff member.",
      expected: ["duty the manager active"]),
    Case(
      rule: "InvertedSubjectRule", sentence: "In no event shall Tenant assign the lease.",
      expected: ["prohibition Tenant active"]),
    Case(
      rule: "ThingAbilityRule", sentence: "The certificate can represent a single name.", expected: []),
    Case(
      rule: "ThingAbilityRule (a party)", sentence: "The council can charge a fee.",
      expected: ["permission The council active"]),
    Case(
      rule: "ThatClauseSubjectRule", sentence: "It is recommended that each council appoint a lead.",
      expected: ["recommendation each council active"]),
    Case(
      rule: "PassiveVoice", sentence: "The fee shall be paid by the applicant.",
      expected: ["duty the applicant passive"]),
    Case(
      rule: "BeneficiarySubjectVoice", sentence: "Each patient should have a named nurse.",
      expected: ["recommendation - passive"]),
    Case(
      rule: "BeneficiarySubjectVoice (a duty of the person)",
      sentence: "Each patient must have a valid card.",
      expected: ["duty Each patient active"]),
    Case(
      rule: "DutyStateVoice", sentence: "The members of the Board shall be completely independent.",
      expected: ["duty The members of the Board active"]),
    Case(
      rule: "ResponsibilityVoice",
      sentence: "It shall be the responsibility of the Officer to administer the fund.",
      expected: ["duty the Officer active"]),
    Case(rule: "StativeVoice", sentence: "The photograph shall be in colour.", expected: ["duty - state"]),
    Case(
      rule: "NonActorSubjectVoice", sentence: "The plan shall set out the priorities of the board.",
      expected: ["duty - state"]),
    Case(
      rule: "NonActorSubjectVoice (actor named)",
      sentence: "The risk assessment by each Member State shall consider the evidence.",
      expected: ["duty each Member State active"]),
    Case(
      rule: "AgentiveSubjectVoice", sentence: "The warden shall appoint a deputy for each hostel.",
      expected: ["duty The warden active"]),
    Case(
      rule: "AgentiveSubjectVoice (a quantified subject)",
      sentence: "Every warden must pay the annual fee.", expected: ["duty Every warden active"]),
    Case(
      rule: "AgentiveSubjectVoice (a verb things do too)",
      sentence: "The vessel must carry a light at night.",
      expected: ["duty - state"]),
    Case(
      rule: "AgentiveSubjectVoice (software asks)", sentence: "The app must request consent before tracking.",
      expected: ["duty - state"]),
    Case(
      rule: "AgentiveSubjectVoice (a study examines)",
      sentence: "The study shall examine the costs of the scheme.",
      expected: ["duty - state"]),
    Case(
      rule: "AgentiveSubjectVoice (a listed thing)", sentence: "The register must appoint a deputy.",
      expected: ["duty - state"]),
    Case(
      rule: "VoiceRule (under a duty)", sentence: "Every licensee shall be under a duty to co-operate.",
      expected: ["duty Every licensee active"]),
    Case(
      rule: "ImpersonalItVoice", sentence: "It shall be prohibited to sell tobacco.",
      expected: ["prohibition - passive"]),
    Case(
      rule: "ExpletiveSubjectVoice", sentence: "It shall be unlawful for any person to sell tobacco.",
      expected: ["prohibition any person active"]),
    Case(
      rule: "ReaderAdviceRule (a way to an aim)", sentence: "The best way to stay safe is to rotate keys.",
      expected: ["recommendation  imperative"]),
    Case(
      rule: "ReaderAdviceRule (someone's own way)",
      sentence: "The Government's preferred way to fund care is to raise taxes.",
      expected: ["recommendation - state"]),
  ]

  @Test(arguments: cases)
  func theRuleDecides(_ example: Case) {
    let analyzer = SentenceAnalyzer(partyNames: PartyNameCache(acronyms: [:]))
    let drafts = analyzer.analyze(example.sentence, previousBearer: nil)
    let found = drafts.map { "\($0.kind.rawValue) \($0.bearer?.text ?? "-") \($0.form.rawValue)" }
    #expect(found == example.expected)
  }

  /// The rules run in the order that makes their decisions: a subject, then who shares it, then
  /// the voice, then the bearer remembered.
  @Test func theRulesAreListedInOrder() {
    let names = SentenceAnalyzer.clauseRules.map { "\($0)" }
    #expect(names.first == "ConditionalClauseRule")
    #expect(names.firstIndex(of: "SubjectBearerRule")! < names.firstIndex(of: "SharedSubjectRule")!)
    #expect(names.firstIndex(of: "VoiceRule")! < names.firstIndex(of: "ThingAbilityRule")!)
    #expect(names.firstIndex(of: "VoiceRule")! < names.firstIndex(of: "LastBearerRule")!)
    #expect(names.last == "LastBearerRule")
  }
}
