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
      bytes.indices.contains { accepted(bytes, at: $0, skippingQuote: skippingQuote, by: accepts) }
    }
  }

  /// Each "(" that ``mayBeFollowed(in:skippingQuote:by:)`` accepts, in order, with a window of the text around it:
  /// from the last mark before it that is always a token of its own (`, ; : ( ) [ ] ! ?`), or the start, to just past
  /// the first such mark after it, or the end. Tokens start afresh at such a mark and end at one, so the window's
  /// tokens are the text's tokens there, the marks included. Looking at a window instead of the whole text spares
  /// tokenizing a long provision to read a few words around its brackets.
  static func windows(
    in text: String, skippingQuote: Bool, by accepts: (UInt8, UInt8) -> Bool
  ) -> [Window] {
    var text = text
    return text.withUTF8 { bytes in
      var result: [Window] = []
      for index in bytes.indices where accepted(bytes, at: index, skippingQuote: skippingQuote, by: accepts) {
        var start = index
        while start > 0, !isMark(bytes, start - 1) { start -= 1 }
        if start > 0 { start -= 1 }
        var end = index + 1
        while end < bytes.count, !isMark(bytes, end) { end += 1 }
        end = min(end + 1, bytes.count)
        let window = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        result.append(Window(text: window, bracket: index - start, offset: start))
      }
      return result
    }
  }

  /// A part of a text around a bracket.
  struct Window {
    /// The text of the window.
    var text: String
    /// The UTF-8 offset of the bracket in the window.
    var bracket: Int
    /// The UTF-8 offset where the window starts in the text.
    var offset: Int
  }

  /// Whether the byte at `index` is a mark that is always a token of its own: never part of a word, and
  /// never joining two words as an apostrophe, hyphen or full stop does. A comma between digits may be
  /// inside a number ("2,500,000"), so it is none.
  private static func isMark(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
    let byte = bytes[index]
    if byte == UInt8(ascii: ","), index > 0, index + 1 < bytes.count, bytes[index - 1] &- 0x30 < 10,
      bytes[index + 1] &- 0x30 < 10
    {
      return false
    }
    switch byte {
    case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"),
      UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "!"), UInt8(ascii: "?"):
      return true
    default: return false
    }
  }

  /// Whether the byte at `index` is a "(" followed as ``mayBeFollowed(in:skippingQuote:by:)`` asks.
  @inline(__always)
  private static func accepted(
    _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, skippingQuote: Bool,
    by accepts: (UInt8, UInt8) -> Bool
  ) -> Bool {
    guard bytes[index] == UInt8(ascii: "(") else { return false }
    var next = skipWhite(bytes, from: index + 1)
    if skippingQuote, next < bytes.count,
      bytes[next] == UInt8(ascii: "\"") || bytes[next] == UInt8(ascii: "'")
    {
      next = skipWhite(bytes, from: next + 1)
    }
    return next < bytes.count
      && (bytes[next] >= 0x80 || accepts(bytes[next], next + 1 < bytes.count ? bytes[next + 1] : 0))
  }

  private static func skipWhite(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    while index < bytes.count, bytes[index] == 0x20 || bytes[index] &- 0x09 < 5 { index += 1 }
    return index
  }
}
