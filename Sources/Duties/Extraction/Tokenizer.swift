/// Splits a sentence into tokens.
///
/// Works on the sentence's UTF-8 bytes: ASCII is classified by table, and only other scalars ask for
/// Unicode properties. Words are letters and digits, joined across apostrophes, hyphens and dots inside
/// words ("council's", "co-operate", "e.g", "1.2") and commas that separate thousands ("2,500,000");
/// every other non-space scalar is a token of its own.
enum Tokenizer {
  static func tokens(_ sentence: String) -> [Token] {
    var sentence = sentence
    return sentence.withUTF8 { tokens(utf8: $0) }
  }

  private static func tokens(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(bytes.count / 5 + 1)
    var wordStart = -1  // UTF-8 offset where the current word starts, -1 when there is none
    var offset = 0
    guard !bytes.isEmpty else { return [] }
    var scalar = decode(bytes, at: 0)
    while offset < bytes.count {
      let next = offset + scalar.width
      let following = next < bytes.count ? decode(bytes, at: next) : nil
      var takes = scalar.isWord
      if !takes, wordStart >= 0, let following, following.isWord {
        // Apostrophes, hyphens and dots inside words ("council's", "co-operate", "e.g", "1.2").
        switch scalar.value {
        case 0x27, 0x2019, 0x2D, 0x2011: takes = true
        case 0x2E: takes = shortOrNumeric(bytes, wordStart..<offset)
        case 0x2C: takes = isThousandsComma(bytes, at: offset)
        default: break
        }
      }
      if takes {
        if wordStart < 0 { wordStart = offset }
      } else {
        if wordStart >= 0 {
          tokens.append(word(bytes, wordStart..<offset))
          wordStart = -1
        }
        // Between spaces only: "xn--kcrx77d1x4a" and "--verbose" keep their hyphens.
        if scalar.value == 0x2D, let last = tokens.last, last.end == offset, last.text == "-",
          next >= bytes.count || bytes[next] == 0x20, offset < 2 || bytes[offset - 2] == 0x20
        {
          // "--" typed for a dash is one token: "Demonstrate capability -- you shouldn't outsource it".
          tokens[tokens.count - 1] = Token(
            text: ClauseLexicon.typedDash, lower: ClauseLexicon.typedDash, start: last.start, end: next,
            isWord: false)
        } else if !scalar.isWhitespace {
          let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<next]), as: UTF8.self)
          tokens.append(Token(text: text, lower: text, start: offset, end: next, isWord: false))
        }
      }
      offset = next
      if let following { scalar = following }
    }
    if wordStart >= 0 { tokens.append(word(bytes, wordStart..<bytes.count)) }
    return tokens
  }

  /// A scalar decoded from UTF-8, with what the tokenizer needs to know of it.
  private struct Scalar {
    var value: UInt32
    var width: Int
    var isWord: Bool
    var isWhitespace: Bool

    init(value: UInt32, width: Int, isWord: Bool, isWhitespace: Bool) {
      self.value = value
      self.width = width
      self.isWord = isWord
      self.isWhitespace = isWhitespace
    }

    init(value: UInt32, width: Int, kinds: UInt8) {
      self.init(value: value, width: width, isWord: kinds & 1 != 0, isWhitespace: kinds & 2 != 0)
    }
  }

  /// What a scalar is to the tokenizer, as a table entry: bit 0 a word (alphabetic or numeric), bit 1 white space.
  static func kinds(_ scalar: Unicode.Scalar) -> UInt8 {
    let properties = scalar.properties
    return (properties.isAlphabetic || properties.numericType != nil ? 1 : 0)
      | (properties.isWhitespace ? 2 : 0)
  }

  /// ``kinds(_:)`` of U+0080 to U+00FF.
  static let latin1Kinds: [UInt8] = (0x80...0xFF).map { kinds(Unicode.Scalar(UInt8($0))) }
  /// ``kinds(_:)`` of the general punctuation, U+2000 to U+206F.
  static let punctuationKinds: [UInt8] = (0x2000..<0x2070).map { kinds(Unicode.Scalar(UInt32($0))!) }

  @inline(__always)
  private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Scalar {
    let lead = bytes[index]
    if lead < 0x80 {
      // Letters and digits are words; tab, line feed, vertical tab, form feed, carriage return and space are white.
      let isWord = lead &- 0x30 < 10 || (lead | 0x20) &- 0x61 < 26
      return Scalar(
        value: UInt32(lead), width: 1, isWord: isWord, isWhitespace: lead == 0x20 || lead &- 0x09 < 5)
    }
    return decodeNonASCII(bytes, at: index)
  }

  private static func decodeNonASCII(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Scalar {
    // Latin-1 letters and the general punctuation (dashes, curly quotes, spaces) by table.
    let lead = bytes[index]
    if lead == 0xC2 || lead == 0xC3, index + 1 < bytes.count, bytes[index + 1] & 0xC0 == 0x80 {
      let value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
      return Scalar(value: value, width: 2, kinds: latin1Kinds[Int(value - 0x80)])
    }
    if lead == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81,
      bytes[index + 2] & 0xC0 == 0x80
    {
      let value = 0x2000 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
      if value < 0x2070 {
        return Scalar(value: value, width: 3, kinds: punctuationKinds[Int(value - 0x2000)])
      }
    }
    var decoder = UTF8()
    var iterator = UnsafeBufferPointer(rebasing: bytes[index...]).makeIterator()
    guard case .scalarValue(let unicode) = decoder.decode(&iterator) else {
      return Scalar(value: 0xFFFD, width: 1, isWord: false, isWhitespace: false)
    }
    return Scalar(value: unicode.value, width: UTF8.width(unicode), kinds: kinds(unicode))
  }

  /// Whether the comma at `comma` separates thousands: "2,500,000", "£250,000" (a digit before it,
  /// three digits and no fourth after it, and a number that no letter or joining mark opens), not
  /// "sections 1,2 and 3". Decided from the bytes around the comma alone, so that a window of a text
  /// (``OpeningBracket``) reads a number as the whole text does.
  static func isThousandsComma(_ bytes: UnsafeBufferPointer<UInt8>, at comma: Int) -> Bool {
    func isDigit(_ index: Int) -> Bool { index >= 0 && index < bytes.count && bytes[index] &- 0x30 < 10 }
    guard isDigit(comma - 1), isDigit(comma + 1), isDigit(comma + 2), isDigit(comma + 3), !isDigit(comma + 4)
    else { return false }
    // Back over the group before the comma (at most three digits), not the whole number.
    var before = comma - 1
    while before >= 0, comma - before <= 3, isDigit(before) { before -= 1 }
    guard before >= 0 else { return true }
    let byte = bytes[before]
    let isLetter = (byte | 0x20) &- 0x61 < 26
    return !isDigit(before) && !isLetter && byte != 0x2E && byte != 0x2D && byte != 0x27 && byte != 0x5F
  }

  /// Whether a dot joins the word so far: it has at most three characters or ends in a number.
  private static func shortOrNumeric(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    let slice = UnsafeBufferPointer(rebasing: bytes[range])
    if slice.allSatisfy({ $0 < 0x80 }) {
      return slice.count <= 3 || (slice.last! >= 0x30 && slice.last! <= 0x39)
    }
    let word = String(decoding: slice, as: UTF8.self)
    return word.count <= 3 || word.last?.isNumber == true
  }

  private static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Token {
    let slice = UnsafeBufferPointer(rebasing: bytes[range])
    let text = String(decoding: slice, as: UTF8.self)
    var lower: String
    if slice.allSatisfy({ $0 < 0x80 }) {
      if slice.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) {
        lower = String(unsafeUninitializedCapacity: slice.count) { buffer in
          for (index, byte) in slice.enumerated() {
            buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
          }
          return slice.count
        }
      } else {
        lower = text
      }
    } else {
      lower = text.lowercased()
      if lower.unicodeScalars.contains("’") {
        lower = String(String.UnicodeScalarView(lower.unicodeScalars.map { $0 == "’" ? "'" : $0 }))
      }
    }
    return Token(
      text: text, lower: lower, start: range.lowerBound, end: range.upperBound, isWord: true,
      classes: WordClasses.of(lower))
  }
}
