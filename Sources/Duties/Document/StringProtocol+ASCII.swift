/// Character tests by bytes, for the extractor's inner loops.
///
/// In ASCII text without a carriage return (which would pair with a line feed) every character is one
/// byte, so these give exactly what the `Character` tests they stand for give, at a fraction of the
/// cost; on any other text they fall back to those tests.
extension StringProtocol {
  /// Whether every character is one ASCII byte: all bytes ASCII, none a carriage return.
  var isPlainASCII: Bool {
    utf8.withContiguousStorageIfAvailable(Self.isPlainASCII) ?? utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
  }

  private static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    for byte in bytes where byte >= 0x80 || byte == 0x0D { return false }
    return true
  }

  /// `hasPrefix(prefix)` for an ASCII `prefix`.
  func hasASCIIPrefix(_ prefix: String) -> Bool {
    assert(prefix.utf8.allSatisfy { $0 < 0x80 }, "hasASCIIPrefix(_:) wants an ASCII prefix")
    if let first = prefix.utf8.first, utf8.first != first, !Self.hasCanonicalSingleton(first) {
      return false
    }
    guard isPlainASCII else { return hasPrefix(prefix) }
    return utf8.starts(with: prefix.utf8)
  }

  /// `hasSuffix(suffix)` for an ASCII `suffix`.
  func hasASCIISuffix(_ suffix: String) -> Bool {
    assert(suffix.utf8.allSatisfy { $0 < 0x80 }, "hasASCIISuffix(_:) wants an ASCII suffix")
    if let last = suffix.utf8.last, let end = utf8.withContiguousStorageIfAvailable({ $0.last }), end != last,
      !Self.hasCanonicalSingleton(last)
    {
      return false
    }
    guard isPlainASCII else { return hasSuffix(suffix) }
    let count = suffix.utf8.count
    return utf8.count >= count && utf8.suffix(count).elementsEqual(suffix.utf8)
  }

  /// Whether another scalar is canonically equivalent to this ASCII character: "K" (U+212A KELVIN SIGN),
  /// ";" (U+037E GREEK QUESTION MARK) and "`" (U+1FEF GREEK VARIA). Any other ASCII character is itself in
  /// every text equal to it, so a text whose end byte differs cannot end (or start) with it.
  @inline(__always)
  private static func hasCanonicalSingleton(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "K") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "`")
  }

  /// Whether the text ends in a possessive "'s" or "’s" (`hasSuffix("'s") || hasSuffix("’s")`).
  var isPossessive: Bool { hasASCIISuffix("'s") || !isPlainASCII && hasSuffix("’s") }

  /// The number of characters (`count`), read off the bytes when they are ASCII.
  var characterCount: Int { isPlainASCII ? utf8.count : count }

  /// Whether the first character is an upper-case letter (`first?.isUppercase == true`).
  var startsUppercase: Bool {
    guard isPlainASCII else { return first?.isUppercase == true }
    return utf8.first.map(Self.isUppercaseByte) ?? false
  }

  /// Whether the first character is a lower-case letter (`first?.isLowercase == true`).
  var startsLowercase: Bool {
    guard isPlainASCII else { return first?.isLowercase == true }
    return utf8.first.map { (0x61...0x7A).contains($0) } ?? false
  }

  /// Whether every character is a number (`allSatisfy(\.isNumber)`; true when empty).
  var isAllNumbers: Bool {
    guard isPlainASCII else { return allSatisfy(\.isNumber) }
    return utf8.allSatisfy(Self.isDigitByte)
  }

  /// Whether some character is a letter (`contains(where: \.isLetter)`).
  var containsLetter: Bool {
    guard isPlainASCII else { return contains(where: \.isLetter) }
    return utf8.contains(where: Self.isLetterByte)
  }

  /// Whether no character is a letter or a number (`allSatisfy { !$0.isLetter && !$0.isNumber }`).
  var lacksLettersAndNumbers: Bool {
    guard isPlainASCII else { return allSatisfy { !$0.isLetter && !$0.isNumber } }
    return !utf8.contains { Self.isLetterByte($0) || Self.isDigitByte($0) }
  }

  /// Whether every letter is upper case (`filter(\.isLetter).allSatisfy(\.isUppercase)`; true when
  /// there are none).
  var lettersAreUppercase: Bool {
    guard isPlainASCII else { return filter(\.isLetter).allSatisfy(\.isUppercase) }
    return !utf8.contains { (0x61...0x7A).contains($0) }
  }

  /// Whether every character is an upper-case letter or a number (`allSatisfy { $0.isUppercase ||
  /// $0.isNumber }`; true when empty).
  var isUppercaseAndNumbers: Bool {
    guard isPlainASCII else { return allSatisfy { $0.isUppercase || $0.isNumber } }
    return utf8.allSatisfy { Self.isUppercaseByte($0) || Self.isDigitByte($0) }
  }

  private static func isUppercaseByte(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }

  private static func isDigitByte(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

  private static func isLetterByte(_ byte: UInt8) -> Bool {
    (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
  }
}
