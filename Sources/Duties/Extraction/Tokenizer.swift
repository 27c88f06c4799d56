/// Splits a sentence into tokens.
///
/// Works on the sentence's UTF-8 bytes: ASCII is classified by table, and only other scalars ask for
/// Unicode properties. Words are letters and digits, joined across apostrophes, hyphens and dots inside
/// words ("council's", "co-operate", "e.g", "1.2"); every other non-space scalar is a token of its own.
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
        if !scalar.isWhitespace {
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
  }

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
    var decoder = UTF8()
    var iterator = UnsafeBufferPointer(rebasing: bytes[index...]).makeIterator()
    guard case .scalarValue(let unicode) = decoder.decode(&iterator) else {
      return Scalar(value: 0xFFFD, width: 1, isWord: false, isWhitespace: false)
    }
    let properties = unicode.properties
    return Scalar(
      value: unicode.value, width: UTF8.width(unicode),
      isWord: properties.isAlphabetic || properties.numericType != nil,
      isWhitespace: properties.isWhitespace)
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
