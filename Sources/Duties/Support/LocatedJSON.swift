/// A JSON value with the line and column where it starts: for files people write and edit by hand
/// (a review file), whose errors must say where they are. Foundation's parser says only "around
/// character 25", and nothing of where a value of the wrong type is.
struct LocatedJSON: Sendable {
  /// A value.
  enum Value: Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([LocatedJSON])
    /// Members in the file's order.
    case object([Member])
  }

  /// A member of an object: its key, where the key starts, and its value.
  struct Member: Sendable {
    var key: String
    var line: Int
    var column: Int
    var value: LocatedJSON
  }

  /// Why a text is not JSON, and where (lines from 1, columns in UTF-8 bytes from 1).
  struct SyntaxError: Error, Sendable {
    var line: Int
    var column: Int
    var message: String
  }

  var value: Value
  /// The line where the value starts, from 1.
  var line: Int
  /// The column where the value starts, in UTF-8 bytes from 1.
  var column: Int

  /// The value's type in words, for messages: "a string", "an object".
  var typeName: String {
    switch value {
    case .null: "null"
    case .bool: "true or false"
    case .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }

  /// The string, when the value is one.
  var string: String? {
    if case .string(let text) = value { return text }
    return nil
  }

  /// Parses a whole text (a byte-order mark before it is allowed).
  static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> LocatedJSON {
    var parser = Parser(bytes: bytes)
    // Columns count from after a byte-order mark.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { (parser.index, parser.lineStart) = (3, 3) }
    let value = try parser.value(depth: 0)
    parser.skipSpace()
    guard parser.index == bytes.count else { throw parser.error("unexpected text after the JSON value") }
    return value
  }

  /// A recursive-descent reader that counts lines as it goes.
  private struct Parser {
    let bytes: [UInt8]
    var index = 0
    var line = 1
    var lineStart = 0

    /// Nesting deeper than this is refused rather than risking the stack.
    static let maximumDepth = 256

    init(bytes: [UInt8]) { self.bytes = bytes }

    var column: Int { index - lineStart + 1 }

    func error(_ message: String) -> SyntaxError {
      SyntaxError(line: line, column: column, message: message)
    }

    mutating func skipSpace() {
      while index < bytes.count {
        switch bytes[index] {
        case UInt8(ascii: "\n"):
          line += 1
          lineStart = index + 1
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): break
        default: return
        }
        index += 1
      }
    }

    mutating func value(depth: Int) throws(SyntaxError) -> LocatedJSON {
      skipSpace()
      guard index < bytes.count else { throw error("the file ends where a value was expected") }
      guard depth < Self.maximumDepth else {
        throw error("values nested more than \(Self.maximumDepth) deep")
      }
      let (startLine, startColumn) = (line, column)
      let value: Value
      switch bytes[index] {
      case UInt8(ascii: "{"): value = .object(try members(depth: depth))
      case UInt8(ascii: "["): value = .array(try elements(depth: depth))
      case UInt8(ascii: "\""): value = .string(try string())
      case UInt8(ascii: "t"): value = try literal("true", .bool(true))
      case UInt8(ascii: "f"): value = try literal("false", .bool(false))
      case UInt8(ascii: "n"): value = try literal("null", .null)
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): value = .number(try number())
      default: throw error("expected a value (a string, number, object, array, true, false or null)")
      }
      return LocatedJSON(value: value, line: startLine, column: startColumn)
    }

    mutating func literal(_ word: String, _ value: Value) throws(SyntaxError) -> Value {
      guard bytes[index...].starts(with: word.utf8) else { throw error("expected \(word)") }
      index += word.utf8.count
      return value
    }

    mutating func members(depth: Int) throws(SyntaxError) -> [Member] {
      index += 1
      var members: [Member] = []
      // Each key's line, by its bytes (two spellings of "é" are two keys, as JSON has them).
      var lines: [[UInt8]: Int] = [:]
      skipSpace()
      if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
        index += 1
        return members
      }
      while true {
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
          throw error("expected a key in double quotes")
        }
        let (keyLine, keyColumn) = (line, column)
        let key = try string()
        if let first = lines.updateValue(keyLine, forKey: Array(key.utf8)) {
          throw SyntaxError(
            line: keyLine, column: keyColumn,
            message: "a second \"\(key)\" in the object; the first is on line \(first)")
        }
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
          throw error("expected ':' after the key")
        }
        index += 1
        members.append(Member(key: key, line: keyLine, column: keyColumn, value: try value(depth: depth + 1)))
        skipSpace()
        guard index < bytes.count else { throw error("the file ends inside an object; expected '}'") }
        if bytes[index] == UInt8(ascii: "}") {
          index += 1
          return members
        }
        guard bytes[index] == UInt8(ascii: ",") else { throw error("expected ',' or '}' after a member") }
        index += 1
      }
    }

    mutating func elements(depth: Int) throws(SyntaxError) -> [LocatedJSON] {
      index += 1
      var elements: [LocatedJSON] = []
      skipSpace()
      if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
        index += 1
        return elements
      }
      while true {
        elements.append(try value(depth: depth + 1))
        skipSpace()
        guard index < bytes.count else { throw error("the file ends inside an array; expected ']'") }
        if bytes[index] == UInt8(ascii: "]") {
          index += 1
          return elements
        }
        guard bytes[index] == UInt8(ascii: ",") else { throw error("expected ',' or ']' after an element") }
        index += 1
      }
    }

    mutating func number() throws(SyntaxError) -> Double {
      let start = index
      while index < bytes.count, "+-0123456789.eE".utf8.contains(bytes[index]) { index += 1 }
      let text = String(decoding: bytes[start..<index], as: UTF8.self)
      guard text.wholeMatch(of: /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/) != nil,
        let number = Double(text)
      else {
        index = start
        throw error("'\(text)' is not a number")
      }
      return number
    }

    mutating func string() throws(SyntaxError) -> String {
      index += 1
      var scalars = String.UnicodeScalarView()
      var run = index
      func flush(_ end: Int) {
        scalars.append(contentsOf: String(decoding: bytes[run..<end], as: UTF8.self).unicodeScalars)
      }
      while index < bytes.count {
        switch bytes[index] {
        case UInt8(ascii: "\""):
          flush(index)
          index += 1
          return String(scalars)
        case UInt8(ascii: "\\"):
          flush(index)
          scalars.append(try escape())
          run = index
        case 0..<0x20:
          throw error("a control character (a line break or tab) inside a string; write it as \\n or \\t")
        default:
          index += 1
        }
      }
      throw error("the file ends inside a string; expected '\"'")
    }

    /// The character an escape stands for; `index` is at the backslash.
    mutating func escape() throws(SyntaxError) -> Unicode.Scalar {
      guard index + 1 < bytes.count else { throw error("the file ends inside an escape") }
      index += 2
      switch bytes[index - 1] {
      case UInt8(ascii: "\""): return "\""
      case UInt8(ascii: "\\"): return "\\"
      case UInt8(ascii: "/"): return "/"
      case UInt8(ascii: "b"): return "\u{08}"
      case UInt8(ascii: "f"): return "\u{0C}"
      case UInt8(ascii: "n"): return "\n"
      case UInt8(ascii: "r"): return "\r"
      case UInt8(ascii: "t"): return "\t"
      case UInt8(ascii: "u"):
        let high = try hex4()
        if (0xD800..<0xDC00).contains(high), bytes[index...].starts(with: "\\u".utf8) {
          index += 2
          let low = try hex4()
          if (0xDC00..<0xE000).contains(low),
            let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
          {
            return scalar
          }
        }
        guard let scalar = Unicode.Scalar(high) else {
          throw error("\\u\(String(high, radix: 16)) is half of a pair")
        }
        return scalar
      default:
        index -= 2
        throw error("unknown escape; use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX")
      }
    }

    mutating func hex4() throws(SyntaxError) -> UInt32 {
      guard index + 4 <= bytes.count,
        let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
      else { throw error("expected four hexadecimal digits after \\u") }
      index += 4
      return value
    }
  }
}
