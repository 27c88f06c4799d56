/// A provision label at the start of a block ("(1A)", "(b)", "(iv)", "4.2", "12."), and its level.
struct Label: Equatable {
  /// The kinds of label, from the outermost level of a provision to the innermost.
  enum Style: Int, Comparable {
    case decimal = 0
    case bracketedNumber = 1
    case letter = 2
    case roman = 3
    case upperLetter = 4

    static func < (lhs: Style, rhs: Style) -> Bool { lhs.rawValue < rhs.rawValue }

    var nodeKind: Node.Kind {
      switch self {
      case .bracketedNumber: .subsection
      default: .paragraph
      }
    }
  }

  /// The label as written, without trailing punctuation ("(1A)", "4.2", "12").
  var text: String
  var style: Style
  /// The UTF-8 length of the label and the space after it in the line.
  var length: Int

  /// Reads a label at the start of a line; `previousLetter` decides whether "(i)" is a letter or a numeral.
  static func parse(_ line: Substring, previousLetter: Character?) -> Label? {
    // A label starts with a bracket or a digit; most lines start with neither.
    guard let lead = line.utf8.first, lead == UInt8(ascii: "(") || lead &- UInt8(ascii: "0") < 10 else {
      return nil
    }
    let bytes = Array(line.utf8.prefix(24))
    guard let first = bytes.first else { return nil }
    func spaceAfter(_ end: Int) -> Int? {
      if end == bytes.count { return end }
      guard bytes[end] == 0x20 || bytes[end] == 0x09 else { return nil }
      var index = end
      while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
      return index
    }
    if first == UInt8(ascii: "(") {
      guard let close = bytes.firstIndex(of: UInt8(ascii: ")")), close > 1, close <= 7 else { return nil }
      let inner = String(decoding: bytes[1..<close], as: UTF8.self)
      guard let length = spaceAfter(close + 1) else { return nil }
      let text = "(\(inner))"
      if inner.first!.isNumber, inner.allSatisfy({ $0.isNumber || $0.isUppercase }) {
        return Label(text: text, style: .bracketedNumber, length: length)
      }
      if inner.allSatisfy({ $0.isLowercase && $0.isLetter }) {
        // Items are never numbered to fifty: "(c)", "(l)" and "(cc)" are letters ("(cc)" is inserted
        // between "(c)" and "(d)").
        let isRoman = inner.allSatisfy { "ivx".contains($0) }
        if isRoman {
          let single = inner.count == 1 ? inner.first : nil
          let letterFollows = single.map { isNext($0, after: previousLetter) } ?? false
          if !letterFollows { return Label(text: text, style: .roman, length: length) }
        }
        if inner.count <= 2 { return Label(text: text, style: .letter, length: length) }
        return nil
      }
      if inner.count <= 2, inner.allSatisfy({ $0.isUppercase && $0.isLetter }) {
        return Label(text: text, style: .upperLetter, length: length)
      }
      return nil
    }
    if first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") {
      var index = 0
      var dots = 0
      var lastWasDot = false
      while index < bytes.count, index < 12 {
        let byte = bytes[index]
        if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
          lastWasDot = false
        } else if byte == UInt8(ascii: "."), !lastWasDot {
          dots += 1
          lastWasDot = true
        } else {
          break
        }
        index += 1
      }
      guard dots > 0, let length = spaceAfter(index), length > index || index == bytes.count else {
        return nil
      }
      var text = String(decoding: bytes[0..<index], as: UTF8.self)
      if text.hasSuffix(".") { text.removeLast() }
      let digitsBeforeDot = text.prefix { $0 != "." }.count
      guard digitsBeforeDot <= 3 else { return nil }
      return Label(text: text, style: .decimal, length: length)
    }
    return nil
  }

  private static func isNext(_ letter: Character, after previous: Character?) -> Bool {
    guard let previous, let a = previous.asciiValue, let b = letter.asciiValue else { return false }
    return b == a + 1
  }

  /// The letter of a letter label, for telling "(i)" after "(h)" from a roman numeral.
  var letter: Character? {
    guard style == .letter, text.count == 3 else { return nil }
    return text.dropFirst().first
  }
}
