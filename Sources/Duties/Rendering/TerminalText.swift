/// Text made safe to print to a terminal.
///
/// Document text and file names come from anywhere, and a control character in them — an escape
/// sequence that sets the window title, writes a hyperlink or the clipboard (OSC), moves the
/// cursor or clears the screen, a bell, a backspace or carriage return that overwrites what was
/// printed — would act on the reader's terminal. Every C0 control character but line feed and tab,
/// DEL, every C1 control character and the bidirectional controls are replaced with U+FFFD (�).
/// Only the styles ``TerminalStyle`` writes (bold, dim, red, green, yellow and reset, as
/// `ESC [ … m`) are kept, and only when asked for.
public enum TerminalText {
  /// The select-graphic-rendition codes ``TerminalStyle`` writes.
  static let styleCodes: Set<String> = ["0", "1", "2", "31", "32", "33", "1;31"]

  /// `text` with its control characters replaced; with `keepingStyles`, ``TerminalStyle``'s own
  /// style codes are kept.
  public static func safe(_ text: String, keepingStyles: Bool = false) -> String {
    guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) else {
      return text
    }
    var result = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if keepingStyles, scalar == "\u{1B}", let length = styleLength(scalars, at: index) {
        result.append(contentsOf: scalars[index..<(index + length)])
        index += length
        continue
      }
      result.append(isControl(scalar) || isBidiControl(scalar) ? "\u{FFFD}" : scalar)
      index += 1
    }
    return String(result)
  }

  /// Whether a scalar is a control character a terminal may act on (line feed and tab are text).
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x09: false
    case 0x00..<0x20, 0x7F, 0x80..<0xA0: true
    default: false
    }
  }

  /// Whether a scalar is a bidirectional embedding, override or isolate control (U+202A–U+202E,
  /// U+2066–U+2069), which can make text read in another order than it is stored ("Trojan Source").
  public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
    (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
  }

  /// The length of one of ``TerminalStyle``'s style sequences starting at `index`, or `nil`.
  private static func styleLength(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
    guard index + 3 < scalars.count, scalars[index + 1] == "[" else { return nil }
    var end = index + 2
    var code = ""
    while end < scalars.count, end - index < 8, scalars[end] != "m" {
      code.unicodeScalars.append(scalars[end])
      end += 1
    }
    guard end < scalars.count, scalars[end] == "m", styleCodes.contains(code) else { return nil }
    return end - index + 1
  }
}
