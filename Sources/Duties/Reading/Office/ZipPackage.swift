internal import CZlib

/// A zip container (Word, OpenDocument) read in memory, whose parts are unpacked with limits so
/// that a damaged or hostile file ends in an error, never a crash, a hang or exhausted memory.
///
/// The directory is read and checked by ``ZipDirectory``; a part is its stored bytes, or raw
/// deflate inflated by zlib from exactly the compressed bytes the directory states, stopped as
/// soon as it expands beyond the size it declares, ``maximumPartBytes``, or ``maximumRatio`` times
/// its compressed size. (ZIPFoundation, used before, trapped on offsets past the end of the data,
/// leaked on a damaged end record, and on Linux could inflate an unterminated stream for ever.)
struct ZipPackage {
  /// The most bytes one part may expand to.
  static let maximumPartBytes = 64 << 20
  /// The most a part may expand relative to its compressed size past 1 MiB (text XML compresses about 10:1).
  static let maximumRatio = 200

  let path: String
  private let bytes: [UInt8]
  /// Each part's entry by name (the first, where a name repeats).
  private let entries: [String: ZipDirectory.Entry]

  init(bytes: [UInt8], path: String) throws {
    self.path = path
    self.bytes = bytes
    do {
      entries = Self.byName(try ZipDirectory(bytes).entries)
    } catch {
      throw DutiesError.unreadable(path: path, reason: "not a readable zip file: \(error.reason)")
    }
  }

  private static func byName(_ entries: [ZipDirectory.Entry]) -> [String: ZipDirectory.Entry] {
    var result: [String: ZipDirectory.Entry] = [:]
    for entry in entries {
      let name = String(decoding: entry.name, as: UTF8.self)
      if result[name] == nil { result[name] = entry }
    }
    return result
  }

  /// Whether the package has a part.
  func contains(_ name: String) -> Bool { entries[name] != nil }

  /// The bytes of a part, or `nil` if there is none.
  func part(_ name: String) throws -> [UInt8]? {
    guard let entry = entries[name] else { return nil }
    switch Self.unpack(entry, of: bytes, limit: Self.maximumPartBytes) {
    case .success(let part): return part
    case .failure(.tooLarge):
      throw DutiesError.unreadable(
        path: path,
        reason:
          "the part \(name) expands beyond \(Self.maximumPartBytes >> 20) MiB or \(Self.maximumRatio)× its "
          + "compressed size; refusing it as a possible zip bomb")
    case .failure(.overrun):
      throw DutiesError.unreadable(
        path: path,
        reason:
          "the part \(name) expands beyond the \(entry.uncompressedSize) bytes it declares; refusing it as "
          + "damaged or a possible zip bomb")
    case .failure(.damaged(let reason)):
      throw DutiesError.unreadable(path: path, reason: "the part \(name) cannot be unpacked (\(reason))")
    }
  }

  /// Why a part could not be unpacked.
  enum Failure: Error {
    case tooLarge
    case overrun
    case damaged(String)
  }

  /// An entry's bytes within `limit`: stored, or inflated from its compressed bytes alone.
  static func unpack(_ entry: ZipDirectory.Entry, of bytes: [UInt8], limit: Int) -> Result<[UInt8], Failure> {
    let compressed = max(Int(clamping: entry.compressedSize), 1)
    let declared = entry.uncompressedSize
    func isTooLarge(_ size: Int) -> Bool {
      size > limit || (size > 1 << 20 && size / compressed > maximumRatio)
    }
    if declared > UInt64(Int.max) || isTooLarge(Int(declared)) { return .failure(.tooLarge) }
    let start = Int(entry.dataOffset)
    let input = bytes[start..<(start + Int(entry.compressedSize))]
    let unpacked: Result<[UInt8], Failure>
    switch entry.method {
    case 0:
      guard UInt64(input.count) == declared else {
        return .failure(.damaged("its stored size and declared size differ"))
      }
      unpacked = .success(Array(input))
    case 8:
      unpacked = inflate(input, declared: Int(declared), isTooLarge: isTooLarge)
    default:
      return .failure(.damaged("compression method \(entry.method), which duties does not read"))
    }
    return unpacked.flatMap { part in
      let crc = part.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
      return crc == entry.crc
        ? .success(part) : .failure(.damaged("its checksum does not match: it is damaged"))
    }
  }

  /// Raw deflate inflated from `input` alone, refused as soon as it passes `declared` bytes or is
  /// too large; a stream that does not end within its input is damaged.
  private static func inflate(_ input: ArraySlice<UInt8>, declared: Int, isTooLarge: (Int) -> Bool)
    -> Result<[UInt8], Failure>
  {
    var output = [UInt8]()
    output.reserveCapacity(min(declared, 1 << 20))
    let end = input.withUnsafeBufferPointer { source in
      Inflation.run(source, format: .raw) { piece in
        output.append(contentsOf: piece)
        return output.count <= declared && !isTooLarge(output.count)
      }
    }
    if isTooLarge(output.count) { return .failure(.tooLarge) }
    if output.count > declared { return .failure(.overrun) }
    guard end == .finished else { return .failure(.damaged("the compressed data are damaged or cut short")) }
    return .success(output)
  }

  /// Whether the bytes are a readable zip holding a Word body or OpenDocument content.
  static func holdsDocument(_ bytes: [UInt8]) -> Bool {
    guard let directory = try? ZipDirectory(bytes) else { return false }
    return directory.entries.contains {
      ["word/document.xml", "content.xml"].contains(String(decoding: $0.name, as: UTF8.self))
    }
  }

  /// What a package that is neither Word nor OpenDocument text holds, where its parts say so.
  var otherKind: String? {
    if contains("xl/workbook.xml") { return "an Excel workbook" }
    if contains("ppt/presentation.xml") { return "a PowerPoint presentation" }
    if contains("index.xml") || contains("Index/Document.iwa") { return "an Apple iWork (Pages) document" }
    return nil
  }

  /// `.odt` for a zip that looks like OpenDocument (a `mimetype` part or `content.xml`, and no Word
  /// body), else `.docx`: a damaged zip, or one that is neither, then gets the reader's clear error
  /// rather than being read as text.
  static func documentFormat(of bytes: [UInt8]) -> DocumentFormat? {
    guard let directory = try? ZipDirectory(bytes) else { return .docx }
    let names = Set(directory.entries.map { String(decoding: $0.name, as: UTF8.self) })
    if names.contains("word/document.xml") { return .docx }
    // An OpenDocument package has a mimetype part or content.xml; its reader checks the mimetype
    // (within the limits every part is read with) and says what is wrong with it.
    return names.contains("mimetype") || names.contains("content.xml") ? .odt : .docx
  }
}
