import Duties

/// A work budget for a PDF's compressed streams, checked before poppler reads the file.
///
/// A few megabytes of Flate-compressed content can expand to gigabytes (a decompression bomb), and
/// poppler, reading a page's text, expands and parses all of it: tens of seconds of CPU for one
/// small file. Before the file is handed over, every Flate stream that text extraction would
/// expand (page content, forms, fonts, object streams; not images, which it skips) is inflated
/// here into a scratch buffer and counted, and the file is refused as soon as the total passes
/// the budget: the larger of ``minimumBytes`` and ``ratio`` times the file's size.
struct FlateBudget {
  /// The budget for any file, however small: 256 MiB of expanded content.
  static let minimumBytes = 256 << 20
  /// The budget per byte of file, for large files.
  static let ratio = 64

  /// Why a file is refused: how much its streams expand to, at least.
  struct Exceeded: Error {
    var limit: Int
  }

  /// Inflates the Flate streams of `bytes`, throwing ``Exceeded`` when they expand past the budget.
  static func check(_ bytes: [UInt8]) throws(Exceeded) {
    let limit = max(minimumBytes, bytes.count.multipliedReportingOverflow(by: ratio).partialValue)
    var total = 0
    var searchFrom = 0
    let keyword = Array("stream".utf8)
    while let found = find(keyword, in: bytes, from: searchFrom) {
      searchFrom = found + keyword.count
      guard let start = dataStart(bytes, after: searchFrom), isCountedFlate(bytes, before: found) else {
        continue
      }
      total += inflatedSize(bytes, from: start, upTo: limit - total + 1)
      if total > limit { throw Exceeded(limit: limit) }
    }
  }

  /// Where a stream's data begin: after `stream` and its end of line, when `stream` is the
  /// keyword (not the end of `endstream`).
  private static func dataStart(_ bytes: [UInt8], after index: Int) -> Int? {
    guard index < bytes.count else { return nil }
    if bytes[index] == 0x0A { return index + 1 }
    if bytes[index] == 0x0D {
      return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? index + 2 : index + 1
    }
    return nil
  }

  /// Whether the dictionary before `stream` (up to 4 KiB back, from its `obj`) names Flate
  /// compression and is not an image.
  private static func isCountedFlate(_ bytes: [UInt8], before index: Int) -> Bool {
    let from = max(0, index - 4096)
    guard index >= 3, bytes[index - 3..<index] != ArraySlice("end".utf8) else { return false }
    let window = bytes[from..<index]
    let objStart = lastIndex(of: Array(" obj".utf8), in: window) ?? from
    let dictionary = String(decoding: bytes[objStart..<index], as: UTF8.self)
    return (dictionary.contains("/FlateDecode") || dictionary.contains("/Fl ") || dictionary.contains("/Fl]"))
      && !dictionary.contains("/Image")
  }

  /// The bytes a zlib stream starting at `start` expands to, counted up to `cap`.
  private static func inflatedSize(_ bytes: [UInt8], from start: Int, upTo cap: Int) -> Int {
    var produced = 0
    _ = bytes.withUnsafeBufferPointer { input in
      Inflation.run(UnsafeBufferPointer(rebasing: input[start...]), format: .zlib) { piece in
        produced += piece.count
        return produced < cap
      }
    }
    return produced
  }

  private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
    guard let first = needle.first, start < haystack.count else { return nil }
    var index = start
    while index + needle.count <= haystack.count {
      guard let candidate = haystack[index...].firstIndex(of: first) else { return nil }
      if candidate + needle.count > haystack.count { return nil }
      if haystack[candidate..<(candidate + needle.count)].elementsEqual(needle) { return candidate }
      index = candidate + 1
    }
    return nil
  }

  private static func lastIndex(of needle: [UInt8], in window: ArraySlice<UInt8>) -> Int? {
    guard window.count >= needle.count else { return nil }
    var index = window.endIndex - needle.count
    while index >= window.startIndex {
      if window[index..<(index + needle.count)].elementsEqual(needle) { return index }
      index -= 1
    }
    return nil
  }
}
