internal import CLibXML2
import Foundation

/// The boundary with libxml2: parses bytes into a Swift `XMLElement` tree and frees every C object
/// before returning.
///
/// Parsing is safe for untrusted input: no network, no DTD loading, no entity substitution (so no
/// external entities and no entity expansion bombs), and the default depth and size limits.
enum LibXML2 {
  /// Initialises the library once, lazily and thread-safely.
  private static let initialized: Bool = {
    xmlInitParser()
    return true
  }()

  /// The deepest element nesting kept as structure; deeper content is kept as text.
  static let maximumDepth = 400

  /// Parses an XML document and returns its root element. libxml2's streaming reader is used, so
  /// the C side holds only the nodes around the one being read, never the whole tree.
  static func parseXML(_ source: SourceText) throws -> XMLElement {
    _ = initialized
    try guardSize(source)
    let options: Int32 =
      Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_BIG_LINES.rawValue)
      | Int32(XML_PARSE_IGNORE_ENC.rawValue) | Int32(XML_PARSE_NOERROR.rawValue)
      | Int32(XML_PARSE_NOWARNING.rawValue)
    return try source.bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else {
        throw DutiesError.malformed(source.location(atOffset: 0), "the XML document is empty")
      }
      let reader = base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
        xmlReaderForMemory(pointer, Int32(buffer.count), source.path, "UTF-8", options)
      }
      guard let reader else {
        throw DutiesError.unreadable(path: source.path, reason: "libxml2 could not allocate a reader")
      }
      defer { xmlFreeTextReader(reader) }
      let collector = ErrorCollector()
      let retained = Unmanaged.passRetained(collector)
      defer { retained.release() }
      xmlTextReaderSetStructuredErrorHandler(reader, collectReaderError, retained.toOpaque())
      var builder = StreamingBuilder(source: source)
      var status = xmlTextReaderRead(reader)
      while status == 1 {
        builder.take(reader)
        status = xmlTextReaderRead(reader)
      }
      if let error = collector.firstError ?? (status < 0 ? collector.lastMessage : nil) {
        // Without any element, libxml2's reader complains of what follows ("Extra content…").
        let message = hasStartTag(source.bytes) ? error.message : "the XML document has no root element"
        throw DutiesError.malformed(location(line: error.line, column: error.column, in: source), message)
      }
      if status < 0 {
        throw DutiesError.malformed(source.location(atOffset: 0), "malformed XML")
      }
      guard let root = builder.root else {
        throw DutiesError.malformed(source.location(atOffset: 0), "the XML document has no root element")
      }
      return root
    }
  }

  /// Parses an HTML document in recovery mode and returns its root element, and where libxml2
  /// stopped reading if it stopped before the end (the text after that is lost, and the caller
  /// warns of it).
  ///
  /// `XML_PARSE_HUGE` lifts libxml2's limit of 256 nested elements, past which its HTML parser
  /// stops and drops the rest of the document: its HTML parser keeps open elements in a stack, not
  /// on the call stack, and the conversion keeps structure only to ``maximumDepth`` levels.
  static func parseHTML(_ source: SourceText) throws -> (root: XMLElement, stoppedAt: SourceLocation?) {
    _ = initialized
    try guardSize(source)
    guard let context = htmlNewParserCtxt() else {
      throw DutiesError.unreadable(path: source.path, reason: "libxml2 could not allocate a parser")
    }
    defer { htmlFreeParserCtxt(context) }
    context.pointee.sax.pointee.serror = ignoreError
    let options: Int32 =
      Int32(HTML_PARSE_RECOVER.rawValue) | Int32(HTML_PARSE_NONET.rawValue)
      | Int32(HTML_PARSE_NOERROR.rawValue) | Int32(HTML_PARSE_NOWARNING.rawValue)
      | Int32(HTML_PARSE_NOIMPLIED.rawValue) | Int32(XML_PARSE_HUGE.rawValue)
    let document = source.bytes.withUnsafeBufferPointer { buffer -> htmlDocPtr? in
      guard let base = buffer.baseAddress else { return nil }
      return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
        htmlCtxtReadMemory(context, pointer, Int32(buffer.count), source.path, "UTF-8", options)
      }
    }
    defer { if let document { xmlFreeDoc(document) } }
    // A parser that halted (libxml2 sets `disableSAX` when it stops for good) read only part.
    var stoppedAt: SourceLocation?
    if context.pointee.disableSAX != 0, let input = context.pointee.input {
      stoppedAt = location(line: Int(input.pointee.line), column: Int(input.pointee.col), in: source)
    }
    guard let document, let root = xmlDocGetRootElement(document) else {
      return (XMLElement(name: "html", namespace: nil, attributes: [], children: [], offset: 0), stoppedAt)
    }
    var converter = Converter(source: source, html: true)
    // Without implied elements, the document may hold several top-level nodes: wrap them.
    var children: [XMLChild] = []
    var node: xmlNodePtr? = root
    while let current = node {
      if let child = converter.convertChild(current, depth: 1) { children.append(child) }
      node = current.pointee.next
    }
    if children.count == 1, case .element(let only) = children[0], only.name == "html" {
      return (only, stoppedAt)
    }
    return (
      XMLElement(name: "html", namespace: nil, attributes: [], children: children, offset: 0), stoppedAt
    )
  }

  /// Whether the bytes hold a start tag (`<` and a name), not only comments, declarations and text.
  private static func hasStartTag(_ bytes: [UInt8]) -> Bool {
    var index = bytes.firstIndex(of: UInt8(ascii: "<"))
    while let current = index, current + 1 < bytes.count {
      let next = bytes[current + 1]
      if (65...90).contains(next) || (97...122).contains(next) || next == UInt8(ascii: "_") || next >= 0x80 {
        return true
      }
      index = bytes[(current + 1)...].firstIndex(of: UInt8(ascii: "<"))
    }
    return false
  }

  private static func guardSize(_ source: SourceText) throws {
    if source.bytes.count >= Int(Int32.max) {
      throw DutiesError.unreadable(
        path: source.path, reason: "libxml2 cannot parse XML of 2 GiB or more; split the file")
    }
  }

  private static func location(line: Int, column: Int, in source: SourceText) -> SourceLocation {
    let safeLine = max(1, line)
    let start = source.offset(ofLine: safeLine)
    let column = max(1, column)
    return SourceLocation(path: source.path, line: safeLine, column: column, offset: start + column - 1)
  }
}

/// Collects libxml2's structured errors for one parse.
private final class ErrorCollector {
  struct Entry {
    var line: Int
    var column: Int
    var message: String
  }
  var firstError: Entry?
  var lastMessage: Entry?
}

private func collectReaderError(_ userData: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
  guard let userData, let error else { return }
  let collector = Unmanaged<ErrorCollector>.fromOpaque(userData).takeUnretainedValue()
  let message =
    error.pointee.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines)
    ?? "malformed XML"
  let entry = ErrorCollector.Entry(
    line: Int(error.pointee.line), column: Int(error.pointee.int2), message: message)
  collector.lastMessage = entry
  if error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue, collector.firstError == nil {
    collector.firstError = entry
  }
}

private func ignoreError(_ userData: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {}
