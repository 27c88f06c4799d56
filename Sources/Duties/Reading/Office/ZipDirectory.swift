/// A zip file's central directory, read and checked against the bytes: every offset and size it
/// states must lie within the data (a truncated download, a damaged or hostile file states others),
/// so that ``ZipPackage`` unpacks parts from exactly the bytes the directory gives. The end record
/// is found by scanning back from the end of the data, the ZIP64 end record is used where the
/// 32-bit fields say to, and each entry's ZIP64 extra field likewise. A file that fails a check is
/// damaged, and said so.
struct ZipDirectory {
  /// One entry of the directory, with its offsets and sizes checked.
  struct Entry {
    var name: [UInt8]
    var method: UInt16
    var compressedSize: UInt64
    var uncompressedSize: UInt64
    /// Where the entry's data start (after its local header).
    var dataOffset: UInt64
    /// The CRC-32 of the uncompressed bytes, as the directory states it.
    var crc: UInt32 = 0
  }

  /// Why a zip cannot be read safely.
  struct Damage: Error, Equatable {
    var reason: String
  }

  let entries: [Entry]

  private static let endSignature: UInt32 = 0x0605_4b50
  private static let zip64EndSignature: UInt32 = 0x0606_4b50
  private static let zip64LocatorSignature: UInt32 = 0x0706_4b50
  private static let entrySignature: UInt32 = 0x0201_4b50
  private static let localSignature: UInt32 = 0x0403_4b50

  /// Reads and checks the directory of `bytes`.
  init(_ bytes: [UInt8]) throws(Damage) {
    let data = Bytes(bytes)
    guard let end = Self.endRecord(data) else {
      throw Damage(reason: "no zip end-of-directory record (truncated, or not a zip file)")
    }
    // A comment that runs past the end is a cut-short file.
    guard end + 22 + Int(data.u16(end + 20)) <= bytes.count else {
      throw Damage(reason: "the zip end record's comment runs past the end of the file (truncated?)")
    }
    var count = UInt64(data.u16(end + 10))
    var size = UInt64(data.u32(end + 12))
    var offset = UInt64(data.u32(end + 16))
    // The ZIP64 record, at its place before the end record, counts only where the 32-bit fields
    // are saturated (a ZIP64 record with small ones would leave the stated offset unchecked).
    let saturated = count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF
    if saturated, end > 20 + 56, data.u32(end - 20) == Self.zip64LocatorSignature,
      data.u32(end - 76) == Self.zip64EndSignature
    {
      count = data.u64(end - 76 + 32)
      size = data.u64(end - 76 + 40)
      offset = data.u64(end - 76 + 48)
    }
    guard offset <= UInt64(bytes.count), size <= UInt64(bytes.count) - offset else {
      throw Damage(reason: "the zip directory points past the end of the file (truncated or damaged)")
    }
    var entries: [Entry] = []
    var position = offset
    var index: UInt64 = 0
    while index < count {
      let (entry, next) = try Self.entry(at: position, in: data)
      entries.append(entry)
      position = next
      index += 1
    }
    self.entries = entries
  }

  /// The offset of the end-of-directory record: the last signature at least 22 bytes from the end.
  private static func endRecord(_ data: Bytes) -> Int? {
    guard data.count >= 22 else { return nil }
    var position = data.count - 22
    while position >= 0 {
      if data.u32(position) == endSignature { return position }
      position -= 1
    }
    return nil
  }

  /// The entry whose central header is at `position`, checked, and where the next header starts.
  private static func entry(at position: UInt64, in data: Bytes) throws(Damage) -> (Entry, UInt64) {
    guard let start = data.offset(position, plus: 46), data.u32(start) == entrySignature else {
      throw Damage(reason: "a zip directory entry is missing or damaged (truncated?)")
    }
    let nameLength = Int(data.u16(start + 28))
    let extraLength = Int(data.u16(start + 30))
    let commentLength = Int(data.u16(start + 32))
    guard data.offset(position, plus: 46 + nameLength + extraLength + commentLength) != nil else {
      throw Damage(reason: "a zip directory entry runs past the end of the file")
    }
    let name = data.slice(start + 46, nameLength)
    let flags = data.u16(start + 8)
    if flags & 1 != 0 {
      throw Damage(reason: "the zip entry \(String(decoding: name, as: UTF8.self)) is encrypted")
    }
    let method = data.u16(start + 10)
    let stated = (
      uncompressed: UInt64(data.u32(start + 24)), compressed: UInt64(data.u32(start + 20)),
      offset: UInt64(data.u32(start + 42))
    )
    // The sizes and offset are the ZIP64 field's where the 32-bit ones are saturated.
    let values = zip64Values(data.slice(start + 46 + nameLength, extraLength), stated: stated) ?? stated
    var entry = try local(
      name: name, method: method, compressed: values.compressed, uncompressed: values.uncompressed,
      offset: values.offset, in: data)
    entry.crc = data.u32(start + 16)
    let next = position + UInt64(46 + nameLength + extraLength + commentLength)
    return (entry, next)
  }

