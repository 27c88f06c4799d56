/// Decides the format of a document from its content: the XML root element and namespace, an HTML
/// doctype or tags, Markdown markers. A file name only tips markup that could be either (see
/// `FileKindCheck` for names the content must bear out).
public enum FormatSniffer {
  /// The namespaces of the XML dialects `duties` reads specially.
  static let namespaces: [(String, DocumentFormat)] = [
    ("http://www.legislation.gov.uk/namespaces/legislation", .clml),
    ("http://docs.oasis-open.org/legaldocml/ns/akn/3.0", .akn),
    ("http://schemas.gpo.gov/xml/uslm", .uslm),
  ]

  /// The format of a binary container by its magic bytes: PDF (`%PDF-`), or a zip whose content
  /// names a Word document (`word/document.xml`) or OpenDocument text (its `mimetype` entry);
  /// `nil` for anything else.
  public static func sniffBinary(_ bytes: [UInt8]) -> DocumentFormat? {
    // A PDF may have a little junk before its header; readers accept it within the first kilobyte.
    let head = Array(bytes.prefix(1024))
    if let index = head.firstIndex(of: UInt8(ascii: "%")), head.hasPrefix("%PDF-", at: index) { return .pdf }
    guard bytes.count >= 4, bytes[0] == 0x50, bytes[1] == 0x4B, bytes[2] == 0x03, bytes[3] == 0x04 else {
      return nil
    }
    return ZipPackage.documentFormat(of: bytes)
  }

  /// The format of UTF-8 bytes.
  ///
  /// Markup at the start makes a document XML or HTML only when the whole start says so: comments
  /// followed by text are not an XML prolog, and HTML that a Markdown file begins with (an anchor
  /// before a heading, a `<div>` around a title) leaves it Markdown when Markdown follows, or when
  /// `pathExtension` (a hint, never the only evidence) is `md` or `markdown` and nothing declares
  /// XML or a whole HTML page. A fragment that starts with an HTML element (`<main>`, `<section>`)
  /// in a file named `.html` is HTML.
  public static func sniff(_ bytes: [UInt8], pathExtension: String? = nil) -> DocumentFormat {
    let head = Array(bytes.prefix(65_536))
    let namedMarkdown = ["md", "markdown"].contains(pathExtension?.lowercased() ?? "")
    let namedHTML = ["html", "htm", "xhtml"].contains(pathExtension?.lowercased() ?? "")
    var index = 0
    var sawDoctype = false
    var sawDeclaration = false
    func skipSpace() {
      while index < head.count, SourceWalker.isSpace(head[index]) { index += 1 }
    }
    skipSpace()
    guard index < head.count else { return .text }
    if head[index] == UInt8(ascii: "<") {
      // Skip the prolog: declaration, comments, processing instructions, doctype.
      while index < head.count, head[index] == UInt8(ascii: "<") {
        if head.hasPrefix("<?", at: index) {
          sawDeclaration = sawDeclaration || head.hasPrefix("<?xml", at: index)
          index = end(of: "?>", in: head, from: index)
        } else if head.hasPrefix("<!--", at: index) {
          index = end(of: "-->", in: head, from: index)
        } else if head[index + 1 < head.count ? index + 1 : index] == UInt8(ascii: "!") {
          let doctype = head.string(index..<min(head.count, index + 20)).lowercased()
          if doctype.hasPrefix("<!doctype html") { return .html }
          // Skip the doctype, with its internal subset in brackets if it has one.
          let close = end(of: ">", in: head, from: index)
          let open = end(of: "[", in: head, from: index)
          index = open < close ? end(of: "]>", in: head, from: open) : close
          if doctype.hasPrefix("<!doctype") {
            sawDoctype = true
          }
        } else {
          let root = rootFormat(head, at: index)
          let embedsHTML = root == .xml && !sawDeclaration && !sawDoctype && isHTMLElement(head, at: index)
          if embedsHTML && namedHTML { return .html }
          if embedsHTML && (namedMarkdown || looksLikeMarkdown(head)) { return .markdown }
          return embedsHTML && !looksLikeHTML(head) && namedMarkdown ? .markdown : root
        }
        skipSpace()
      }
      // Only a prolog: XML (or HTML) without a root element, which its reader reports.
      if (index >= head.count && !namedMarkdown) || sawDeclaration || sawDoctype {
        return !sawDoctype && looksLikeHTML(head) ? .html : .xml
      }
      // Comments followed by text: not an XML prolog.
    }
    if looksLikeHTML(head) && !(namedMarkdown && looksLikeMarkdown(head)) { return .html }
    return namedMarkdown || looksLikeMarkdown(head) ? .markdown : .text
  }

  /// Elements that Markdown documents embed: anchors, wrappers, line breaks, details.
  static let htmlElements: Set<String> = [
    "a", "abbr", "address", "article", "aside", "b", "blockquote", "br", "center", "details", "div", "dl",
    "em", "figure", "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "kbd", "main", "ol", "p",
    "picture", "pre", "section", "small", "span", "strong", "sub", "summary", "sup", "table", "u", "ul",
  ]

  /// Whether the tag at `start` is an element HTML has, with no namespace.
  private static func isHTMLElement(_ head: [UInt8], at start: Int) -> Bool {
    let tag = head.string(start..<min(head.count, start + 64))
    let name = tag.dropFirst().prefix { $0.isLetter || $0.isNumber }
    return htmlElements.contains(name.lowercased()) && !tag.contains("xmlns")
  }

  private static func end(of terminator: String, in bytes: [UInt8], from start: Int) -> Int {
    var index = start
    while index < bytes.count {
      if bytes.hasPrefix(terminator, at: index) { return index + terminator.utf8.count }
      index += 1
    }
    return bytes.count
  }

  private static func rootFormat(_ head: [UInt8], at start: Int) -> DocumentFormat {
    let tagEnd = end(of: ">", in: head, from: start)
    let tag = head.string(start..<tagEnd)
    let name = tag.dropFirst().prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
    let localName = name.split(separator: ":").last.map(String.init) ?? ""
    if localName.lowercased() == "html" { return .html }
    let prefix = name.contains(":") ? String(name.split(separator: ":")[0]) : nil
    let attribute = prefix.map { "xmlns:\($0)=" } ?? "xmlns="
    if let range = tag.range(of: attribute) {
      let rest = tag[range.upperBound...]
      if let quote = rest.first {
        let uri = rest.dropFirst().prefix { $0 != quote }
        for (namespace, format) in namespaces where uri.hasPrefix(namespace) { return format }
      }
    }
    if ["body", "head"].contains(localName.lowercased()) { return .html }
    return .xml
  }

  private static func looksLikeHTML(_ head: [UInt8]) -> Bool {
    let text = head.string(0..<min(head.count, 4096)).lowercased()
    return text.contains("<html") || text.contains("<body") || text.contains("<!doctype html")
      || (text.hasPrefix("<") && (text.contains("<p>") || text.contains("<div")))
  }

  private static func looksLikeMarkdown(_ head: [UInt8]) -> Bool {
    if head.hasPrefix("---\n", at: 0) || head.hasPrefix("---\r\n", at: 0) { return true }
    var score = 0
    for line in Lines(bytes: head) {
      let text = head.string(head.trimmed(line))
      if text.hasPrefix("# ") || text.hasPrefix("## ") || text.hasPrefix("### ") { score += 3 }
      if text.hasPrefix("```") { score += 2 }
      if text.hasPrefix("- ") || text.hasPrefix("* ") { score += 1 }
      if text.contains("](") || text.contains("**") { score += 1 }
      if score >= 3 { return true }
    }
    return false
  }
}
