import DutiesTestSupport
import Testing

@testable import Duties

@Suite struct WordClassesTests {
  /// Every list a class stands for, with the class: a token's classes must say exactly what the lists say.
  static let lists: [(WordClasses, Set<String>)] = [
    (.triggerStart, Set(DeonticLexicon.patternsByFirstWord.keys).union(TriggerLexicon.requiringVerbs)),
    (.policyCue, PolicyLexicon.cueWords),
    (.reportingVerb, DeonticLexicon.reportingVerbs),
    (.timingStart, TimingLexicon.timingStarts),
    (.referenceWord, ReferenceLexicon.referenceWords),
    (.conditionStart, ConditionLexicon.conditionFirstWords),
    (.objectReportingVerb, DeonticLexicon.objectReportingVerbs),
  ]

  @Test func aTokenBelongsToExactlyTheListsItsWordIsOn() {
    let ordinary = [
      "council", "the", "publish", "plan", "Section", "WITHIN", "Unless", "Must", "said", "2026",
    ]
    let words = Self.lists.flatMap(\.1) + ordinary
    for token in Tokenizer.tokens(words.joined(separator: " ")) {
      for (wordClass, list) in Self.lists {
        #expect(token.classes.contains(wordClass) == list.contains(token.lower), "\(token.text)")
      }
    }
  }

  @Test func punctuationBelongsToNoList() {
    let tokens = Tokenizer.tokens("“(,) — ; :”")
    #expect(!tokens.isEmpty && tokens.allSatisfy { $0.classes.isEmpty })
  }

  @Test func classesFindTimingConditionsAndReferencesAsBefore() throws {
    let obligation = try #require(
      try ExtractionProbe.obligations(
        "Unless the plan is agreed, the council must publish it under section 75 within 28 days and annually."
      ).first)
    #expect(obligation.timing.map(\.text) == ["within 28 days", "annually"])
    #expect(obligation.conditions.map(\.text) == ["Unless the plan is agreed"])
    #expect(obligation.references == ["section 75"])
  }
}
