/// Text that a reader of a binary format (PDF, Word, OpenDocument) has laid out in lines, with
/// what the layout says about each line: its page, whether a paragraph starts there, whether its
/// font or style makes it a heading.
///
/// ``DocumentReader/read(laidOut:path:)`` turns it into a ``Document`` with the same paragraph,
/// heading and provision rules as plain text, and locations that name the page.
public struct LaidOutText: Sendable {
  /// One line of text.
  public struct Line: Sendable, Hashable {
    /// The text, without its line break.
    public var text: String
    /// The page it was printed on (from 1), for paged formats.
    public var page: Int?
    /// Its line number on that page (from 1).
    public var lineOnPage: Int?
    /// Whether a new paragraph starts here (a gap above it, or a new paragraph in a word processor).
    public var startsParagraph: Bool
    /// The heading level the layout gives it (1 for the largest), or `nil` for body text.
    public var headingLevel: Int?
    /// Whether it is an item of a list the word processor numbered ("1. Keep records"): never a
    /// heading, however short (a numbered line of plain text may be one).
    public var isListItem: Bool
    /// The table cell the line is in, if any (a cell's paragraphs are its lines, in order).
    public var cell: TableCell?

    /// Creates a line.
    public init(
      text: String, page: Int? = nil, lineOnPage: Int? = nil, startsParagraph: Bool = true,
      headingLevel: Int? = nil, isListItem: Bool = false, cell: TableCell? = nil
    ) {
      self.text = text
      self.page = page
      self.lineOnPage = lineOnPage
      self.startsParagraph = startsParagraph
      self.headingLevel = headingLevel
      self.isListItem = isListItem
      self.cell = cell
    }
  }

  /// Where a line stands in a table: which table of the document, which row and column (from 0),
  /// and whether its row is the table's header.
  public struct TableCell: Sendable, Hashable {
    /// The table's number in the document (from 0).
    public var table: Int
    /// The row (from 0).
    public var row: Int
    /// The column (from 0).
    public var column: Int
    /// Whether the row is a header row.
    public var isHeader: Bool

    /// Creates a cell position.
    public init(table: Int, row: Int, column: Int, isHeader: Bool) {
      self.table = table
      self.row = row
      self.column = column
      self.isHeader = isHeader
    }
  }

  /// A footnote, kept apart from the body text.
  public struct Footnote: Sendable, Hashable {
    /// Its number or mark as printed.
    public var label: String?
    /// Its text.
    public var text: String
    /// Where it was printed: the page and its line on that page.
    public var page: Int?
    public var lineOnPage: Int?

    /// Creates a footnote.
    public init(label: String?, text: String, page: Int? = nil, lineOnPage: Int? = nil) {
      self.label = label
      self.text = text
      self.page = page
      self.lineOnPage = lineOnPage
    }
  }

  /// The body lines in reading order.
  public var lines: [Line]
  /// The footnotes.
  public var footnotes: [Footnote]
  /// What the file says about itself; `format` is the format it was read as.
  public var metadata: DocumentMetadata
  /// Whether lines repeated at page breaks are running headers and footers to drop (true for
  /// paged formats; a word processor's flow has none).
  public var hasRunningLines: Bool
  /// What the reader left out that a user should know of ("3 reviewer comment(s) are not read"),
  /// each a warning on the document.
  public var notices: [String] = []

  /// Creates laid-out text.
  public init(lines: [Line], footnotes: [Footnote] = [], metadata: DocumentMetadata, hasRunningLines: Bool) {
    self.lines = lines
    self.footnotes = footnotes
    self.metadata = metadata
    self.hasRunningLines = hasRunningLines
  }
}
