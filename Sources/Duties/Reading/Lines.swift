/// The lines of a source, as byte ranges without their line breaks.
struct Lines: Sequence {
  let bytes: [UInt8]
  var start = 0

  func makeIterator() -> AnyIterator<Range<Int>> {
    var position = start
    let bytes = self.bytes
    return AnyIterator {
      guard position < bytes.count else { return nil }
      var end = position
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      let next = end + 1
      var contentEnd = end
      if contentEnd > position, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
      defer { position = next }
      return position..<contentEnd
    }
  }
}

extension Array where Element == UInt8 {
  /// The range without leading and trailing spaces and tabs.
  func trimmed(_ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, self[lower] == 0x20 || self[lower] == 0x09 { lower += 1 }
    while upper > lower, self[upper - 1] == 0x20 || self[upper - 1] == 0x09 { upper -= 1 }
    return lower..<upper
  }

  func string(_ range: Range<Int>) -> String {
    String(decoding: self[range], as: UTF8.self)
  }

  func hasPrefix(_ prefix: String, at index: Int) -> Bool {
    var position = index
    for byte in prefix.utf8 {
      guard position < count, self[position] == byte else { return false }
      position += 1
    }
    return true
  }
}
