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

  /// Deflate data that never end within the compressed bytes the directory states (a stored block
  /// that claims more than is there): ZIPFoundation on Linux looped for ever; now it is damaged.
  @Test func aStreamThatDoesNotEndIsDamagedNotAHang() throws {
    // A final stored block of 65,535 bytes with only 10 present.
    let cut: [UInt8] = [0x01, 0xFF, 0xFF, 0x00, 0x00] + Array(repeating: 0x41, count: 10)
    let package = HostileFiles.zip([
      HostileFiles.ZipPart(name: "word/document.xml", data: cut, deflated: true, declaredSize: 65_535, crc: 0)
    ])
    #expect {
      try DocumentReader().read(bytes: package, path: "cut.docx")
    } throws: { error in
      "\(error)".contains(
        "the part word/document.xml cannot be unpacked (the compressed data are damaged or cut short)")
    }
  }

  /// A ZIP64 end record with 32-bit fields that are not saturated does not stand in for them: the
  /// stated directory offset, past the end, is checked.
  @Test func aZip64RecordDoesNotHideABadOffset() throws {
    var bytes = HostileFiles.zip(
      [.stored("word/document.xml", "<w:document/>")], directoryOffsetShift: 50_000)
    let end = bytes.count - 22
    // A ZIP64 end record (version 20, no entries) and its locator just before the end record.
    var record: [UInt8] = [0x50, 0x4B, 0x06, 0x06] + Array(repeating: 0, count: 52)
    record[14] = 20
    let locator: [UInt8] = [0x50, 0x4B, 0x06, 0x07] + Array(repeating: 0, count: 16)
    bytes.insert(contentsOf: record + locator, at: end)
    #expect {
      try DocumentReader().read(bytes: bytes, path: "zip64.docx")
    } throws: { error in
      "\(error)".contains("points past the end of the file")
    }
  }

  @Test func aDamagedChecksumIsAnError() throws {
    var bad = HostileFiles.ZipPart.stored("word/document.xml", "<w:document/>")
    bad.crc ^= 1
    #expect {
      try DocumentReader().read(bytes: HostileFiles.zip([bad]), path: "crc.docx")
    } throws: { error in
      "\(error)".contains("its checksum does not match")
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
