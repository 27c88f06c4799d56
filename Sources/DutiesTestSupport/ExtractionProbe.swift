import Duties

/// Extracts obligations from short inline text, for extractor tests.
public enum ExtractionProbe {
  /// The obligations of a text read as plain text.
  public static func obligations(_ text: String, format: DocumentFormat = .text) throws -> [Obligation] {
    let document = try DocumentReader().read(string: text, path: "probe.txt", format: format)
    return ObligationExtractor().extract(from: document)
  }

  /// The obligations of a marked sentence, with the marked strings (bearer first, trigger second).
  public static func marked(_ marked: String) throws -> (MarkedText, [Obligation]) {
    let text = MarkedText(marked)
    return (text, try obligations(text.text))
  }
}
