import Foundation
import ZIPFoundation

/// A zip container (Word, OpenDocument) opened in memory, whose parts are read with limits so
/// that a zip bomb ends in an error rather than exhausting memory.
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
    let declared = entry.uncompressedSize
    if declared > UInt64(Self.maximumPartBytes)
      || (entry.compressedSize > 0 && declared / max(entry.compressedSize, 1) > Self.maximumRatio
        && declared > 1 << 20)
    {
      throw bomb(name)
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(Int(min(declared, UInt64(Self.maximumPartBytes))))
    do {
      _ = try archive.extract(entry, skipCRC32: false) { chunk in
        bytes.append(contentsOf: chunk)
        if bytes.count > Self.maximumPartBytes { throw LimitExceeded() }
      }
    } catch is LimitExceeded {
      throw bomb(name)
    } catch {
      throw DutiesError.unreadable(path: path, reason: "the part \(name) cannot be unpacked (\(error))")
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

  /// `.odt` for a zip that holds OpenDocument text, else `.docx`: a damaged zip or one that is not
  /// a Word document then gets the Word reader's clear error rather than being read as text.
  static func documentFormat(of bytes: [UInt8]) -> DocumentFormat? {
    guard let archive = try? Archive(data: Data(bytes), accessMode: .read, pathEncoding: nil) else {
      return .docx
    }
    if archive["word/document.xml"] != nil { return .docx }
    if let entry = archive["mimetype"], entry.uncompressedSize < 200 {
      var mimetype = Data()
      _ = try? archive.extract(entry) { mimetype.append($0) }
      if String(decoding: mimetype, as: UTF8.self).hasPrefix("application/vnd.oasis.opendocument.text") {
        return .odt
      }
    }
    return .docx
  }
}
