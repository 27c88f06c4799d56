import Foundation

/// Damaged and hostile files made by the tests themselves: zip packages (whole, damaged, or with a
/// part that expands far beyond what it declares), Flate streams of any size, and small PDFs.
public enum HostileFiles {
  /// One part of a zip package.
  public struct ZipPart: Sendable {
    /// Its name in the package.
    public var name: String
    /// Its stored bytes (deflated already when `deflated`).
    public var data: [UInt8]
    /// Whether `data` is raw deflate (method 8) rather than stored (method 0).
    public var deflated: Bool
    /// The uncompressed size the headers declare.
    public var declaredSize: UInt32
    /// The CRC-32 the headers declare.
    public var crc: UInt32

    /// A part as given.
    public init(name: String, data: [UInt8], deflated: Bool, declaredSize: UInt32, crc: UInt32) {
      self.name = name
      self.data = data
      self.deflated = deflated
      self.declaredSize = declaredSize
      self.crc = crc
    }

    /// A stored part, with its true size and CRC-32.
    public static func stored(_ name: String, _ text: String) -> ZipPart {
      let bytes = Array(text.utf8)
      return ZipPart(
        name: name, data: bytes, deflated: false, declaredSize: UInt32(bytes.count), crc: crc32(bytes))
    }
  }

