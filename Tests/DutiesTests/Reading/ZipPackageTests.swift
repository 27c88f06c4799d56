import DutiesTestSupport
import Foundation
import Testing

@testable import Duties

/// Damaged and hostile zip packages (issue #28, items 1 and 2): an error, never a crash, and every
/// part unpacked within the limits.
@Suite struct ZipPackageTests {
  let word = HostileFiles.word("The council must publish a plan.")

  @Test func aWellFormedPackageIsRead() throws {
    let document = try DocumentReader().read(bytes: word, path: "made.docx")
    #expect(document.metadata.format == .docx)
    #expect(ObligationExtractor().extract(from: document).map(\.action) == ["publish a plan"])
  }

  @Test(arguments: ["damaged.docx", "damaged.odt", "damaged.md", "damaged"])
  func aDirectoryPastTheEndIsAnErrorWhateverTheName(_ name: String) throws {
    let damaged = HostileFiles.zip(
      [.stored("word/document.xml", "<w:document/>")], directoryOffsetShift: 10_000)
    #expect {
      try DocumentReader().read(bytes: damaged, path: name)
    } throws: { error in
      "\(error)"
        == "\(name): error: not a readable zip file: the zip directory points past the end of the file "
        + "(truncated or damaged)"
    }
  }

  @Test func everyTruncationIsAnError() {
    for length in stride(from: 4, to: word.count, by: 7) {
      #expect(throws: DutiesError.self, "\(length) bytes") {
        try DocumentReader().read(bytes: Array(word.prefix(length)), path: "cut.docx")
      }
    }
  }

  /// Bytes changed at random in the headers: read or refused, never a crash.
  @Test func changedBytesNeverCrash() {
    var generator = SeededGenerator(seed: 28)
    let headers = (0..<word.count).filter { index in
      // The local and central headers and the end record, where offsets and sizes live.
      !(index > 40 && index < word.count - 140)
    }
    for _ in 0..<2_000 {
      var bytes = word
      for _ in 0..<Int.random(in: 1...4, using: &generator) {
        let index = headers.randomElement(using: &generator)!
        bytes[index] = UInt8.random(in: 0...255, using: &generator)
      }
      _ = try? DocumentReader().read(bytes: bytes, path: "changed.docx")
    }
  }

  @Test func entryOffsetsPastTheEndAreCaught() throws {
    var bytes = word
    // The last central header states where its part's local header is: point it past the end.
    let signature: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
    let header = try #require(
      (0...(bytes.count - 4)).last { Array(bytes[$0..<($0 + 4)]) == signature })
    for index in (header + 42)..<(header + 46) { bytes[index] = 0x7F }
    #expect {
      try DocumentReader().read(bytes: bytes, path: "offset.docx")
    } throws: { error in
      "\(error)".contains("points to no local header")
    }
  }

  /// Found by the fuzzer: an end record whose comment runs past the end made ZIPFoundation give up
  /// without closing its in-memory file (a leak on every such file).
  @Test func anEndRecordCommentPastTheEndIsAnError() throws {
    var bytes = word
    bytes[bytes.count - 2] = 0x40
    #expect {
      try DocumentReader().read(bytes: bytes, path: "comment.docx")
    } throws: { error in
      "\(error)".contains("comment runs past the end of the file")
    }
  }

  /// An OpenDocument file whose `mimetype` declares 40 bytes and expands to 300 MiB: refused at
  /// once, not unpacked.
  @Test func theMimetypePartGoesThroughTheLimits() throws {
    let run = HostileFiles.deflatedRun(of: UInt8(ascii: "a"), count: 300 << 20)
    let bomb = HostileFiles.zip([
      HostileFiles.ZipPart(name: "mimetype", data: run, deflated: true, declaredSize: 40, crc: 0),
      .stored("content.xml", "<office:document-content/>"),
    ])
    #expect(ZipPackage.documentFormat(of: bomb) == .odt)
    #expect {
      try DocumentReader().read(bytes: bomb, path: "bomb.odt")
    } throws: { error in
      "\(error)"
        == "bomb.odt: error: the part mimetype expands beyond the 40 bytes it declares; refusing it as "
        + "damaged or a possible zip bomb"
    }
  }

  @Test func aPartThatExpandsPastWhatItDeclaresIsRefused() throws {
    let run = HostileFiles.deflatedRun(of: UInt8(ascii: " "), count: 100 << 20)
    let bomb = HostileFiles.zip([
      HostileFiles.ZipPart(name: "word/document.xml", data: run, deflated: true, declaredSize: 100, crc: 0)
    ])
    #expect {
      try DocumentReader().read(bytes: bomb, path: "bomb.docx")
    } throws: { error in
      "\(error)".contains("expands beyond the 100 bytes it declares")
    }
    // One that declares its true size is refused by the ratio as soon as it passes 1 MiB.
    let declared = HostileFiles.zip([
      HostileFiles.ZipPart(
        name: "word/document.xml", data: run, deflated: true, declaredSize: 100 << 20, crc: 0)
    ])
    #expect {
      try DocumentReader().read(bytes: declared, path: "bomb.docx")
    } throws: { error in
      "\(error)".contains("200× its compressed size; refusing it as a possible zip bomb")
    }
  }
}
