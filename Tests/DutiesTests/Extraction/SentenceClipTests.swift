import Testing

@testable import Duties

@Suite struct SentenceClipTests {
  @Test func aSentenceThatFitsIsKeptWhole() {
    let sentence = String(repeating: "word ", count: 800) + "end"
    #expect(SentenceClip.clip(sentence, around: 10) == sentence)
  }

  @Test func aLongSentenceIsClippedAroundTheAnchorAtSpaces() {
    let before = String(repeating: "alpha ", count: 2_000)
    let after = String(repeating: " omega", count: 2_000)
    let sentence = before + "must" + after
    let anchor = before.utf8.count
    let clipped = SentenceClip.clip(sentence, around: anchor)
    #expect(clipped.hasPrefix("… alpha "))
    #expect(clipped.hasSuffix(" omega …"))
    #expect(clipped.contains("alpha must omega"))
    #expect(clipped.utf8.count <= SentenceClip.maximumBytes + 8)
    // No word is cut.
    let words = Set(clipped.split(separator: " "))
    #expect(words == ["…", "alpha", "must", "omega"])
  }

  @Test func anAnchorNearAnEndKeepsThatEnd() {
    let sentence = "The council must " + String(repeating: "act ", count: 3_000)
    let clipped = SentenceClip.clip(sentence, around: 12)
    #expect(clipped.hasPrefix("The council must act"))
    #expect(clipped.hasSuffix(" …"))
  }

  @Test func textWithoutSpacesIsCutBetweenCharacters() {
    let sentence = String(repeating: "é", count: 5_000)
    let clipped = SentenceClip.clip(sentence, around: 5_000)
    #expect(clipped.unicodeScalars.allSatisfy { $0 == "é" || $0 == "…" || $0 == " " })
    #expect(clipped.utf8.count <= SentenceClip.maximumBytes + 8)
  }
}
