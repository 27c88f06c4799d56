/// The lines of a source, as byte ranges without their line breaks.
struct Lines: Sequence {
  let bytes: [UInt8]
  var start = 0

  func makeIterator() -> Iterator {
    Iterator(bytes: bytes, position: start)
  }

  /// Hands out the lines one after another.
  struct Iterator: IteratorProtocol {
    let bytes: [UInt8]
    var position: Int

    mutating func next() -> Range<Int>? {
      guard position < bytes.count else { return nil }
      let start = position
      var end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
      position = end + 1
      if end > start, bytes[end - 1] == 0x0D { end -= 1 }
      return start..<end
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