  /// A zip file of `parts`; `directoryOffsetShift` moves the directory's stated offset (past the
  /// end of the data, for a damaged file).
  public static func zip(_ parts: [ZipPart], directoryOffsetShift: UInt32 = 0) -> [UInt8] {
    var output: [UInt8] = []
    var directory: [UInt8] = []
    for part in parts {
      let offset = UInt32(output.count)
      let name = Array(part.name.utf8)
      let common =
        le16(20) + le16(0) + le16(part.deflated ? 8 : 0) + le16(0) + le16(0x21) + le32(part.crc)
        + le32(UInt32(part.data.count)) + le32(part.declaredSize) + le16(UInt16(name.count)) + le16(0)
      output += le32(0x0403_4b50) + common + name + part.data
      directory +=
        le32(0x0201_4b50) + le16(20) + common + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset)
        + name
    }
    let start = UInt32(output.count)
    output += directory
    output += le32(0x0605_4b50) + le16(0) + le16(0) + le16(UInt16(parts.count)) + le16(UInt16(parts.count))
    output += le32(UInt32(directory.count)) + le32(start &+ directoryOffsetShift) + le16(0)
    return output
  }

  /// The smallest Word package with one paragraph of `text`.
  public static func word(_ text: String) -> [UInt8] {
    zip([
      .stored(
        "[Content_Types].xml",
        """
        <?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="xml" ContentType="application/xml"/></Types>
        """),
      .stored(
        "word/document.xml",
        """
        <?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:body><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:body></w:document>
        """),
    ])
  }

  /// Raw deflate (RFC 1951, one block of fixed codes) of `count` copies of `byte`: one literal,
  /// then copies of 258 bytes at distance 1, 13 bits each (about 160 to 1).
  public static func deflatedRun(of byte: UInt8, count: Int) -> [UInt8] {
    var writer = BitWriter()
    writer.bits(1, 1)  // the last block
    writer.bits(1, 2)  // fixed Huffman codes
    func literal(_ value: UInt8) {
      if value < 144 { writer.code(0x30 + Int(value), 8) } else { writer.code(0x190 + Int(value) - 144, 9) }
    }
    guard count > 0 else {
      writer.code(0, 7)
      return writer.finished
    }
    literal(byte)
    var left = count - 1
    while left >= 258 {
      writer.code(0xC5, 8)  // length 258 (code 285)
      writer.code(0, 5)  // distance 1
      left -= 258
    }
    for _ in 0..<left { literal(byte) }
    writer.code(0, 7)  // end of block
    return writer.finished
  }

  /// `deflatedRun(of:count:)` in a zlib wrapper (RFC 1950), as a PDF's FlateDecode stream holds it.
  public static func zlibRun(of byte: UInt8, count: Int) -> [UInt8] {
    // Adler-32 of `count` equal bytes.
    var a: UInt64 = 1
    var b: UInt64 = 0
    let modulus: UInt64 = 65521
    let n = UInt64(count)
    a = (1 + n * UInt64(byte)) % modulus
    // b = sum over i of (1 + i * byte) for i = 1...n
    b =
      (n % modulus + (UInt64(byte) * ((n % (2 * modulus)) * ((n + 1) % (2 * modulus)) / 2 % modulus)))
      % modulus
    let adler = UInt32(b << 16 | a)
    return [0x78, 0x01] + deflatedRun(of: byte, count: count)
      + [UInt8(adler >> 24), UInt8(adler >> 16 & 0xFF), UInt8(adler >> 8 & 0xFF), UInt8(adler & 0xFF)]
  }

  /// A PDF of several pages, each drawn by its own uncompressed content stream (``pageText(_:)``
  /// for a page of text, an empty stream for a blank page).
  public static func pdf(pages: [[UInt8]]) -> [UInt8] {
    let font = 3 + 2 * pages.count
    let kids = pages.indices.map { "\(3 + 2 * $0) 0 R" }.joined(separator: " ")
    var objects: [[UInt8]] = [
      Array("<< /Type /Catalog /Pages 2 0 R >>".utf8),
      Array("<< /Type /Pages /Kids [\(kids)] /Count \(pages.count) >>".utf8),
    ]
    for (index, content) in pages.enumerated() {
      objects.append(
        Array(
          ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents \(4 + 2 * index) 0 R "
            + "/Resources << /Font << /F1 \(font) 0 R >> >> >>").utf8))
      objects.append(
        Array("<< /Length \(content.count) >>\nstream\n".utf8) + content + Array("\nendstream".utf8))
    }
    objects.append(Array("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".utf8))
    return pdf(objects: objects)
  }

  /// A one-page PDF whose content stream is `content` (compressed when `flate`, its filter named
  /// `filterName`: `/Fl#61teDecode` is the same filter in a spelling a byte search misses), with
  /// the page count its page tree claims and its page's media box.
  public static func pdf(
    content: [UInt8], flate: Bool, filterName: String = "/FlateDecode", claimedPages: Int = 1,
    mediaBox: String = "0 0 612 792"
  ) -> [UInt8] {
    let objects: [[UInt8]] = [
      Array("<< /Type /Catalog /Pages 2 0 R >>".utf8),
      Array("<< /Type /Pages /Kids [3 0 R] /Count \(claimedPages) >>".utf8),
      Array(
        ("<< /Type /Page /Parent 2 0 R /MediaBox [\(mediaBox)] /Contents 4 0 R "
          + "/Resources << /Font << /F1 5 0 R >> >> >>").utf8),
      Array("<< /Length \(content.count)\(flate ? " /Filter \(filterName)" : "") >>\nstream\n".utf8) + content
        + Array("\nendstream".utf8),
      Array("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".utf8),
    ]
    return pdf(objects: objects)
  }

  /// A PDF file of numbered objects (1 is the catalog), with its cross-reference table.
  private static func pdf(objects: [[UInt8]]) -> [UInt8] {
    var output = Array("%PDF-1.4\n".utf8)
    var offsets: [Int] = []
    for (index, object) in objects.enumerated() {
      offsets.append(output.count)
      output += Array("\(index + 1) 0 obj\n".utf8) + object + Array("\nendobj\n".utf8)
    }
    let xref = output.count
    output += Array("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
    for offset in offsets {
      let padded = String(repeating: "0", count: 10 - String(offset).count) + String(offset)
      output += Array("\(padded) 00000 n \n".utf8)
    }
    output += Array(
      "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
    return output
  }

  /// A PDF page's text operators showing `text` (PDF string escapes are the caller's).
  public static func pageText(_ text: String) -> [UInt8] {
    Array("BT /F1 12 Tf 72 720 Td (\(text)) Tj ET\n".utf8)
  }

  /// CRC-32 (ISO 3309), as zip headers declare it.
  public static func crc32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
  }

  private static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
  private static func le32(_ value: UInt32) -> [UInt8] {
    [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)]
  }
}

/// Writes bits least significant first, as deflate packs them.
private struct BitWriter {
  var bytes: [UInt8] = []
  private var current: UInt8 = 0
  private var used = 0

  mutating func bits(_ value: Int, _ count: Int) {
    for index in 0..<count {
      if value >> index & 1 == 1 { current |= 1 << used }
      used += 1
      if used == 8 { flush() }
    }
  }

  /// A Huffman code, written most significant bit first.
  mutating func code(_ value: Int, _ length: Int) {
    var reversed = 0
    for index in 0..<length where value >> index & 1 == 1 { reversed |= 1 << (length - 1 - index) }
    bits(reversed, length)
  }

  private mutating func flush() {
    bytes.append(current)
    current = 0
    used = 0
  }

  /// The bytes, with the last partial byte.
  var finished: [UInt8] { used > 0 ? bytes + [current] : bytes }
}
