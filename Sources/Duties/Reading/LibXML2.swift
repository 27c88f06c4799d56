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

  /// Parses an XML document and returns its root element.
  static func parseXML(_ source: SourceText) throws -> XMLElement {
    _ = initialized
    try guardSize(source)
    guard let context = xmlNewParserCtxt() else {
      throw DutiesError.unreadable(path: source.path, reason: "libxml2 could not allocate a parser")
    }
    defer { xmlFreeParserCtxt(context) }
    let collector = ErrorCollector()
    let retained = Unmanaged.passRetained(collector)
    defer { retained.release() }
    context.pointee._private = retained.toOpaque()
    context.pointee.sax.pointee.serror = collectError

    let options: Int32 =
      Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_BIG_LINES.rawValue)
      | Int32(XML_PARSE_IGNORE_ENC.rawValue) | Int32(XML_PARSE_NOERROR.rawValue)
      | Int32(XML_PARSE_NOWARNING.rawValue)
    let document = source.bytes.withUnsafeBufferPointer { buffer in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
        xmlCtxtReadMemory(context, pointer, Int32(buffer.count), source.path, "UTF-8", options)
      }
    }
    defer { if let document { xmlFreeDoc(document) } }
    if let error = collector.firstError ?? (document == nil ? collector.lastMessage : nil) {
      throw DutiesError.malformed(
        location(line: error.line, column: error.column, in: source), error.message)
    }
    guard let document, let root = xmlDocGetRootElement(document) else {
      throw DutiesError.malformed(
        source.location(atOffset: 0), "the XML document has no root element")
    }
    var converter = Converter(source: source, html: false, freesConverted: true)
    converter.visitSiblingsBefore(root, in: document)
    return converter.convert(root, depth: 0)
  }

  /// Parses an HTML document in recovery mode and returns its root element.
  static func parseHTML(_ source: SourceText) throws -> XMLElement {
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
      | Int32(HTML_PARSE_NOIMPLIED.rawValue)
    let document = source.bytes.withUnsafeBufferPointer { buffer -> htmlDocPtr? in
      guard let base = buffer.baseAddress else { return nil }
      return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
        htmlCtxtReadMemory(context, pointer, Int32(buffer.count), source.path, "UTF-8", options)
      }
    }
    defer { if let document { xmlFreeDoc(document) } }
    guard let document, let root = xmlDocGetRootElement(document) else {
      return XMLElement(name: "html", namespace: nil, attributes: [], children: [], offset: 0)
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
      return only
    }
    return XMLElement(name: "html", namespace: nil, attributes: [], children: children, offset: 0)
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

private func collectError(_ userData: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
  guard let userData, let error else { return }
  let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
  guard let opaque = context.pointee._private else { return }
  let collector = Unmanaged<ErrorCollector>.fromOpaque(opaque).takeUnretainedValue()
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
