#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Small text utilities shared by the readers, the extractor and the renderers.
extension String {
  /// The string with runs of white space turned into one space and the ends trimmed.
  ///
  /// White space is Unicode's (`Unicode.Scalar.Properties.isWhitespace`), found on the UTF-8 bytes.
  var collapsingWhitespace: String {
    var copy = self
    return copy.withUTF8 { bytes in
      String(unsafeUninitializedCapacity: bytes.count) { buffer in
        var count = 0
        var pendingSpace = false
        var index = 0
        while index < bytes.count {
          let width = Self.whiteSpaceWidth(bytes, at: index)
          if width > 0 {
            pendingSpace = count > 0
            index += width
            continue
          }
          if pendingSpace {
            buffer[count] = 0x20
            count += 1
            pendingSpace = false
          }
          // A scalar that is not white space, copied whole: a lead byte and its continuation bytes.
          repeat {
            buffer[count] = bytes[index]
            count += 1
            index += 1
          } while index < bytes.count && bytes[index] & 0xC0 == 0x80
        }
        return count
      }
    }
  }

  /// The UTF-8 width of the white-space scalar at `index` of valid UTF-8, or 0 when the scalar there is
  /// not white space. Unicode's White_Space: tab to carriage return, space, U+0085, U+00A0, U+1680,
  /// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and U+3000.
  @inline(__always)
  static func whiteSpaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let lead = bytes[index]
    if lead < 0x80 { return lead == 0x20 || lead &- 0x09 < 5 ? 1 : 0 }
    switch lead {
    case 0xC2:
      let next = bytes[index + 1]
      return next == 0x85 || next == 0xA0 ? 2 : 0
    case 0xE1:
      return bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0
    case 0xE2:
      let second = bytes[index + 1]
      let third = bytes[index + 2]
      if second == 0x80 {
        return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
      }
      return second == 0x81 && third == 0x9F ? 3 : 0
    case 0xE3:
      return bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
    default:
      return 0
    }
  }

  /// Whether the string is empty or only white space.
  var isBlank: Bool {
    var copy = self
    return copy.withUTF8 { bytes in
      var index = 0
      while index < bytes.count {
        let width = Self.whiteSpaceWidth(bytes, at: index)
        guard width > 0 else { return false }
        index += width
      }
      return true
    }
  }

  /// The string without the given characters at either end.
  ///
  /// `characters` holds ASCII characters and punctuation from U+2010 to U+205E (dashes, curly quotes) or
  /// « and », each a scalar of its own: none of them is canonically equivalent to anything else, so ASCII
  /// ends are read as bytes.
  func trimming(_ characters: String) -> String {
    assert(
      characters.unicodeScalars.allSatisfy {
        $0.isASCII && $0 != "\r" || (0x2010...0x205E).contains($0.value) || $0 == "«" || $0 == "»"
      }, "trimming(_:) is for ASCII and punctuation without decompositions")
    // Most texts end in neither: an ASCII end byte outside the set is a character outside it.
    if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80,
      !characters.utf8.contains(first), !characters.utf8.contains(last)
    {
      return self
    }
    if isPlainASCII {
      let set = characters.utf8
      var start = utf8.startIndex
      var end = utf8.endIndex
      while start < end, set.contains(utf8[start]) { start = utf8.index(after: start) }
      while start < end, set.contains(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
      return start == utf8.startIndex && end == utf8.endIndex ? self : String(self[start..<end])
    }
    guard let first = first, let last = last, characters.contains(first) || characters.contains(last) else {
      return self
    }
    var slice = Substring(self)
    while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
    while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
    return String(slice)
  }

  /// The first occurrence of `needle`, compared byte for byte (no Unicode equivalence, no locale): for
  /// the inner loops, where Foundation's `range(of:)` costs far more than the search.
  func firstRange(ofBytes needle: String) -> Range<String.Index>? {
    var haystack = self
    var needle = needle
    let offset = haystack.withUTF8 { text in needle.withUTF8 { text.firstOffset(of: $0) } }
    guard let offset else { return nil }
    let start = utf8.index(utf8.startIndex, offsetBy: offset)
    return start..<utf8.index(start, offsetBy: needle.utf8.count)
  }

  /// The pieces between the occurrences of `separator`, compared byte for byte, empty pieces included (as
  /// Foundation's `components(separatedBy:)` gives them, without its cost on every call).
  func components(separatedByBytes separator: String) -> [String] {
    var text = self
    var separator = separator
    return text.withUTF8 { bytes in
      separator.withUTF8 { pattern in
        var pieces: [String] = []
        var start = 0
        while let offset = UnsafeBufferPointer(rebasing: bytes[start...]).firstOffset(of: pattern) {
          pieces.append(
            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(start + offset)]), as: UTF8.self))
          start += offset + pattern.count
        }
        pieces.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
        return pieces
      }
    }
  }

  /// Whether `needle` occurs in the string, compared byte for byte (see ``firstRange(ofBytes:)``).
  func containsBytes(_ needle: String) -> Bool { firstRange(ofBytes: needle) != nil }

  /// Whether `phrase` occurs in the string as whole words, not inside a longer word or number
  /// ("Part 5" is not in "Part 56" nor "Part 5a"; it is in "Part 5—"), compared byte for byte.
  func containsWords(_ phrase: String) -> Bool {
    var text = self
    var phrase = phrase
    return text.withUTF8 { bytes in
      phrase.withUTF8 { pattern in
        var start = 0
        while start < bytes.count,
          let offset = UnsafeBufferPointer(rebasing: bytes[start...]).firstOffset(of: pattern)
        {
          let at = start + offset
          let end = at + pattern.count
          var first = at
          while first > 0 && at - first < 4 && bytes[first - 1] & 0xC0 == 0x80 { first -= 1 }
          let before = at == 0 ? nil : String(decoding: bytes[max(0, first - 1)..<at], as: UTF8.self)
          let after = String(decoding: bytes[end..<min(bytes.count, end + 4)], as: UTF8.self)
          if !(before?.unicodeScalars.last.map(Self.isWordScalar) ?? false)
            && !(after.unicodeScalars.first.map(Self.isWordScalar) ?? false)
          {
            return true
          }
          start = at + 1
        }
        return false
      }
    }
  }

  /// Whether a scalar belongs to a word or number: a letter or a digit.
  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }

  /// The string, or nil if it is empty.
  var nilIfEmpty: String? { isEmpty ? nil : self }
}

extension UnsafeBufferPointer<UInt8> {
  /// Where `pattern` first occurs, compared byte for byte; nil when it does not (or is empty).
  func firstOffset(of pattern: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let first = pattern.first, pattern.count <= count else { return nil }
    var index = 0
    let last = count - pattern.count
    while index <= last {
      if self[index] == first, memcmp(baseAddress! + index, pattern.baseAddress!, pattern.count) == 0 {
        return index
      }
      index += 1
    }
    return nil
  }
}

extension StringProtocol {
  /// The runs between space bytes (U+0020), empty runs left out. This is `split(separator: " ")` unless
  /// a space is followed by a combining mark or joiner, which makes the two one character: the space
  /// still separates here.
  var spaceSeparated: [Substring] {
    String(self).utf8.split(separator: 0x20).map { Substring($0) }
  }
}

extension Array where Element: Hashable {
  /// The elements without repeats, in their first order.
  func uniqued() -> [Element] {
    var seen: Set<Element> = []
    return filter { seen.insert($0).inserted }
  }
}
