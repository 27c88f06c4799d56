/// Writes JSON byte for byte as `JSONOutput.pretty` does (Foundation's `JSONEncoder` with pretty printing, sorted
/// keys and unescaped slashes), for types whose keys the caller writes in sorted order.
///
/// Encoding large outputs through `Codable` costs more than extracting them; this writer appends UTF-8 bytes directly.
struct PrettyJSONWriter {
  /// The JSON written so far.
  private(set) var bytes: [UInt8] = []
  /// For each open object or array, how many members it has so far.
  private var members: [Int] = []

  /// Whether to write on one line, as `JSONOutput.line` does, instead of pretty-printed.
  let compact: Bool

  init(capacity: Int = 0, compact: Bool = false) {
    bytes.reserveCapacity(capacity)
    self.compact = compact
  }

  /// Starts an object as the next value.
  mutating func beginObject() { open(UInt8(ascii: "{")) }
  /// Ends the innermost object.
  mutating func endObject() { close(UInt8(ascii: "}")) }
  /// Starts an array as the next value.
  mutating func beginArray() { open(UInt8(ascii: "[")) }
  /// Ends the innermost array.
  mutating func endArray() { close(UInt8(ascii: "]")) }

  /// Writes a key of the innermost object; its value comes next.
  mutating func key(_ name: String) {
    newMember()
    string(name)
    if compact {
      bytes.append(UInt8(ascii: ":"))
    } else {
      bytes.append(0x20)
      bytes.append(UInt8(ascii: ":"))
      bytes.append(0x20)
    }
  }

  /// Starts the next element of the innermost array; its value comes next.
  mutating func element() { newMember() }

  /// Writes a string value. Runs of bytes that need no escape are copied at once.
  mutating func string(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    var value = value
    value.withUTF8 { utf8 in
      var runStart = 0
      for index in utf8.indices {
        let byte = utf8[index]
        guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == 0x5C else { continue }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
        runStart = index + 1
        appendEscape(byte)
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }
    bytes.append(UInt8(ascii: "\""))
  }

  private mutating func appendEscape(_ byte: UInt8) {
    switch byte {
    case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, UInt8(ascii: "\"")])
    case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
    case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
    case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
    case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
    case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
    case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
    default:
      let hex = Array("0123456789abcdef".utf8)
      bytes.append(contentsOf: [
        0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)],
      ])
    }
  }

  /// Writes an integer value.
  mutating func int(_ value: Int) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    var count = 1
    var rest = magnitude / 10
    while rest > 0 {
      count += 1
      rest /= 10
    }
    // Digits written from the last, into room made for them.
    var index = bytes.count + count
    for _ in 0..<count { bytes.append(0x30) }
    repeat {
      index -= 1
      bytes[index] = 0x30 + UInt8(magnitude % 10)
      magnitude /= 10
    } while magnitude > 0
  }

  /// Writes a Boolean value.
  mutating func bool(_ value: Bool) { bytes.append(contentsOf: (value ? "true" : "false").utf8) }

  /// Hands the bytes written so far to `sink` and goes on with an empty buffer; where the writer is
  /// in the nesting is kept, so a long text can be written out piece by piece.
  mutating func flush(to sink: (ArraySlice<UInt8>) -> Void) {
    guard !bytes.isEmpty else { return }
    sink(bytes[...])
    bytes.removeAll(keepingCapacity: true)
  }

  /// Ends the text with a line feed, as `JSONOutput.pretty` does.
  mutating func newline() { bytes.append(0x0A) }

  /// Writes an array of strings.
  mutating func strings(_ values: [String]) {
    beginArray()
    for value in values {
      element()
      string(value)
    }
    endArray()
  }

  private mutating func open(_ bracket: UInt8) {
    bytes.append(bracket)
    members.append(0)
  }

  private mutating func close(_ bracket: UInt8) {
    let count = members.removeLast()
    // An empty array or object is written `[]` or `{}`, as `JSONOutput.pretty` writes it.
    if compact || count == 0 {
      bytes.append(bracket)
      return
    }
    bytes.append(0x0A)
    indent(members.count)
    bytes.append(bracket)
  }

  private mutating func newMember() {
    if members[members.count - 1] > 0 { bytes.append(UInt8(ascii: ",")) }
    members[members.count - 1] += 1
    if compact { return }
    bytes.append(0x0A)
    indent(members.count)
  }

  private mutating func indent(_ level: Int) {
    var count = 2 * level
    while count > 0 {
      let run = min(count, Self.spaces.count)
      bytes.append(contentsOf: Self.spaces[..<run])
      count -= run
    }
  }

  /// Spaces to indent with, appended as one run.
  private static let spaces = [UInt8](repeating: 0x20, count: 64)
}
