import Testing

@testable import Duties

/// Each trigger rule on a sentence where it decides: the kinds of the triggers kept (none when it
/// drops the trigger).
@Suite struct TriggerRuleTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var rule: String
    var sentence: String
    var kinds: [ObligationKind]
    var testDescription: String { rule }
  }

  static let cases: [Case] = [
    Case(rule: "RFCAdjectiveTrigger", sentence: "Support for this extension is REQUIRED.", kinds: [.duty]),
    Case(rule: "RFCAdjectiveTrigger (an adjective)", sentence: "Encryption is mandatory.", kinds: [.duty]),
    Case(rule: "KeywordMentionTrigger", sentence: "Draft 3 changed SHOULD to MUST.", kinds: []),
    Case(rule: "KeywordLabelTrigger", sentence: "MUST: sign every release.", kinds: [.duty]),
    Case(
      rule: "PassiveRegardTrigger", sentence: "Regard must be had to the guidance.", kinds: [.haveRegard]),
    Case(
      rule: "OffenceTrigger (read as an offence instead)",
      sentence: "A driver who fails to stop shall be guilty of an offence.", kinds: []),
    Case(
      rule: "ThingRequirementTrigger (relief from a requirement)",
      sentence: "The annual return need not include the names of volunteers.", kinds: [.exemption]),
    Case(
      rule: "RegulationPowerTrigger (made under a provision)",
      sentence: "Regulations under this section may make provision about the fees payable.",
      kinds: [.permission]),
    Case(
      rule: "RegulationPowerTrigger (an order made under a section)",
      sentence: "An order made under section 4 may amend the schedule.", kinds: [.permission]),
    Case(
      rule: "SuchAsTrigger",
      sentence: "Part 3 comes into force on such day as the Minister may by order appoint.", kinds: []),
    Case(
      rule: "SuchAsTrigger (the clause ends before the modal)",
      sentence: "The Director or such officer as she may appoint shall chair the panel.", kinds: [.duty]),
    Case(
      rule: "SuchAsTrigger (a clause with a verb of its own)",
      sentence: "Such clubs as the League recognises must publish their accounts.", kinds: [.duty]),
    Case(
      rule: "BeToTrigger (an idiom)", sentence: "The tenant is not to blame for the leak.", kinds: []),
    Case(
      rule: "ClearedWrongTrigger (money committed)",
      sentence: "Grant money shall not be regarded as committed until the contract is signed.", kinds: []),
    Case(
      rule: "ClearedWrongTrigger (a compound noun)",
      sentence: "A reminder is not to be considered as an infringement notice.", kinds: []),
    Case(
      rule: "SuchAsTrigger (examples of the subject)",
      sentence: "Venues such as exchanges and brokers must keep order books.", kinds: [.duty]),
    Case(
      rule: "BeParticipleTrigger (a possibility of ability)",
      sentence: "An intruder may be able to guess the code.", kinds: []),
    Case(
      rule: "ClearedWrongTrigger",
      sentence: "A report made in good faith is not to be treated as a breach of any duty of confidence.",
      kinds: [.exemption]),
    Case(
      rule: "ClearedWrongTrigger (having done wrong)",
      sentence: "A warden shall not be regarded as having failed to act if the gate was locked.",
      kinds: [.exemption]),
    Case(
      rule: "BeToTrigger (deeming that clears no wrong)",
      sentence: "Grants paid under this section are not to be treated as earnings.", kinds: []),
    Case(
      rule: "BeToTrigger (is not to)", sentence: "The examiner is not to discuss the marks with candidates.",
      kinds: [.prohibition]),
    Case(
      rule: "BeToTrigger (is not to, no party)", sentence: "This is not to say the plan failed.", kinds: []),
    Case(rule: "AdversaryTrigger", sentence: "An attacker can replay the message.", kinds: []),
    Case(
      rule: "RelativeWillTrigger", sentence: "The tool skips the folders which archives will not hold.",
      kinds: []),
    Case(rule: "RelativeWillTrigger (at the start)", sentence: "Will not apply.", kinds: []),
    Case(rule: "NoteTrigger", sentence: "Please note that late bids will not be opened.", kinds: []),
    Case(
      rule: "NoteTrigger (a prohibition)", sentence: "Note that applicants may not apply twice.",
      kinds: [.prohibition]),
    Case(
      rule: "RelativeWillTrigger (a clause of its own on the subject)",
      sentence: "Each Party which receives Confidential Information will keep it confidential.",
      kinds: [.duty]),
    Case(
      rule: "NoteTrigger (a binding modal)", sentence: "Note that visitors must show photo identification.",
      kinds: [.duty]),
    Case(
      rule: "NoteTrigger (a binding will)", sentence: "Please note that you will need to renew the permit.",
      kinds: [.duty]),
    Case(
      rule: "RelativeWillTrigger (no subject of its own)",
      sentence: "The council must publish the plans which will not be funded.", kinds: [.duty]),

    Case(
      rule: "NegativeInversionTrigger", sentence: "In no event shall Tenant assign the lease.",
      kinds: [.prohibition]),
    Case(
      rule: "NotImposedHereTrigger (month)", sentence: "The report is due on or before May 12, 2019.",
      kinds: []),
    Case(
      rule: "NotImposedHereTrigger (prediction)", sentence: "The council will typically have a plan.",
      kinds: []),
    Case(
      rule: "NotImposedHereTrigger (question)", sentence: "The board will decide who should pay.", kinds: []),
    Case(
      rule: "NotImposedHereTrigger (described)",
      sentence: "This section defines how protocol designers should cite the standard.", kinds: []),
    Case(
      rule: "NotImposedHereTrigger (agreed)", sentence: "Councils must agree how they will work together.",
      kinds: [.duty]),
    Case(rule: "NonBindingWillTrigger", sentence: "This guidance will help councils plan.", kinds: []),
    Case(
      rule: "NonBindingWillTrigger (ideally)", sentence: "Ideally, each council will publish its plan.",
      kinds: [.recommendation]),
    Case(
      rule: "NonBindingWillTrigger (ideally, in a relative clause)",
      sentence: "Ideally, the plan that the council will publish is short.", kinds: []),
    Case(
      rule: "NotImposedHereTrigger (a list of questions)",
      sentence:
        "The board must specify which forms are used, which forms ought to be kept by clerks, and what should be sent.",
      kinds: [.duty]),
    Case(
      rule: "NotImposedHereTrigger (a relative clause after a question)",
      sentence:
        "The provider must explain how complaints are handled in a policy, which must be approved by the board.",
      kinds: [.duty, .duty]),
    Case(
      rule: "HaveToTrigger (a phrase before the subject)",
      sentence: "In exercising its powers, it has to consult local people.", kinds: [.duty]),
    Case(
      rule: "NonBindingWillTrigger (ideally not)", sentence: "Ideally, the service won't store passwords.",
      kinds: [.adviceAgainst]),
    Case(
      rule: "InvertedConditionTrigger (a keyword opening a condition)",
      sentence: "Further, SHOULD the Buyer default, the Seller may sell the goods.", kinds: [.permission]),
    Case(
      rule: "BeParticipleTrigger (a right granted)", sentence: "The Buyer shall be able to reject the goods.",
      kinds: [.permission]),
    Case(
      rule: "BeParticipleTrigger (under a duty)",
      sentence: "Every licensee shall be under a duty to co-operate with the inspector.", kinds: [.duty]),
    Case(
      rule: "BeParticipleTrigger (under no duty)",
      sentence: "The operator shall not be under an obligation to keep the logs.", kinds: [.exemption]),
    Case(
      rule: "BeParticipleTrigger (under no duty)",
      sentence: "The landlord shall be under no duty to repair the roof.", kinds: [.exemption]),
    Case(
      rule: "BeParticipleTrigger (may be under a duty)",
      sentence: "A trustee who holds shares may be under a duty to vote them.", kinds: []),
    Case(
      rule: "BeParticipleTrigger (borne by a party)", sentence: "It shall be borne by the purchaser.",
      kinds: [.duty]),
    Case(rule: "InvertedConditionTrigger", sentence: "Should Lessee fail to pay, the lease ends.", kinds: []),
    Case(
      rule: "InvertedConditionTrigger (a keyword opening an item)", sentence: "SHOULD use HSTS.",
      kinds: [.recommendation]),
    Case(
      rule: "InvertedConditionTrigger (a keyword after an aside)",
      sentence: "A client, in most cases, SHOULD check the names.", kinds: [.recommendation]),
    Case(
      rule: "ConstitutiveVerbTrigger (an actor before an aside)",
      sentence: "The Contractor, at its own cost, shall operate the plant.", kinds: [.duty]),
    Case(
      rule: "RelativeClauseTrigger",
      sentence: "Patients who are not entitled to free treatment pay a charge.", kinds: []),
    Case(
      rule: "PredictionTrigger (it is likely that)",
      sentence: "It is highly likely that councils will need to hire more staff.", kinds: []),
    Case(
      rule: "PredictionTrigger (a condition's forecast)",
      sentence: "If it is likely that the tenant will leave, the landlord may serve a notice.",
      kinds: [.permission]),
    Case(
      rule: "PredictionTrigger (a rule whatever frames it)",
      sentence: "It is likely that the council shall publish the plan.", kinds: [.duty]),
    Case(
      rule: "RelativeClauseTrigger (a stranded preposition)",
      sentence: "The council must limit the names that any office can speak for, and must publish them.",
      kinds: [.duty, .duty]),
    Case(
      rule: "RelativeClauseTrigger (a phrasal verb's particle)",
      sentence: "The policy states that every visitor must sign in.", kinds: [.duty]),
    Case(
      rule: "EnsuredClauseTrigger (the clause had its verb)",
      sentence: "To ensure that records are kept the council is required to appoint an officer.",
      kinds: [.duty]),
    Case(
      rule: "EnsuredClauseTrigger",
      sentence:
        "A client might run further checks to ensure that the server is authorized to serve the site.",
      kinds: []),
    Case(
      rule: "EnsuredClauseTrigger (inside a duty)",
      sentence: "The council must check that the provider is entitled to claim the grant.", kinds: [.duty]),
    Case(
      rule: "HaveToTrigger (a right one has)",
      sentence: "Each party waives any right it may have to seek damages.",
      kinds: []),
    Case(rule: "HaveToTrigger", sentence: "The council has to publish the plan.", kinds: [.duty]),
    Case(rule: "ResponsibilityOfTrigger", sentence: "Repair is the responsibility of the tenant.", kinds: []),
    Case(
      rule: "BeToTrigger (way)", sentence: "The best way to stay safe is to rotate keys.",
      kinds: [.recommendation]),
    Case(rule: "BeToTrigger (means)", sentence: "A typical workaround is to embed the key.", kinds: []),
    Case(rule: "ConstitutivePhraseTrigger", sentence: "The notice shall be deemed to be served.", kinds: []),
    Case(
      rule: "PossessionPhraseTrigger", sentence: "The tenant shall have the right to renew.",
      kinds: [.permission]),
    Case(rule: "ApplyTrigger", sentence: "This Regulation shall apply from 1 July 2022.", kinds: []),
    Case(
      rule: "ThingRequirementTrigger (content)", sentence: "The yearly budget must contain a forecast.",
      kinds: [.duty]),
    Case(
      rule: "ThingRequirementTrigger (keyword)", sentence: "The token MAY include an expiry time.",
      kinds: [.permission]),
    Case(
      rule: "ConstitutiveVerbTrigger (shall include)",
      sentence: "Such records shall include copies of letters.",
      kinds: []),
    Case(
      rule: "ConstitutiveVerbTrigger (defining subject)",
      sentence: "References to a record must include its copies.", kinds: []),
    Case(
      rule: "EpistemicTrigger (lower-case may)", sentence: "The token may include an expiry time.", kinds: []),
    Case(rule: "DocumentSubjectTrigger", sentence: "Article 5 shall not prevent the transfer.", kinds: []),
    Case(
      rule: "PossibilitySubjectTrigger", sentence: "Designers, who can reference this document, agree.",
      kinds: []),
    Case(
      rule: "BeParticipleTrigger (bearer participle)", sentence: "The tenant shall be liable for repairs.",
      kinds: [.duty]),
    Case(
      rule: "BeParticipleTrigger (possibility)", sentence: "The file may be readily converted.", kinds: []),
    Case(
      rule: "BeParticipleTrigger (a capability required)",
      sentence: "The service must be able to handle 100 requests a second.", kinds: [.duty]),
    Case(
      rule: "BeParticipleTrigger (a capability advised)",
      sentence: "Staff should be able to explain the policy.",
      kinds: [.recommendation]),
    Case(
      rule: "BeParticipleTrigger (a remark)", sentence: "It should be noted that the rules may change.",
      kinds: []),
    Case(rule: "EpistemicTrigger", sentence: "The results may well differ next year.", kinds: []),
  ]

  @Test(arguments: cases)
  func theRuleDecides(_ example: Case) {
    let matches = TriggerFinder(tokens: Tokenizer.tokens(example.sentence)).matches()
    #expect(matches.map(\.kind) == example.kinds)
  }

  @Test func everyRuleIsListed() {
    let names = Set(TriggerFinder.triggerRules.map { "\($0)" })
    for example in Self.cases {
      #expect(names.contains(String(example.rule.prefix { $0 != " " })))
    }
  }
}
