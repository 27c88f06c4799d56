import Duties

/// Checks that the locations a reader gives really point at the text it read.
public enum LocationCheck {
  /// The nodes whose text does not start at the place their location names.
  ///
  /// From the location on, the source (with markup tags and character references taken out) must
  /// begin with the first letters and digits of the node's text.
  public static func mismatches(in document: Document) -> [(String, SourceLocation)] {
    var result: [(String, SourceLocation)] = []
    let bytes = document.source.bytes
    document.walk { visit in
      guard let run = visit.node.text ?? visit.node.heading else { return }
      let location = document.location(of: run)
      let end = min(bytes.count, location.offset + 600)
      let raw = String(decoding: bytes[location.offset..<end], as: UTF8.self)
      let expected = String(alphanumerics(run.string).prefix(6))
      guard !expected.isEmpty else { return }
      if !alphanumerics(strippingMarkup(raw)).hasPrefix(expected) {
        result.append((run.string, location))
      }
    }
    return result
  }

  static func alphanumerics(_ text: String) -> String {
    String(text.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })
  }

  static func strippingMarkup(_ text: String) -> String {
    var output = ""
    var inTag = false
    var inReference = false
    for character in text {
      switch character {
      case "<": inTag = true
      case ">" where inTag: inTag = false
      case "&" where !inTag: inReference = true
      case ";" where inReference: inReference = false
      default: if !inTag && !inReference { output.append(character) }
      }
    }
    return output
  }

  /// The number of nodes with text.
  public static func textNodeCount(in document: Document) -> Int {
    var count = 0
    document.walk { if $0.node.text != nil || $0.node.heading != nil { count += 1 } }
    return count
  }
}
