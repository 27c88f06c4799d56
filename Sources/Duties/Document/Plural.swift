/// A count with its noun in the number the count takes: "1 obligation", "2 obligations", "0 obligations",
/// "3 duties".
public enum Plural {
  /// `count` and the noun: `singular` for one, otherwise `plural`, or the regular English plural of
  /// `singular` ("duty" → "duties", "bus" → "buses", "page" → "pages").
  public static func count(_ count: Int, _ singular: String, plural: String? = nil) -> String {
    "\(count) " + (count == 1 ? singular : plural ?? Self.plural(of: singular))
  }

  /// The regular English plural of a noun, or of the last word of a phrase ("byte sequence" → "byte
  /// sequences").
  public static func plural(of singular: String) -> String {
    let bytes = Array(singular.utf8)
    guard let last = bytes.last else { return singular }
    if last == UInt8(ascii: "y"), bytes.count > 1, !"aeiou".utf8.contains(bytes[bytes.count - 2]) {
      return singular.dropLast() + "ies"
    }
    if last == UInt8(ascii: "s") || last == UInt8(ascii: "x") || singular.hasSuffix("ch")
      || singular.hasSuffix("sh")
    {
      return singular + "es"
    }
    return singular + "s"
  }
}
