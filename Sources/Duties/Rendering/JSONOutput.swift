import Foundation

/// Encodes values as deterministic JSON: keys sorted, slashes unescaped, one format everywhere.
public enum JSONOutput {
  /// Pretty-printed JSON with sorted keys, ending in a newline.
  public static func pretty<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
  }

  /// Several pretty-printed JSON values as one array; a single value as it is; nothing as `[]`.
  public static func combined(_ values: [String], asArray: Bool) -> String {
    guard asArray else { return values.joined() }
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
