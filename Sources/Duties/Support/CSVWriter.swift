import Foundation

/// Writes RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled, CRLF endings.
///
/// A field that a spreadsheet would run as a formula — one starting with `=`, `+`, `-`, `@`, a tab
/// or a carriage return, as document text may — is written with a leading apostrophe, as
/// spreadsheet exports do (OWASP's advice on CSV injection): the cell shows the text and runs
/// nothing. ``unescapeFormula(_:)`` takes the apostrophe off again when such a file is read back.
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

  /// The first characters that make a spreadsheet read a cell as a formula.
  static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

  static func escape(_ field: String) -> String {
    let field = field.unicodeScalars.first.map(formulaStarts.contains) == true ? "'" + field : field
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// A field as written before its formula escape: the leading apostrophe taken off a field that
  /// would otherwise start a formula.
  public static func unescapeFormula(_ field: String) -> String {
    guard field.hasPrefix("'"), let second = field.unicodeScalars.dropFirst().first,
      formulaStarts.contains(second)
    else {
      return field
    }
    return String(field.dropFirst())
  }
}