  /// The sizes and offset an entry's ZIP64 extra field gives (each where the stated one is
  /// saturated and the field holds it, else the stated one), or `nil` when it has none.
  private static func zip64Values(
    _ extra: [UInt8], stated: (uncompressed: UInt64, compressed: UInt64, offset: UInt64)
  ) -> (uncompressed: UInt64, compressed: UInt64, offset: UInt64)? {
    let fields = Bytes(extra)
    var position = 0
    while position + 4 <= fields.count {
      let id = fields.u16(position)
      let length = Int(fields.u16(position + 2))
      guard position + 4 + length <= fields.count else { return nil }
      if id == 1 {
        var values = stated
        var cursor = position + 4
        func read(_ isPresent: Bool) -> UInt64? {
          guard isPresent, cursor + 8 <= position + 4 + length else { return nil }
          defer { cursor += 8 }
          let value = fields.u64(cursor)
          return value > 0 ? value : nil
        }
        if let value = read(stated.uncompressed == 0xFFFF_FFFF) { values.uncompressed = value }
        if let value = read(stated.compressed == 0xFFFF_FFFF) { values.compressed = value }
        if let value = read(stated.offset == 0xFFFF_FFFF) { values.offset = value }
        return values
      }
      position += 4 + length
    }
    return nil
  }

  /// Checks the local header at `offset` and the data after it, and makes the entry.
  private static func local(
    name: [UInt8], method: UInt16, compressed: UInt64, uncompressed: UInt64, offset: UInt64,
    in data: Bytes
  ) throws(Damage) -> Entry {
    let label = String(decoding: name, as: UTF8.self)
    guard let header = data.offset(offset, plus: 30), data.u32(header) == localSignature else {
      throw Damage(reason: "the zip entry \(label) points to no local header (truncated or damaged)")
    }
    let extra = Int(data.u16(header + 26)) + Int(data.u16(header + 28))
    guard data.offset(offset, plus: 30 + extra) != nil else {
      throw Damage(reason: "the zip entry \(label) runs past the end of the file")
    }
    let dataOffset = offset + 30 + UInt64(extra)
    // A part is unpacked from its compressed bytes alone (stored ones must declare the same size).
    guard compressed <= UInt64(data.count) - dataOffset else {
      throw Damage(reason: "the data of the zip entry \(label) run past the end of the file (truncated?)")
    }
    return Entry(
      name: name, method: method, compressedSize: compressed, uncompressedSize: uncompressed,
      dataOffset: dataOffset)
  }
}

/// Little-endian reads from a byte array at positions already checked to be in range.
private struct Bytes {
  let bytes: [UInt8]
  init(_ bytes: [UInt8]) { self.bytes = bytes }
  var count: Int { bytes.count }

  func u16(_ at: Int) -> UInt16 {
    guard at >= 0, at + 2 <= bytes.count else { return 0 }
    return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
  }
  func u32(_ at: Int) -> UInt32 {
    guard at >= 0, at + 4 <= bytes.count else { return 0 }
    return UInt32(u16(at)) | UInt32(u16(at + 2)) << 16
  }
  func u64(_ at: Int) -> UInt64 {
    guard at >= 0, at + 8 <= bytes.count else { return 0 }
    return UInt64(u32(at)) | UInt64(u32(at + 4)) << 32
  }
  func slice(_ at: Int, _ length: Int) -> [UInt8] {
    guard at >= 0, length >= 0, at + length <= bytes.count else { return [] }
    return Array(bytes[at..<(at + length)])
  }
  /// `position` as an index, when `position + length` bytes lie within the data.
  func offset(_ position: UInt64, plus length: Int) -> Int? {
    guard position <= UInt64(bytes.count), UInt64(length) <= UInt64(bytes.count) - position else {
      return nil
    }
    return Int(position)
  }
}
