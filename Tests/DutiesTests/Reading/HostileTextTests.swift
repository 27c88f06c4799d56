import DutiesTestSupport
import Foundation
import Testing

@testable import Duties

/// Hostile and unlucky text input (issue #28): deep HTML, UTF-16 without a byte-order mark, and a
/// sentence with no break.
@Suite struct HostileTextTests {
  func actions(_ text: String, path: String) throws -> [String] {
    let document = try DocumentReader().read(string: text, path: path)
    return ObligationExtractor().extract(from: document).map(\.action)
  }

  /// libxml2 stops at 256 levels and drops the rest: everything after the deep part is read.
  @Test(arguments: ["div", "b", "span", "section"])
  func htmlNestedDeeperThanLibxml2sLimitIsReadToTheEnd(_ element: String) throws {
    let html =
      "<html><body><p>The council must publish a plan.</p>" + String(repeating: "<\(element)>", count: 300)
      + "The board must keep records." + String(repeating: "</\(element)>", count: 300)
      + "<p>The trust must review the plan.</p></body></html>"
    let document = try DocumentReader().read(string: html, path: "deep.html")
    #expect(document.diagnostics.isEmpty)
    #expect(
      ObligationExtractor().extract(from: document).map(\.action) == [
        "publish a plan", "keep records", "review the plan",
      ])
  }

  @Test(arguments: [true, false])
  func utf16WithoutAByteOrderMarkIsReadWithAWarning(littleEndian: Bool) throws {
    let text = "The council must publish a plan.\nThe board may review it.\n"
    var bytes: [UInt8] = []
    for unit in text.utf16 {
      let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
      bytes += littleEndian ? pair : pair.reversed()
    }
    let document = try DocumentReader().read(bytes: bytes, path: "notes.txt")
    #expect(ObligationExtractor().extract(from: document).map(\.action) == ["publish a plan", "review it"])
    #expect(
      document.diagnostics.map(\.message) == [
        "no byte-order mark: read as UTF-16\(littleEndian ? "LE" : "BE") from its pattern of NUL bytes"
      ])
  }

  @Test func binaryDataIsStillBinaryData() throws {
    let bytes: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00] + Array(repeating: 0, count: 64)
    #expect {
      try DocumentReader().read(bytes: bytes, path: "program")
    } throws: { error in
      "\(error)".contains("binary data")
    }
  }

  /// 1 MB with no sentence break and a modal every few words: at most 64 obligations, each with a
  /// bounded sentence and action, so the output stays a fraction of the input.
  @Test func aSentenceWithNoBreakGivesBoundedOutput() throws {
    var generator = SeededGenerator(seed: 6)
    let words = [
      "the", "council", "must", "publish", "a", "plan", "and", "board", "shall", "keep", "records",
    ]
    let text = (0..<200_000).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ")
    let document = try DocumentReader().read(string: text, path: "long.txt")
    let obligations = ObligationExtractor().extract(from: document)
    #expect(obligations.count == 64)
    var total = 0
    for obligation in obligations {
      #expect(obligation.sentence.utf8.count <= SentenceClip.maximumBytes + 8)
      #expect(obligation.action.utf8.count <= SentenceClip.maximumBytes + 8)
      // The clip is around the trigger, and the location still points into the whole text.
      #expect(obligation.sentence.contains(obligation.trigger.text))
      #expect(obligation.location.line == 1)
      total += obligation.sentence.utf8.count + obligation.action.utf8.count
    }
    #expect(total < text.utf8.count)
    #expect((document.metadata.title?.count ?? 0) <= 302)
  }

  /// A long lead-in (3.7 KB) over a list of 600 items: the first items repeat it whole, up to the list's
  /// budget, and the rest a shortened copy, so its size is not multiplied by the number of items.
  @Test func aLongListRepeatsALongLeadInWithinABudget() throws {
    let condition = (0..<53).map { "the authority is exercising its functions under Part \($0) of the Act" }
      .joined(separator: " and ")
    let items = (1...600).map { "- keep record \($0);" }.joined(separator: "\n")
    let text = "# Records\n\nWhere \(condition), the council must—\n\n\(items)\n"
    let obligations = ObligationExtractor().extract(
      from: try DocumentReader().read(string: text, path: "list.md"))
    #expect(obligations.map(\.action) == (1...600).map { "keep record \($0)" })
    let first = try #require(obligations.first)
    let last = try #require(obligations.last)
    #expect(first.conditions.first?.text == "Where " + condition)
    #expect(first.references.count == 53)
    #expect(try #require(last.conditions.first?.text).utf8.count <= SentenceClip.repeatedLeadInBytes + 8)
    #expect(last.sentence.utf8.count <= SentenceClip.repeatedLeadInBytes + 40)
    #expect(last.sentence.hasSuffix("the council must— keep record 600;"))
    // Only the references in what is left of the lead-in: Part 5 is not in "Part 56".
    #expect(last.references == ["Part 51", "Part 52"])
    #expect(last.references.allSatisfy { last.sentence.contains($0 + " of the Act") })
    let repeated = obligations.reduce(0) {
      $0 + $1.sentence.utf8.count + $1.conditions.reduce(0) { $0 + $1.text.utf8.count }
    }
    // Whole, the lead-in would be repeated 600 times (4.4 MB); it is repeated whole within the
    // budget, then in at most two shortened copies (sentence and condition) an item.
    #expect(repeated < 2 * SentenceClip.listBudget + 600 * (2 * SentenceClip.repeatedLeadInBytes + 40))
  }
}
