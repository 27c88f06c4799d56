import Testing

@testable import Duties

/// Every list of the lexicon holds words, and a list kept in order (tried entry by entry) names each entry
/// once. A new list belongs in one of the tables below.
@Suite struct LexiconTests {
  /// The lists consulted for membership.
  static let sets: [(String, Set<String>)] = [
    ("AbbreviationLexicon.abbreviations", AbbreviationLexicon.abbreviations),
    ("BearerLexicon.pronouns", BearerLexicon.pronouns),
    ("BearerLexicon.pronounStarts", BearerLexicon.pronounStarts),
    ("BearerLexicon.headEnds", BearerLexicon.headEnds),
    ("BearerLexicon.postModifierWords", BearerLexicon.postModifierWords),
    ("BearerLexicon.enders", BearerLexicon.enders),
    ("BearerLexicon.finiteParticipleLinks", BearerLexicon.finiteParticipleLinks),
    ("BearerLexicon.beneficiaryVerbs", BearerLexicon.beneficiaryVerbs),
    ("BearerLexicon.beneficiaryStops", BearerLexicon.beneficiaryStops),
    ("BearerLexicon.toOrFor", BearerLexicon.toOrFor),
    ("ClauseLexicon.breaks", ClauseLexicon.breaks),
    ("ClauseLexicon.clauseStartMarks", ClauseLexicon.clauseStartMarks),
    ("ClauseLexicon.actionEndMarks", ClauseLexicon.actionEndMarks),
    ("ClauseLexicon.listLeadInMarks", ClauseLexicon.listLeadInMarks),
    ("ClauseLexicon.conjunctions", ClauseLexicon.conjunctions),
    ("ClauseLexicon.joiners", ClauseLexicon.joiners),
    ("ClauseLexicon.sharedSubjectLinks", ClauseLexicon.sharedSubjectLinks),
    ("ClauseLexicon.subjectBoundaries", ClauseLexicon.subjectBoundaries),
    ("ClauseLexicon.adverbials", ClauseLexicon.adverbials),
    ("ClauseLexicon.conditionalStarts", ClauseLexicon.conditionalStarts),
    ("ClauseLexicon.inClauseMarkers", ClauseLexicon.inClauseMarkers),
    ("ClauseLexicon.subjectPronouns", ClauseLexicon.subjectPronouns),
    ("ClauseLexicon.auxiliaries", ClauseLexicon.auxiliaries),
    ("ClauseLexicon.leadingFillers", ClauseLexicon.leadingFillers),
    ("ClauseLexicon.sentenceAdverbs", ClauseLexicon.sentenceAdverbs),
    ("ClauseLexicon.asideStarts", ClauseLexicon.asideStarts),
    ("ClauseLexicon.subjectExceptionStarts", ClauseLexicon.subjectExceptionStarts),
    ("ClauseLexicon.objectRelatives", ClauseLexicon.objectRelatives),
    ("ClauseLexicon.datePhraseStarts", ClauseLexicon.datePhraseStarts),
    ("ClauseLexicon.datePhraseWords", ClauseLexicon.datePhraseWords),
    ("ClauseLexicon.nounPhraseDeterminers", ClauseLexicon.nounPhraseDeterminers),
    ("ClauseLexicon.verbPhraseWords", ClauseLexicon.verbPhraseWords),
    ("ClauseLexicon.ifWords", ClauseLexicon.ifWords),
    ("ClauseLexicon.subjectAdverbs", ClauseLexicon.subjectAdverbs),
    ("ClauseLexicon.lyNouns", ClauseLexicon.lyNouns),
    ("ClauseLexicon.invertedSubjectStops", ClauseLexicon.invertedSubjectStops),
    ("ClauseLexicon.releasedDutyNouns", ClauseLexicon.releasedDutyNouns),
    ("ClauseLexicon.releasedDutyComplements", ClauseLexicon.releasedDutyComplements),
    ("ClauseLexicon.expletiveLinks", ClauseLexicon.expletiveLinks),
    ("ClauseLexicon.dutyStatesInBle", ClauseLexicon.dutyStatesInBle),
    ("ClauseLexicon.nonDutyStates", ClauseLexicon.nonDutyStates),
    ("ComparisonLexicon.negatingWords", ComparisonLexicon.negatingWords),
    ("ComparisonLexicon.functionWords", ComparisonLexicon.functionWords),
    ("ConditionLexicon.conditionFirstWords", ConditionLexicon.conditionFirstWords),
    ("ConditionLexicon.wordsBeforeNonConditionWhere", ConditionLexicon.wordsBeforeNonConditionWhere),
    ("ConditionLexicon.disapplyingAuxiliaries", ConditionLexicon.disapplyingAuxiliaries),
    ("DefinitionLexicon.openingQuotes", DefinitionLexicon.openingQuotes),
    ("DefinitionLexicon.closingQuotes", DefinitionLexicon.closingQuotes),
    ("DefinitionLexicon.acronymSmallWords", DefinitionLexicon.acronymSmallWords),
    ("DefinitionLexicon.labelDeterminers", DefinitionLexicon.labelDeterminers),
    ("DefinitionLexicon.memberQualifierStarts", DefinitionLexicon.memberQualifierStarts),
    ("DeonticLexicon.modals", DeonticLexicon.modals),
    ("DeonticLexicon.constitutiveVerbs", DeonticLexicon.constitutiveVerbs),
    ("DeonticLexicon.constitutiveParticiples", DeonticLexicon.constitutiveParticiples),
    ("DeonticLexicon.epistemicVerbs", DeonticLexicon.epistemicVerbs),
    ("DeonticLexicon.documentNouns", DeonticLexicon.documentNouns),
    ("DeonticLexicon.nonAgentPronouns", DeonticLexicon.nonAgentPronouns),
    ("DeonticLexicon.reportingVerbs", DeonticLexicon.reportingVerbs),
    ("GuidanceScaleLexicon.definingWords", GuidanceScaleLexicon.definingWords),
    ("ImperativeLexicon.verbs", ImperativeLexicon.verbs),
    ("ImperativeLexicon.nonImperativeFollowers", ImperativeLexicon.nonImperativeFollowers),
    ("ImperativeLexicon.informationVerbs", ImperativeLexicon.informationVerbs),
    ("ImperativeLexicon.informationFollowers", ImperativeLexicon.informationFollowers),
    ("ImperativeLexicon.trailingMarks", ImperativeLexicon.trailingMarks),
    ("PartyLexicon.actorHeads", PartyLexicon.actorHeads),
    ("PartyLexicon.instrumentNouns", PartyLexicon.instrumentNouns),
    ("PartyLexicon.thingNouns", PartyLexicon.thingNouns),
    ("PartyLexicon.determiners", PartyLexicon.determiners),
    ("PartyLexicon.qualifierStarts", PartyLexicon.qualifierStarts),
    ("PartyLexicon.prepositions", PartyLexicon.prepositions),
    ("PartyLexicon.clauseWords", PartyLexicon.clauseWords),
    ("PartyLexicon.participleQualifiers", PartyLexicon.participleQualifiers),
    ("PartyLexicon.ingNouns", PartyLexicon.ingNouns),
    ("PartyLexicon.capitalizedRoles", PartyLexicon.capitalizedRoles),
    ("PartyLexicon.conjunctions", PartyLexicon.conjunctions),
    ("PartyLexicon.sharedAdjectives", PartyLexicon.sharedAdjectives),
    ("PolicyLexicon.practiceModals", PolicyLexicon.practiceModals),
    ("PolicyLexicon.proposalCues", PolicyLexicon.proposalCues),
    ("PolicyLexicon.commitmentCues", PolicyLexicon.commitmentCues),
    ("PolicyLexicon.leadingCues", PolicyLexicon.leadingCues),
    ("PolicyLexicon.obligingModals", PolicyLexicon.obligingModals),
    ("PolicyLexicon.inForceCues", PolicyLexicon.inForceCues),
    ("PolicyLexicon.impositionVerbs", PolicyLexicon.impositionVerbs),
    ("PolicyLexicon.dutyNouns", PolicyLexicon.dutyNouns),
    ("PolicyLexicon.dutyNounModifiers", PolicyLexicon.dutyNounModifiers),
    ("PolicyLexicon.onUpon", PolicyLexicon.onUpon),
    ("PolicyLexicon.authors", PolicyLexicon.authors),
    ("PolicyLexicon.authorPronouns", PolicyLexicon.authorPronouns),
    ("PolicyLexicon.requirementVerbs", PolicyLexicon.requirementVerbs),
    ("PolicyLexicon.willOrShall", PolicyLexicon.willOrShall),
    ("PolicyLexicon.proposalLeads", PolicyLexicon.proposalLeads),
    ("PolicyLexicon.commitmentLeads", PolicyLexicon.commitmentLeads),
    ("PolicyLexicon.appealVerbs", PolicyLexicon.appealVerbs),
    ("PolicyLexicon.callVerbs", PolicyLexicon.callVerbs),
    ("PolicyLexicon.proposalComplementizers", PolicyLexicon.proposalComplementizers),
    ("PolicyLexicon.consultationWords", PolicyLexicon.consultationWords),
    ("PolicyLexicon.proposingVerbs", PolicyLexicon.proposingVerbs),
    ("PolicyLexicon.conditionLeads", PolicyLexicon.conditionLeads),
    ("PolicyLexicon.promiseWords", PolicyLexicon.promiseWords),
    ("PolicyLexicon.intentionVerbs", PolicyLexicon.intentionVerbs),
    ("PolicyLexicon.nameLinks", PolicyLexicon.nameLinks),
    ("PolicyLexicon.nonActionWords", PolicyLexicon.nonActionWords),
    ("PolicyLexicon.cueWords", PolicyLexicon.cueWords),
    ("PolicyLexicon.openingQuotes", PolicyLexicon.openingQuotes),
    ("PolicyLexicon.closingQuotes", PolicyLexicon.closingQuotes),
    ("PolicyLexicon.actionEndMarks", PolicyLexicon.actionEndMarks),
    ("PolicyLexicon.actionEndConjunctions", PolicyLexicon.actionEndConjunctions),
    ("ReferenceLexicon.referenceWords", ReferenceLexicon.referenceWords),
    ("ReferenceLexicon.numberJoiners", ReferenceLexicon.numberJoiners),
    ("ReferenceLexicon.danglingJoiners", ReferenceLexicon.danglingJoiners),
    ("ReferenceLexicon.actDeterminers", ReferenceLexicon.actDeterminers),
    ("ReferenceLexicon.actDemonstratives", ReferenceLexicon.actDemonstratives),
    ("ReferenceLexicon.actNouns", ReferenceLexicon.actNouns),
    ("ReferenceLexicon.actTitleWords", ReferenceLexicon.actTitleWords),
    ("ReferenceLexicon.actTitleEnds", ReferenceLexicon.actTitleEnds),
    ("ReferenceLexicon.comparedReferenceWords", ReferenceLexicon.comparedReferenceWords),
    ("TimingLexicon.months", TimingLexicon.months),
    ("TimingLexicon.units", TimingLexicon.units),
    ("TimingLexicon.frequencyWords", TimingLexicon.frequencyWords),
    ("TimingLexicon.frequencyDeterminers", TimingLexicon.frequencyDeterminers),
    ("TimingLexicon.onceFollowers", TimingLexicon.onceFollowers),
    ("TimingLexicon.timeLimitFillers", TimingLexicon.timeLimitFillers),
    ("TimingLexicon.timeLimitTailStarts", TimingLexicon.timeLimitTailStarts),
    ("TimingLexicon.timeLimitTailEnds", TimingLexicon.timeLimitTailEnds),
    ("TimingLexicon.dateNouns", TimingLexicon.dateNouns),
    ("TimingLexicon.datePhraseEnds", TimingLexicon.datePhraseEnds),
    ("TimingLexicon.ordinalSuffixes", TimingLexicon.ordinalSuffixes),
    ("TimingLexicon.timingPhraseFirstWords", TimingLexicon.timingPhraseFirstWords),
    ("TimingLexicon.timingStarts", TimingLexicon.timingStarts),
    ("TimingLexicon.numberWords", TimingLexicon.numberWords),
    ("TriggerLexicon.irregularParticiples", TriggerLexicon.irregularParticiples),
    ("TriggerLexicon.edWordsNotParticiples", TriggerLexicon.edWordsNotParticiples),
    ("TriggerLexicon.adverbs", TriggerLexicon.adverbs),
    ("TriggerLexicon.lyWordsNotAdverbs", TriggerLexicon.lyWordsNotAdverbs),
    ("TriggerLexicon.nonAgents", TriggerLexicon.nonAgents),
    ("TriggerLexicon.nonBindingWillSubjects", TriggerLexicon.nonBindingWillSubjects),
    ("TriggerLexicon.willSubjectDeterminers", TriggerLexicon.willSubjectDeterminers),
    ("TriggerLexicon.transposers", TriggerLexicon.transposers),
    ("TriggerLexicon.documentNounGoverners", TriggerLexicon.documentNounGoverners),
    ("TriggerLexicon.documentDemonstratives", TriggerLexicon.documentDemonstratives),
    ("TriggerLexicon.applyScopeWords", TriggerLexicon.applyScopeWords),
    ("TriggerLexicon.hedges", TriggerLexicon.hedges),
    ("TriggerLexicon.epistemicAdverbs", TriggerLexicon.epistemicAdverbs),
    ("TriggerLexicon.participleComplements", TriggerLexicon.participleComplements),
    ("TriggerLexicon.rfcAdjectives", TriggerLexicon.rfcAdjectives),
    ("TriggerLexicon.negativeInversionPrepositions", TriggerLexicon.negativeInversionPrepositions),
    ("TriggerLexicon.negativeInversionNouns", TriggerLexicon.negativeInversionNouns),
    ("TriggerLexicon.promiseVerbs", TriggerLexicon.promiseVerbs),
    ("TriggerLexicon.promiseAsideBreaks", TriggerLexicon.promiseAsideBreaks),
    ("TriggerLexicon.promiseContinuations", TriggerLexicon.promiseContinuations),
    ("TriggerLexicon.conditionOpeners", TriggerLexicon.conditionOpeners),
    ("TriggerLexicon.relativeClauseVerbs", TriggerLexicon.relativeClauseVerbs),
    ("TriggerLexicon.relativePronouns", TriggerLexicon.relativePronouns),
    ("TriggerLexicon.beTo", TriggerLexicon.beTo),
    ("TriggerLexicon.haveTo", TriggerLexicon.haveTo),
    ("TriggerLexicon.asClauseVerbs", TriggerLexicon.asClauseVerbs),
    ("TriggerLexicon.wayClauseEnds", TriggerLexicon.wayClauseEnds),
    ("TriggerLexicon.questionWords", TriggerLexicon.questionWords),
    ("TriggerLexicon.questionTakingVerbs", TriggerLexicon.questionTakingVerbs),
    ("TriggerLexicon.possessionQualifiers", TriggerLexicon.possessionQualifiers),
  ]

