/// The markup of legislation.gov.uk's HTML and XHTML pages (an Act or a section saved from the
/// site): which elements are amendment markers, which are the numbers of provisions, and which are
/// the editorial notes printed after the text.
///
/// The site writes a provision's number and its text as adjacent spans (`<span class="LegP1No">4</span>
/// <span class="LegP1GroupTitle">Duty…</span>`, `(1)The authority…`), wraps amended words in
/// `[F1…]` from a commentary link and change delimiters, and lists its textual amendments in a
/// `LegAnnotations` block after each section.
enum LegislationHTML {
  /// The class of an amendment marker, the `F1` link to the commentary that says what changed.
  static let markerClass = "LegCommentaryLink"
  /// The class of the `[` and `]` around amended words.
  static let delimiterClass = "LegChangeDelimiter"
  /// Classes of the editorial notes after a provision (textual amendments, commencement notes),
  /// which are the publisher's, not the law's.
  static let noteClasses: Set<String> = ["LegAnnotations", "LegCommentaryItem", "LegAnnotationsGroupHeading"]

  /// The element's class names.
  private static func classes(_ element: XMLElement) -> [Substring] {
    (element.attribute("class") ?? "").split(separator: " ")
  }

  /// Whether the element is an amendment marker; its text (`F1`) is its label.
  static func isMarker(_ element: XMLElement) -> Bool {
    classes(element).contains { $0 == markerClass }
  }

  /// Whether the element is a bracket around amended words, which is not text of the provision.
  static func isDelimiter(_ element: XMLElement) -> Bool {
    classes(element).contains { $0 == delimiterClass }
  }

  /// Whether the element holds the publisher's notes rather than the text of the law.
  static func isNote(_ element: XMLElement) -> Bool {
    classes(element).contains { noteClasses.contains(String($0)) }
  }

  /// Whether the element is a provision's number (`LegPartNo`, `LegP1No`, `LegP2No`…), which the
  /// site writes with no space before the text it numbers.
  static func isNumber(_ element: XMLElement) -> Bool {
    classes(element).contains { $0.hasPrefix("Leg") && $0.hasSuffix("No") }
  }
}
