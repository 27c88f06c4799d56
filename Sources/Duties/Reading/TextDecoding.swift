import Foundation

/// Turns the bytes of a file into UTF-8: removes a BOM, transcodes UTF-16 and declared XML encodings,
/// and replaces invalid UTF-8 with U+FFFD, reporting where.
enum TextDecoding {
  struct Result {
    var bytes: [UInt8]
    var warnings: [(offset: Int, message: String)]
  }

  static func decode(_ data: [UInt8]) -> Result {
    var result = transcode(data)
    if let warning = mostlyUnreadable(result.bytes) { result.warnings.append((0, warning)) }
    return result
  }

  /// A warning when at least one character in ten (and eight or more) is the replacement character,
  /// whether decoding made them or the file held them: the text is binary, damaged, or in another
  /// encoding than the one it was read in, and what is read from it cannot be trusted.
  static func mostlyUnreadable(_ bytes: [UInt8]) -> String? {
    bytes.withUnsafeBufferPointer { buffer in
      var replaced = 0
      var index = 0
      while let found = buffer[index...].firstIndex(of: 0xEF) {
        if found + 2 < buffer.count, buffer[found + 1] == 0xBF, buffer[found + 2] == 0xBD { replaced += 1 }
        index = found + 1
      }
      guard replaced >= 8 else { return nil }
      let characters = buffer.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
      guard replaced * 10 >= characters else { return nil }
      return
        "\(replaced) of \(characters) characters are unreadable (U+FFFD): the file may be binary, damaged, or "
        + "in an encoding other than UTF-8; convert it (for example iconv -f WINDOWS-1252 -t UTF-8) and read it again"
    }
  }

  private static func transcode(_ data: [UInt8]) -> Result {
    if data.starts(with: [0xEF, 0xBB, 0xBF]) {
      return repairUTF8(Array(data.dropFirst(3)))
    }
    if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
      let littleEndian = data[0] == 0xFF
      return transcodeUTF16(Array(data.dropFirst(2)), littleEndian: littleEndian)
    }
    if let littleEndian = unmarkedUTF16(data) {
      var result = transcodeUTF16(data, littleEndian: littleEndian)
      result.warnings.insert(
        (0, "no byte-order mark: read as UTF-16\(littleEndian ? "LE" : "BE") from its pattern of NUL bytes"),
        at: 0)
      return result
    }
    if let declared = declaredXMLEncoding(data), let encoding = foundationEncoding(declared),
      encoding != .utf8
    {
      if let string = String(data: Data(data), encoding: encoding) {
        return Result(bytes: Array(string.utf8), warnings: [])
      }
    }
    return repairUTF8(data)
  }

  /// Whether text without a byte-order mark is UTF-16, and in which byte order: in its first 4 KiB,
  /// most characters are Latin script, so one byte of nearly every pair is NUL (the high byte: the
  /// second in little-endian order, the first in big-endian), and the other byte almost never is.
  static func unmarkedUTF16(_ data: [UInt8]) -> Bool? {
    let pairs = min(data.count, 4096) / 2
    guard pairs >= 4 else { return nil }
    var evenZeros = 0
    var oddZeros = 0
    for pair in 0..<pairs {
      if data[2 * pair] == 0 { evenZeros += 1 }
      if data[2 * pair + 1] == 0 { oddZeros += 1 }
    }
    // Three pairs in four with a NUL on one side and hardly any on the other.
    if oddZeros * 4 >= pairs * 3 && evenZeros * 20 <= pairs { return true }
    if evenZeros * 4 >= pairs * 3 && oddZeros * 20 <= pairs { return false }
    return nil
  }

  /// Keeps valid UTF-8 as it is; each invalid sequence becomes U+FFFD and a warning.
  static func repairUTF8(_ data: [UInt8]) -> Result {
    if String(validating: data, as: UTF8.self) != nil {
      return Result(bytes: data, warnings: [])
    }
    var output: [UInt8] = []
    output.reserveCapacity(data.count + 16)
    var warnings: [(Int, String)] = []
    var decoder = UTF8()
    var iterator = data.makeIterator()
    var consumed = 0
    var firstBad: Int?
    var badCount = 0
    loop: while true {
      let before = consumed
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        let encoded = Array(String(scalar).utf8)
        output.append(contentsOf: encoded)
        consumed += encoded.count
      case .error:
        output.append(contentsOf: [0xEF, 0xBF, 0xBD])
        consumed += 1
        if firstBad == nil { firstBad = before }
        badCount += 1
      case .emptyInput:
        break loop
      }
    }
    if let firstBad {
      warnings.append(
        (
          firstBad,
          "invalid UTF-8 (\(Plural.count(badCount, "byte sequence"))) read as replacement characters"
        ))
    }
    return Result(bytes: output, warnings: warnings)
  }

  static func transcodeUTF16(_ data: [UInt8], littleEndian: Bool) -> Result {
    var units: [UInt16] = []
    units.reserveCapacity(data.count / 2)
    var index = 0
    while index + 1 < data.count {
      let a = UInt16(data[index])
      let b = UInt16(data[index + 1])
      units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
      index += 2
    }
    var output: [UInt8] = []
    var repaired = false
    var iterator = units.makeIterator()
    var decoder = UTF16()
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): output.append(contentsOf: String(scalar).utf8)
      case .error:
        output.append(contentsOf: [0xEF, 0xBF, 0xBD])
        repaired = true
      case .emptyInput: break loop
      }
    }
    let bytes = output
    return Result(
      bytes: bytes,
      warnings: repaired ? [(0, "invalid UTF-16 read as replacement characters")] : [])
  }

  /// The `encoding` of an XML declaration at the start of the bytes.
  static func declaredXMLEncoding(_ data: [UInt8]) -> String? {
    guard data.starts(with: Array("<?xml".utf8)) else { return nil }
    let end = data.prefix(200).firstIndex(of: UInt8(ascii: ">")) ?? min(data.count, 200)
    let declaration = String(decoding: data[0..<end], as: UTF8.self)
    guard let range = declaration.range(of: "encoding") else { return nil }
    let rest = declaration[range.upperBound...].drop { $0 == " " || $0 == "=" }
    guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
    return String(rest.dropFirst().prefix { $0 != quote })
  }

  static func foundationEncoding(_ name: String) -> String.Encoding? {
    switch name.lowercased() {
    case "utf-8", "utf8": .utf8
    case "iso-8859-1", "latin1", "latin-1", "iso8859-1": .isoLatin1
    case "windows-1252", "cp1252": .windowsCP1252
    case "us-ascii", "ascii": .ascii
    case "utf-16", "utf-16le", "utf-16be": .utf16
    default: nil
    }
  }
}
