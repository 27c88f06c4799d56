import Foundation
import ZIPFoundation

/// A zip container (Word, OpenDocument) opened in memory, whose parts are read with limits so
/// that a zip bomb ends in an error rather than exhausting memory.
///
/// Its directory is checked (``ZipDirectory``) before ZIPFoundation reads it, so a damaged or
/// hostile zip is an error, never a crash.
struct ZipPackage {
  /// The most bytes one part may expand to.
  static let maximumPartBytes = 64 << 20
  /// The most a part may expand relative to its compressed size (text XML compresses about 10:1).
  static let maximumRatio: UInt64 = 200

  let path: String
  private let archive: Archive

  init(bytes: [UInt8], path: String) throws {
    self.path = path
    do {
      _ = try ZipDirectory(bytes)
    } catch {
      throw DutiesError.unreadable(path: path, reason: "not a readable zip file: \(error.reason)")
    }
    do {
      archive = try Archive(data: Data(bytes), accessMode: .read)
    } catch {
      throw DutiesError.unreadable(path: path, reason: "not a readable zip file (truncated or damaged)")
    }
  }

  /// Whether the package has a part.
  func contains(_ name: String) -> Bool { archive[name] != nil }

  /// The bytes of a part, or `nil` if there is none.
  func part(_ name: String) throws -> [UInt8]? {
    guard let entry = archive[name] else { return nil }
    do {
      return try Self.unpack(entry, of: archive, limit: Self.maximumPartBytes)
    } catch is LimitExceeded {
      throw bomb(name)
    } catch is Overrun {
      throw DutiesError.unreadable(
        path: path,
        reason:
          "the part \(name) expands beyond the \(entry.uncompressedSize) bytes it declares; refusing it as "
          + "damaged or a possible zip bomb")
    } catch {
      throw DutiesError.unreadable(path: path, reason: "the part \(name) cannot be unpacked (\(error))")
    }
  }

  /// An entry's bytes, refused as soon as the size it declares or the bytes it actually expands to
  /// pass `limit` or ``maximumRatio`` times its compressed size past 1 MiB (``LimitExceeded``), or
  /// it expands beyond the size it declares (``Overrun``).
  private static func unpack(_ entry: Entry, of archive: Archive, limit: Int) throws -> [UInt8] {
    let compressed = max(entry.compressedSize, 1)
    let declared = entry.uncompressedSize
    func isTooLarge(_ size: UInt64) -> Bool {
      size > UInt64(limit) || (size > 1 << 20 && size / compressed > maximumRatio)
    }
    if isTooLarge(declared) { throw LimitExceeded() }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(Int(min(declared, UInt64(limit))))
    _ = try archive.extract(entry, skipCRC32: false) { chunk in
      bytes.append(contentsOf: chunk)
      if UInt64(bytes.count) > declared { throw Overrun() }
      if isTooLarge(UInt64(bytes.count)) { throw LimitExceeded() }
    }
    return bytes
  }

  private func bomb(_ name: String) -> DutiesError {
    DutiesError.unreadable(
      path: path,
      reason:
        "the part \(name) expands beyond \(Self.maximumPartBytes >> 20) MiB or \(Self.maximumRatio)× its "
        + "compressed size; refusing it as a possible zip bomb")
  }

  private struct LimitExceeded: Error {}
  private struct Overrun: Error {}

  /// `.odt` for a zip that looks like OpenDocument (a `mimetype` part or `content.xml`, and no Word
  /// body), else `.docx`: a damaged zip, or one that is neither, then gets the reader's clear error
  /// rather than being read as text.
  static func documentFormat(of bytes: [UInt8]) -> DocumentFormat? {
    guard (try? ZipDirectory(bytes)) != nil,
      let archive = try? Archive(data: Data(bytes), accessMode: .read, pathEncoding: nil)
    else {
      return .docx
    }
    if archive["word/document.xml"] != nil { return .docx }
    // An OpenDocument package has a mimetype part or content.xml; its reader checks the mimetype
    // (within the limits every part is read with) and says what is wrong with it.
    return archive["mimetype"] != nil || archive["content.xml"] != nil ? .odt : .docx
  }
}
