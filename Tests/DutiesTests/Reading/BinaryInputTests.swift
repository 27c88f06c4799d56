import Duties
import Foundation
import Testing

/// Binary files that are not in a format `duties` reads end in an error, not in a document of garbage.
@Suite struct BinaryInputTests {
  @Test func nulBytesMeanBinaryData() throws {
    let bytes: [UInt8] = Array("Each council must\npublish".utf8) + [0x00, 0xFF, 0x89, 0x50, 0x4E, 0x47]
    #expect {
      try DocumentReader().read(bytes: bytes, path: "image.txt")
    } throws: { error in
      "\(error)".hasPrefix("image.txt:2:8: error: binary data")
    }
  }

  @Test func utf16TextIsNotBinary() throws {
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in "Each council must publish a plan.".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let document = try DocumentReader().read(bytes: bytes, path: "utf16.txt")
    #expect(ObligationExtractor().extract(from: document).map(\.action) == ["publish a plan"])
  }
}
