import DutiesTestSupport
import Foundation
import Testing

@testable import Duties

/// Extraction part by part (`extract(streaming:format:_:)`) must give what extraction of the whole
/// document gives, and the JSON written as the parts arrive the same bytes.
@Suite struct StreamingExtractionTests {
  /// Plain text and Markdown from the shared corpus and the demo corpus: guidance, strategies with
  /// acronyms, statutes with conditions stated apart, and a text that defines its own scale.
  static let files: [URL] = {
    var files = [
      SharedCorpus.demo("joint-working-guidance/2011-11-guidance-revised.md"),
      SharedCorpus.demo("integration-papers/2006-01-white-paper.txt"),
      SharedCorpus.demo("integration-papers/2005-03-green-paper.md"),
    ]
    let folder = SharedCorpus.root.appendingPathComponent("corpus")
    if let found = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) {
      for case let url as URL in found where ["md", "txt"].contains(url.pathExtension) {
        if url.lastPathComponent != "SOURCES.md" { files.append(url) }
      }
    }
    return files.sorted { $0.path < $1.path }
  }()

  @Test func partByPartGivesTheObligationsOfTheWhole() throws {
    try #require(SharedCorpus.isAvailable)
    #expect(Self.files.count > 10)
    var streamed = 0
    for url in Self.files {
      let reader = DocumentReader()
      let whole = ObligationExtractor().extract(from: try reader.read(path: url.path))
      guard case .text(let source, let format, _) = try reader.reading(path: url.path) else {
        Issue.record("\(url.lastPathComponent) is not read as text")
        continue
      }
      // Kept from the first reading (as a text under 8 MiB is), and read again (as a larger one is).
      for limit in [ObligationExtractor.keptTextLimit, 0] {
        var parts: [Obligation] = []
        var calls = 0
        let document = try ObligationExtractor().extract(
          streaming: source, format: format, keepingUpTo: limit
        ) {
          parts += $0
          calls += 1
        }
        #expect(parts == whole, "\(url.lastPathComponent), keeping up to \(limit) bytes")
        #expect(document.children.isEmpty)
        #expect(document.metadata == (try reader.read(path: url.path)).metadata)
        if calls > 1, limit == 0 { streamed += 1 }
      }
    }
    // Most of the files have several top-level parts, so the obligations did come in pieces.
    #expect(streamed > Self.files.count / 2)
  }

  @Test(arguments: [0, 1, 4_096])
  func theStreamWritesTheSameBytesAsTheWhole(spillSize: Int) throws {
    let text =
      (1...300).map {
        "\($0). Each council in area \($0) must publish a plan for scheme \($0) by 31 March 2030."
      }
      .joined(separator: "\n\n") + "\n\n# Annex\n\nThe primary care trusts (PCTs) must consult the board."
    for (name, body) in [("many.md", text), ("none.txt", "Nothing here obliges anyone.")] {
      let reader = DocumentReader()
      let whole = try reader.read(string: body, path: name)
      let expected = ObligationsJSON(document: whole, obligations: ObligationExtractor().extract(from: whole))
      guard case .text(let source, let format, _) = try reader.reading(bytes: Array(body.utf8), path: name)
      else {
        Issue.record("\(name) is not read as text")
        continue
      }
      var stream = ObligationsJSONStream(spillingAfter: spillSize)
      let document = try ObligationExtractor().extract(streaming: source, format: format, keepingUpTo: 0) {
        try stream.append($0)
      }
      var written: [UInt8] = []
      try stream.finish(document: document) { written += $0 }
      #expect(written == expected.prettyPrintedUTF8, "\(name), spilling after \(spillSize) bytes")
    }
  }

  @Test func anErrorFromTheBodyStopsTheReading() throws {
    struct Stop: Error {}
    let text = (1...5).map { "# Part \($0)\n\nThe council must act in part \($0)." }.joined(separator: "\n\n")
    guard
      case .text(let source, let format, _) = try DocumentReader().reading(
        bytes: Array(text.utf8), path: "p.md")
    else {
      Issue.record("not read as text")
      return
    }
    var calls = 0
    #expect(throws: Stop.self) {
      _ = try ObligationExtractor().extract(streaming: source, format: format, keepingUpTo: 0) { _ in
        calls += 1
        throw Stop()
      }
    }
    #expect(calls == 1)
  }
}