  /// The lists kept in order: suffixes and phrases tried one after another.
  static let arrays: [(String, [String])] = [
    ("BearerLexicon.abstractEndings", BearerLexicon.abstractEndings),
    ("ClauseLexicon.actionTrailers", ClauseLexicon.actionTrailers),
    ("ClauseLexicon.actionLeaders", ClauseLexicon.actionLeaders),
    ("ClauseLexicon.dutyStateEndings", ClauseLexicon.dutyStateEndings),
    ("ComparisonLexicon.floorPhrases", ComparisonLexicon.floorPhrases),
    ("ComparisonLexicon.ceilingPhrases", ComparisonLexicon.ceilingPhrases),
    ("ComparisonLexicon.floorTrails", ComparisonLexicon.floorTrails),
    ("ComparisonLexicon.ceilingTrails", ComparisonLexicon.ceilingTrails),
    ("ComparisonLexicon.softTriggerWords", ComparisonLexicon.softTriggerWords),
    ("ComparisonLexicon.stemSuffixes", ComparisonLexicon.stemSuffixes),
    ("ConditionLexicon.scopeLeadIns", ConditionLexicon.scopeLeadIns),
    ("DefinitionLexicon.termDefiningEndings", DefinitionLexicon.termDefiningEndings),
    ("GuidanceScaleLexicon.phrases", GuidanceScaleLexicon.phrases),
    ("ListLexicon.itemEndings", ListLexicon.itemEndings),
    ("PartyLexicon.agentSuffixes", PartyLexicon.agentSuffixes),
    ("PartyLexicon.pluralLookalikes", PartyLexicon.pluralLookalikes),
    ("PolicyLexicon.documentTypes", PolicyLexicon.documentTypes),
    ("ReferenceLexicon.legalBasisMarkers", ReferenceLexicon.legalBasisMarkers),
    ("TimingLexicon.monthsInOrder", TimingLexicon.monthsInOrder),
    ("TriggerLexicon.transposedObject", TriggerLexicon.transposedObject),
    ("DefinitionLexicon.termLeadIns prefixes", DefinitionLexicon.termLeadIns.map(\.prefix)),
    (
      "GuidanceScaleLexicon.quotationMarks",
      GuidanceScaleLexicon.quotationMarks.map { $0.open + "…" + $0.close }
    ),
    ("TimingLexicon.namedIntervals", TimingLexicon.namedIntervals.map(\.0)),
  ]

