/// Text with markers that say where a finding must be, for readable extractor tests.
///
/// Write `⟦` and `⟧` around the words a test expects to be found ("⟦A local authority⟧ ⟦must⟧
/// co-operate"); `MarkedText` removes the markers and keeps each marked range as UTF-8 offsets.
public struct MarkedText: Sendable {
  /// The text without markers.
  public let text: String
  /// The marked ranges in order, as UTF-8 offsets into `text`.
  public let ranges: [Range<Int>]

  /// Parses marked text.
  public init(_ marked: String) {
    var output: [UInt8] = []
    var ranges: [Range<Int>] = []
    var open: Int?
    for scalar in marked.unicodeScalars {
      switch scalar {
      case "⟦": open = output.count
      case "⟧":
        if let start = open { ranges.append(start..<output.count) }
        open = nil
      default: output.append(contentsOf: String(scalar).utf8)
      }
    }
    self.text = String(decoding: output, as: UTF8.self)
    self.ranges = ranges
  }

  /// The marked substrings in order.
  public var markedStrings: [String] {
    let bytes = Array(text.utf8)
    return ranges.map { String(decoding: bytes[$0], as: UTF8.self) }
  }
}
