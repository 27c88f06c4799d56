/// Splits text into sentences without breaking at abbreviations ("s.", "para.", "e.g.", "No."),
/// initials, or the numbers of citations.
enum SentenceSplitter {
  /// The UTF-8 ranges of the sentences in a text.
  static func sentences(in text: String) -> [Range<Int>] {
    var text = text
    return text.withUTF8 { sentences(in: $0) }
  }

  private static func sentences(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = 0
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!") {
        var end = index + 1
        // Closing quotes and brackets belong to the sentence.
        while end < bytes.count, isCloser(bytes, end) { end += closerWidth(bytes, end) }
        if end < bytes.count, bytes[end] == 0x20, startsSentence(bytes, end + 1),
          byte != UInt8(ascii: ".") || !isAbbreviation(bytes, before: index),
          !closesInnerBracket(bytes, from: start, stop: index, end: end)
        {
          result.append(start..<end)
          start = end + 1
          index = end + 1
          continue
        }
      }
      index += 1
    }
    if start < bytes.count { result.append(start..<bytes.count) }
    result.removeAll { $0.isEmpty }
    return result
  }

  /// Whether the stop at `stop` ends an abbreviation such as "etc." inside a bracket the sentence
  /// opened after its start, the bracket closes right after it and an Act's title goes on: "the
  /// Community Care (Delayed Discharges etc.) Act 2003". "…all charges (rent, fees etc.) The landlord…"
  /// and a sentence wholly in brackets ("(See below etc.) The…") end there.
  private static func closesInnerBracket(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, stop: Int, end: Int
  ) -> Bool {
    guard bytes[stop + 1..<end].contains(UInt8(ascii: ")")) else { return false }
    var wordStart = stop
    while wordStart > start, (97...122).contains(bytes[wordStart - 1]) { wordStart -= 1 }
    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<stop]), as: UTF8.self)
    guard AbbreviationLexicon.sentenceFinalAbbreviations.contains(word), startsActTitleEnd(bytes, end + 1)
    else { return false }
    // A title's bracket is short: the look-back is bounded, so a long text of such brackets stays linear.
    let from = max(start, stop - AbbreviationLexicon.bracketReach)
    var depth = 0
    var opener: Int?
    for index in from..<stop {
      if bytes[index] == UInt8(ascii: "(") {
        if depth == 0 { opener = index }
        depth += 1
      } else if bytes[index] == UInt8(ascii: ")"), depth > 0 {
        depth -= 1
      }
    }
    guard depth > 0, let opener else { return false }
    return bytes[start..<opener].contains { $0 != 0x20 && $0 != 0x0A }
  }

  /// Whether the word at `index` ends an Act's title ("Act", "Regulations"): "(… etc.) Act 2003".
  private static func startsActTitleEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
    var end = index
    while end < bytes.count, (65...90).contains(bytes[end]) || (97...122).contains(bytes[end]) { end += 1 }
    guard end > index else { return false }
    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
    return ReferenceLexicon.actTitleEnds.contains(word.lowercased())
  }

  private static func isCloser(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
    let byte = bytes[index]
    if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")") { return true }
    // ” and ’ are E2 80 9D and E2 80 99.
    return byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
      && (bytes[index + 2] == 0x9D || bytes[index + 2] == 0x99)
  }

  private static func closerWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
    bytes[index] == 0xE2 ? 3 : 1
  }

  private static func startsSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
    guard index < bytes.count else { return false }
    let byte = bytes[index]
    if (65...90).contains(byte) || (48...57).contains(byte) { return true }
    if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "'") { return true }
    if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 { return true }  // “ ‘
    return byte >= 0xC3 && byte <= 0xC5  // accented capitals
  }

  private static func isAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, before dot: Int) -> Bool {
    var start = dot
    while start > 0 {
      let previous = bytes[start - 1]
      let isWordByte =
        (65...90).contains(previous) || (97...122).contains(previous) || previous == UInt8(ascii: ".")
      if !isWordByte { break }
      start -= 1
    }
    // The word is ASCII letters and dots.
    if dot - start == 1, (65...90).contains(bytes[start]) { return true }  // an initial
    guard dot - start <= AbbreviationLexicon.longestAbbreviation else { return false }
    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<dot]), as: UTF8.self)
    return AbbreviationLexicon.abbreviations.contains(word.lowercased())
  }
}