  /// The lists of phrases, each a list of words.
  static let phrases: [(String, [[String]])] = [
    ("DeonticLexicon.constitutivePhrases", DeonticLexicon.constitutivePhrases),
    ("TriggerLexicon.asClauseEndings", TriggerLexicon.asClauseEndings),
    ("TriggerLexicon.withheldRightPhrases", TriggerLexicon.withheldRightPhrases),
    ("TriggerLexicon.permissionPhrases", TriggerLexicon.permissionPhrases),
    ("TriggerLexicon.exemptionPhrases", TriggerLexicon.exemptionPhrases),
    ("TriggerLexicon.noRightPhrases", TriggerLexicon.noRightPhrases),
    ("ConditionLexicon.conditionStarts", ConditionLexicon.conditionStarts.map(\.0)),
    ("DeonticLexicon.patterns", DeonticLexicon.patterns.map(\.words)),
    ("TimingLexicon.timingPhrases", TimingLexicon.timingPhrases.map(\.0)),
  ]

  /// The tables from a word to what it stands for, with their sizes.
  static let tables: [(String, Int)] = [
    ("ComparisonLexicon.oppositeWords", ComparisonLexicon.oppositeWords.count),
    ("ComparisonLexicon.bodyAcronyms", ComparisonLexicon.bodyAcronyms.count),
    ("DeonticLexicon.patternsByFirstWord", DeonticLexicon.patternsByFirstWord.count),
    ("DeonticLexicon.bearerParticiples", DeonticLexicon.bearerParticiples.count),
    ("PartyLexicon.irregularPlurals", PartyLexicon.irregularPlurals.count),
    ("ReferenceLexicon.referenceForms", ReferenceLexicon.referenceForms.count),
    ("TimingLexicon.countValues", TimingLexicon.countValues.count),
    ("TimingLexicon.unitDays", TimingLexicon.unitDays.count),
  ]

