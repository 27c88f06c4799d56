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

  /// A long lead-in (3.7 KB) over a list of 600 items: every item repeats it shortened, the same
  /// way, so its size is not multiplied by the number of items; a short list repeats it whole.
  @Test func aLongListRepeatsALongLeadInShortened() throws {
    let condition = (0..<53).map { "the authority is exercising its functions under Part \($0) of the Act" }
      .joined(separator: " and ")
    func obligations(_ count: Int, wrapUp: Bool = false) throws -> [Obligation] {
      let items = (1...count).map { "- keep record \($0)\(wrapUp ? ", and may charge for it" : "");" }
      let text = "# Records\n\nWhere \(condition), the council must—\n\n\(items.joined(separator: "\n"))\n"
      return ObligationExtractor().extract(from: try DocumentReader().read(string: text, path: "list.md"))
    }
    let short = try obligations(20)
    #expect(
      short.allSatisfy { $0.conditions.first?.text == "Where " + condition && $0.references.count == 53 })
    let long = try obligations(600)
    #expect(long.map(\.action) == (1...600).map { "keep record \($0)" })
    let first = try #require(long.first)
    #expect(long.allSatisfy { $0.conditions == first.conditions && $0.references == first.references })
    #expect(long.allSatisfy { $0.basis == first.basis && $0.bearer == first.bearer })
    #expect(first.conditions.count == 1)
    #expect(try #require(first.conditions.first?.text).utf8.count <= SentenceClip.repeatedLeadInBytes + 4)
    #expect(try #require(long.last?.sentence).hasSuffix("the council must— keep record 600;"))
    // Only the references in what is left of the lead-in: Part 5 is not in "Part 52".
    #expect(first.references == ["Part 51", "Part 52"])
    #expect(first.references.allSatisfy { first.sentence.contains($0 + " of the Act") })
    // Items that end in a wrap-up of their own repeat the lead-in the same way.
    let wrapped = try obligations(600, wrapUp: true).filter { $0.action.hasPrefix("keep record") }
    #expect(wrapped.count == 600)
    #expect(wrapped.allSatisfy { $0.conditions == first.conditions })
    for list in [long, wrapped] {
      let repeated = list.reduce(0) { total, obligation in
        total + obligation.sentence.utf8.count + obligation.action.utf8.count
          + obligation.conditions.reduce(0) { $0 + $1.text.utf8.count }
          + obligation.timing.reduce(0) { $0 + $1.text.utf8.count }
          + obligation.references.reduce(0) { $0 + $1.utf8.count } + (obligation.basis?.utf8.count ?? 0)
      }
      // Whole, the lead-in would be repeated 600 times (4.4 MB).
      #expect(repeated < 600 * 400)
    }
  }

  /// Many conditions in a lead-in are kept within the shortened lead-in's bytes in all.
  @Test func aLeadInWithManyConditionsIsShortenedInAll() throws {
    let conditions = (0..<300).map { "if the authority has received application \($0)" }.joined(
      separator: ", ")
    let items = (1...500).map { "- keep record \($0);" }.joined(separator: "\n")
    let text =
      "# Records\n\n\(conditions.prefix(1).uppercased() + conditions.dropFirst()), the council must—\n\n\(items)\n"
    let obligations = ObligationExtractor().extract(
      from: try DocumentReader().read(string: text, path: "c.md"))
    #expect(obligations.count == 500)
    for obligation in obligations {
      #expect(
        obligation.conditions.reduce(0) { $0 + $1.text.utf8.count } <= SentenceClip.repeatedLeadInBytes + 8)
    }
  }

  /// Text in another encoding read as UTF-8 is mostly replacement characters: a warning says what
  /// to do, beside the count of invalid sequences.
  @Test func mostlyUnreadableTextIsSaidToBe() throws {
    let latin1 =
      Array(String(repeating: "The council must act. ", count: 2).utf8) + [UInt8](repeating: 0xE9, count: 40)
    let document = try DocumentReader().read(bytes: latin1, path: "latin1.txt")
    let messages = document.diagnostics.map(\.message)
    #expect(messages.contains { $0.hasPrefix("invalid UTF-8 (40 byte sequences)") })
    #expect(messages.contains { $0.hasPrefix("40 of 84 characters are unreadable (U+FFFD)") })
    let mostlyFine = Array(String(repeating: "The council must act. ", count: 20).utf8) + [0xE9]
    #expect(
      !(try DocumentReader().read(bytes: mostlyFine, path: "ok.txt")).diagnostics.map(\.message)
        .contains { $0.contains("unreadable") })
  }
}
