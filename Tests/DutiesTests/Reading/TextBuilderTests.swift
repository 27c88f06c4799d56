import DutiesTestSupport
import Testing

@testable import Duties

@Suite struct TextBuilderTests {
  /// The builder as it was before it copied words joined by single spaces at once: a word at a time,
  /// with a new span after any space once the span holds more than 256 bytes of unescaped text.
  struct WordAtATime {
    var bytes: [UInt8] = []
    var spans: [TextRun.Span] = []
    var pendingSpace = false

    mutating func append(_ piece: [UInt8], sourceOffset: Int, escaped: Bool) {
      var startedSpan = false
      var index = 0
      while index < piece.count {
        if SourceWalker.isSpace(piece[index]) {
          pendingSpace = !bytes.isEmpty
          index += 1
          continue
        }
        if pendingSpace {
          bytes.append(0x20)
          pendingSpace = false
          if !escaped, let last = spans.last, bytes.count - last.textOffset > 256 { startedSpan = false }
        }
        if !startedSpan {
          spans.append(
            TextRun.Span(textOffset: bytes.count, sourceOffset: sourceOffset + index, escaped: escaped))
          startedSpan = true
        }
        while index < piece.count, !SourceWalker.isSpace(piece[index]) {
          bytes.append(piece[index])
          index += 1
        }
      }
    }
  }

  @Test func buildsTheTextAndSpansOfAWordAtATime() throws {
    var generator = SeededGenerator(seed: 7)
    let words = ["a", "duty", "co-operate", "must", "Secretary", "é", "—", "(b)", "1.2"]
    let gaps = [" ", " ", " ", "  ", "\n", "\t", " \n ", "\u{7F}"]
    for trial in 0..<300 {
      var builder = TextBuilder()
      var reference = WordAtATime()
      var offset = 0
      for _ in 0..<Int.random(in: 1...4, using: &generator) {
        var piece = ""
        if Bool.random(using: &generator) { piece += gaps.randomElement(using: &generator)! }
        for _ in 0..<Int.random(in: 1...(trial % 3 == 0 ? 400 : 40), using: &generator) {
          piece += words.randomElement(using: &generator)! + gaps.randomElement(using: &generator)!
        }
        let escaped = Int.random(in: 0..<4, using: &generator) == 0
        builder.append(piece, sourceOffset: offset, escaped: escaped)
        reference.append(Array(piece.utf8), sourceOffset: offset, escaped: escaped)
        if Bool.random(using: &generator) {
          builder.appendSpace()
          reference.pendingSpace = !reference.bytes.isEmpty
        }
        offset += piece.utf8.count + 3
      }
      let run = try #require(builder.build())
      #expect(Array(run.string.utf8) == reference.bytes)
      #expect(run.spans == reference.spans)
    }
  }

  @Test func aLongParagraphGetsASpanEveryFewHundredBytes() throws {
    var builder = TextBuilder()
    let text = Array(repeating: "word", count: 300).joined(separator: " ")
    builder.append(text, sourceOffset: 10, escaped: false)
    let run = try #require(builder.build())
    #expect(run.string == text)
    // "word " five bytes at a time: the text passes 256 bytes at 260, 520, …
    #expect(run.spans.map(\.textOffset) == [0, 260, 520, 780, 1040, 1300])
    #expect(run.spans.allSatisfy { $0.sourceOffset == $0.textOffset + 10 })
    var escaped = TextBuilder()
    escaped.append(text, sourceOffset: 10, escaped: true)
    #expect(escaped.build()?.spans.count == 1)
  }
}