  @Test(arguments: sets)
  func aSetHoldsWords(_ list: (String, Set<String>)) {
    #expect(!list.1.isEmpty, "\(list.0)")
    #expect(!list.1.contains(""), "\(list.0)")
  }

  @Test(arguments: arrays)
  func aListInOrderNamesEachEntryOnce(_ list: (String, [String])) {
    #expect(!list.1.isEmpty, "\(list.0)")
    #expect(!list.1.contains(""), "\(list.0)")
    #expect(Set(list.1).count == list.1.count, "\(list.0)")
  }

  @Test(arguments: phrases)
  func aListOfPhrasesNamesEachPhraseOnce(_ list: (String, [[String]])) {
    #expect(!list.1.isEmpty, "\(list.0)")
    #expect(list.1.allSatisfy { !$0.isEmpty && !$0.contains("") }, "\(list.0)")
    #expect(Set(list.1).count == list.1.count, "\(list.0)")
  }

  @Test(arguments: tables)
  func aTableHoldsEntries(_ table: (String, Int)) {
    #expect(table.1 > 0, "\(table.0)")
  }

  @Test func theMonthsForMembershipAreTheMonthsInOrder() {
    #expect(TimingLexicon.months == Set(TimingLexicon.monthsInOrder))
    #expect(TimingLexicon.monthsInOrder.count == 12)
  }
}
