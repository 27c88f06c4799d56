/// A place in a source file: the path, the 1-based line and column, and the byte offset.
///
/// Columns count UTF-8 bytes from the start of the line, as compilers do. Offsets count bytes
/// from the start of the file; for UTF-16 input they count bytes of its UTF-8 transcoding.
/// The description is `path:line:column`, the form editors and terminals turn into links. Text read
/// from a PDF has a page: its line counts lines on that page, and the description is
/// `path:page 12:line 4`, so a citation leads to the printed page.
public struct SourceLocation: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  /// The file the text came from, as given by the user (`-` for standard input).
  public var path: String
  /// The line, starting at 1.
  public var line: Int
  /// The column in UTF-8 bytes, starting at 1.
  public var column: Int
  /// The byte offset from the start of the file, starting at 0.
  public var offset: Int
  /// The page, starting at 1, for paged documents (PDF); `nil` otherwise.
  public var page: Int?

  /// Creates a location.
  public init(path: String, line: Int, column: Int, offset: Int, page: Int? = nil) {
    self.path = path
    self.line = line
    self.column = column
    self.offset = offset
    self.page = page
  }

  /// `path:line:column`, or `path:page 12:line 4` on a page.
  public var description: String {
    if let page { return "\(path):page \(page):line \(line)" }
    return "\(path):\(line):\(column)"
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.path, lhs.offset) < (rhs.path, rhs.offset)
  }
}
