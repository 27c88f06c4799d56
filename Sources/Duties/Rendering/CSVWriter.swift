import Foundation

/// Writes RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled, CRLF endings.
public struct CSVWriter: Sendable {
  private(set) var output = ""

  /// Creates a writer with a header row.
  public init(header: [String]) {
    append(header)
  }

  /// Appends a row.
  public mutating func append(_ fields: [String]) {
    output += Self.row(fields)
  }

  /// One row on its own, with its CRLF ending, for writing CSV a row at a time.
  public static func row(_ fields: [String]) -> String {
    fields.map(escape).joined(separator: ",") + "\r\n"
  }

  /// The CSV text.
  public var text: String { output }

  static func escape(_ field: String) -> String {
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
