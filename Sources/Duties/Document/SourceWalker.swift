/// Walks source bytes and normalised text side by side to find where a text offset came from.
enum SourceWalker {
  /// Returns the source offset matching `textEnd`, starting from a known pair of positions.
  ///
  /// Runs of white space in the source match one space or none in the text; in escaped sources
  /// a character reference (`&amp;`, `&#8212;`) matches the bytes it decodes to.
  static func walk(
    source: [UInt8], from sourceStart: Int, text: UnsafeBufferPointer<UInt8>, textStart: Int, textEnd: Int,
    escaped: Bool
  ) -> Int {
    var s = sourceStart
    var t = textStart
    while t < textEnd, s < source.count {
      let byte = source[s]
      if isSpace(byte) {
        while s < source.count, isSpace(source[s]) { s += 1 }
        if t < text.count, text[t] == 0x20 { t += 1 }
        continue
      }
      if escaped, byte == UInt8(ascii: "&"), let (length, decoded) = reference(in: source, at: s) {
        s += length
        t += decoded
        continue
      }
      if escaped, byte == UInt8(ascii: "<") {
        // Markup inside the span (an inline element): skip the tag.
        while s < source.count, source[s] != UInt8(ascii: ">") { s += 1 }
        s += 1
        continue
      }
      s += 1
      t += 1
    }
    return min(s, source.count)
  }

  /// Spaces, line breaks and the other control characters, which are never kept in text (so a
  /// document cannot send escape sequences to a terminal).
  static func isSpace(_ byte: UInt8) -> Bool {
    byte <= 0x20 || byte == 0x7F
  }

  /// The length of a character reference at `index` and the number of UTF-8 bytes it stands for.
  static func reference(in source: [UInt8], at index: Int) -> (Int, Int)? {
    var end = index + 1
    while end < source.count, end - index < 32, source[end] != UInt8(ascii: ";") {
      let byte = source[end]
      if isSpace(byte) || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") { return nil }
      end += 1
    }
    guard end < source.count, source[end] == UInt8(ascii: ";") else { return nil }
    let name = String(decoding: source[(index + 1)..<end], as: UTF8.self)
    return (end - index + 1, decodedLength(of: name))
  }

  private static func decodedLength(of name: String) -> Int {
    if name.hasPrefix("#") {
      let digits = name.dropFirst()
      let value =
        digits.hasPrefix("x") || digits.hasPrefix("X")
        ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
      guard let value, let scalar = Unicode.Scalar(value) else { return 1 }
      return String(scalar).utf8.count
    }
    switch name {
    case "amp", "lt", "gt", "quot", "apos": return 1
    case "nbsp", "pound", "copy", "reg", "sect", "para", "middot", "deg", "frac12", "eacute": return 2
    default: return 3
    }
  }
}
