/// A line of text on a PDF page as poppler laid it out, in Swift values.
struct PDFLine: Sendable, Hashable, Codable {
  /// The text.
  var text: String
  /// Top and bottom edges, in points from the top of the page.
  var top: Double
  var bottom: Double
  /// Left and right edges, in points.
  var left: Double
  var right: Double
  /// The font size most of its characters have.
  var fontSize: Double
  /// Whether most of its characters are in a bold font.
  var isBold: Bool
}

/// A PDF page: its size and its lines in reading order.
struct PDFPage: Sendable, Codable {
  var number: Int
  var width: Double
  var height: Double
  var lines: [PDFLine]
}

/// What poppler read from a PDF.
struct PDFContent: Sendable, Codable {
  var title: String?
  var author: String?
  var pages: [PDFPage]
}
