import Testing

@testable import Duties

@Suite struct ParallelTests {
  @Test func resultsAreInIndexOrderForAnyChunkSize() {
    for chunkSize in [1, 3, 256, 10_000] {
      let squares = Parallel.map(1_000, chunkSize: chunkSize) { $0 * $0 }
      #expect(squares == (0..<1_000).map { $0 * $0 })
    }
    #expect(Parallel.map(0) { $0 }.isEmpty)
  }

  @Test func pairRunsBothSides() {
    let (words, count) = Parallel.pair({ "a b c".split(separator: " ").map(String.init) }, { 42 })
    #expect(words == ["a", "b", "c"])
    #expect(count == 42)
  }
}
