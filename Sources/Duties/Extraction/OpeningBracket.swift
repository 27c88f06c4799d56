/// A scan of a text's bytes for an opening bracket that could start a definition: "(PCTs)", "(“A”)".
///
/// Tokenizing a long provision only to look at the tokens after its brackets costs more than extracting from it;
/// this scan answers "certainly not" on bytes, so that only texts that may hold such a bracket are tokenized.
enum OpeningBracket {
  /// Whether some "(" is followed (after ASCII white space, and after an ASCII quote if `skippingQuote`) by a
  /// byte that `accepts`, or by any non-ASCII byte (which may be white space, a curly quote or a capital).
  /// `accepts` is given that byte and the one after it (0 at the end of the text).
  static func mayBeFollowed(
    in text: String, skippingQuote: Bool, by accepts: (UInt8, UInt8) -> Bool
  ) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var index = 0
      while index < bytes.count {
        defer { index += 1 }
        guard bytes[index] == UInt8(ascii: "(") else { continue }
        var next = skipWhite(bytes, from: index + 1)
        if skippingQuote, next < bytes.count,
          bytes[next] == UInt8(ascii: "\"") || bytes[next] == UInt8(ascii: "'")
        {
          next = skipWhite(bytes, from: next + 1)
        }
        if next < bytes.count,
          bytes[next] >= 0x80 || accepts(bytes[next], next + 1 < bytes.count ? bytes[next + 1] : 0)
        {
          return true
        }
      }
      return false
    }
  }

  private static func skipWhite(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    while index < bytes.count, bytes[index] == 0x20 || bytes[index] &- 0x09 < 5 { index += 1 }
    return index
  }
}
