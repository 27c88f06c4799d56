/// A node of a document's tree: a part, chapter, section, subsection, paragraph, list item, heading or block.
public struct Node: Hashable, Sendable {
  /// What a node is in the document's structure.
  public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
    /// A part of an Act or a document ("Part 1").
    case part
    /// A chapter ("Chapter 2").
    case chapter
    /// A group of sections under a cross-heading (a CLML `Pblock`, a Markdown heading without a number).
    case group
    /// A numbered section or article ("6", "4.2").
    case section
    /// A numbered subsection ("(1A)").
    case subsection
    /// A paragraph, numbered ("(b)", "12.") or not.
    case paragraph
    /// An item of a bulleted or numbered list.
    case listItem = "list-item"
    /// A heading that stands on its own.
    case heading
    /// A block of text with no structural role (a wrap-up after a list, a generic XML block).
    case block
    /// A table: its children are its rows, the header row first when it has one.
    case table
    /// A row of a table: its children are its cells.
    case tableRow = "table-row"
    /// A cell of a table row: a header cell's text is its `heading`, a data cell's its `text`.
    case tableCell = "table-cell"

    /// Whether the kind is a level of division that holds other provisions.
    public var isDivision: Bool {
      switch self {
      case .part, .chapter, .group, .section: true
      default: false
      }
    }
  }

  /// What the node is.
  public var kind: Kind
  /// The number or label as written ("6", "(1A)", "(b)", "4.2"), without surrounding space.
  public var number: String?
  /// The node's heading, if it has one.
  public var heading: TextRun?
  /// The node's own text (not that of its children): for a provision with a list, the lead-in.
  public var text: TextRun?
  /// The nodes inside this one, in document order.
  public var children: [Node]
  /// Where the node starts in the source.
  public var location: SourceLocation
  /// Editorial apparatus attached to the node (commentaries, footnotes, amendment markers).
  public var annotations: [Annotation]

  /// Creates a node.
  public init(
    kind: Kind, number: String? = nil, heading: TextRun? = nil, text: TextRun? = nil,
    children: [Node] = [], location: SourceLocation, annotations: [Annotation] = []
  ) {
    self.kind = kind
    self.number = number
    self.heading = heading
    self.text = text
    self.children = children
    self.location = location
    self.annotations = annotations
  }

  /// A short label for section paths: "Part 1", "Chapter 2", "6", "(1A)", or the heading of an unnumbered group.
  public var label: String? {
    switch kind {
    case .part, .chapter:
      guard let number else { return heading?.string }
      let word = kind == .part ? "Part" : "Chapter"
      return number.lowercased().hasPrefix(word.lowercased()) ? number : "\(word) \(number)"
    case .group:
      return number
    default:
      return number ?? (kind == .section ? heading?.string : nil)
    }
  }
}
