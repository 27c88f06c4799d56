import Foundation

/// Encodes values as deterministic JSON: keys sorted, slashes unescaped, one format everywhere.
public enum JSONOutput {
  /// Pretty-printed JSON with sorted keys, ending in a newline; an empty array or object is `[]` or `{}`.
  public static func pretty<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: closingEmptyContainers(try encoder.encode(value)), as: UTF8.self) + "\n"
  }

  /// Foundation's pretty JSON with each empty array and object written `[]` and `{}` rather than
  /// opened, left blank for a line and closed on a third. A string cannot hold a raw line break, so a
  /// bracket followed by one is never inside a string; the scan still steps over strings whole.
  static func closingEmptyContainers(_ json: Data) -> [UInt8] {
    let bytes = [UInt8](json)
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var index = 0
    var inString = false
    while index < bytes.count {
      let byte = bytes[index]
      output.append(byte)
      index += 1
      if inString {
        if byte == UInt8(ascii: "\\"), index < bytes.count {
          output.append(bytes[index])
          index += 1
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        }
        continue
      }
      if byte == UInt8(ascii: "\"") {
        inString = true
      } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
        // "[", a line break, then only white space up to the closing bracket: an empty container.
        var next = index
        while next < bytes.count, bytes[next] == 0x0A || bytes[next] == 0x20 { next += 1 }
        let closing = byte == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
        if next > index, next < bytes.count, bytes[next] == closing {
          output.append(closing)
          index = next + 1
        }
      }
    }
    return output
  }

  /// Several pretty-printed JSON values as one array; a single value as it is; nothing as `[]`.
  public static func combined(_ values: [String], asArray: Bool) -> String {
    guard asArray else { return values.joined() }
    guard !values.isEmpty else { return "[]\n" }
    let bodies = values.map { $0.hasSuffix("\n") ? String($0.dropLast()) : $0 }
    return "[\n" + bodies.joined(separator: ",\n") + "\n]\n"
  }

  /// Compact JSON with sorted keys on one line, for JSON Lines.
  public static func line<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }
}
