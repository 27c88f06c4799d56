internal import CLibXML2

extension LibXML2 {
  /// Turns a libxml2 tree into `XMLElement` values, finding the byte offset of every tag and text.
  ///
  /// The converter walks the C tree in document order while a cursor walks the source bytes: each
  /// start tag is searched for from the cursor, text begins where the previous token ended. In HTML,
  /// where the parser invents and closes elements, a tag found beyond the line libxml2 reports is not
  /// trusted and the line's start is used instead.
  struct Converter {
    let source: SourceText
    let html: Bool
    private var cursor = 0
    /// The namespace URI of the element before, shared by the next one with the same URI rather than
    /// copied for each element.
    private var lastNamespace: (bytes: [UInt8], string: String)?

    init(source: SourceText, html: Bool) {
      self.source = source
      self.html = html
    }

    mutating func convert(_ node: xmlNodePtr, depth: Int) -> XMLElement {
      let opened = open(node)
      var element = opened.element
      if depth >= LibXML2.maximumDepth {
        let text = flattenedText(node.pointee.children)
        if !text.isEmpty { element.children.append(.text(text, offset: cursor)) }
        return element
      }
      var child = node.pointee.children
      while let current = child {
        if let converted = convertChild(current, depth: depth + 1) {
          element.children.append(converted)
        }
        child = current.pointee.next
      }
      if !opened.selfClosing { close() }
      return element
    }

    /// The element of a start tag, without its children; moves the cursor past the tag. Returns
    /// whether the tag closes itself (`<a/>`).
    mutating func open(_ node: xmlNodePtr) -> (element: XMLElement, selfClosing: Bool) {
      let name = string(node.pointee.name)
      let prefix = node.pointee.ns.flatMap { $0.pointee.prefix.map { string($0) } }
      let namespace = node.pointee.ns.flatMap { $0.pointee.href.map { sharedNamespace($0) } }
      let qualified = prefix.map { "\($0):\(name)" } ?? name
      let line = Int(duties_lineNumber(node))
      let (offset, selfClosing) = locateStartTag(qualified, line: line)
      let element = XMLElement(
        name: html ? name.lowercased() : name, namespace: namespace, attributes: attributes(of: node),
        children: [], offset: offset)
      return (element, selfClosing)
    }

    /// Moves the cursor past an element's end tag (in XML; HTML's are skipped before text).
    mutating func close() {
      if !html { skipEndTag() }
    }

    /// The cursor: where the converter has read the source up to.
    var position: Int { cursor }

    mutating func convertChild(_ node: xmlNodePtr, depth: Int) -> XMLChild? {
      switch node.pointee.type {
      case XML_ELEMENT_NODE:
        return .element(convert(node, depth: depth))
      case XML_TEXT_NODE:
        if html { skipEndTags() }
        let offset = cursor
        skipText()
        return .text(string(node.pointee.content), offset: offset)
      case XML_CDATA_SECTION_NODE where html:
        // The HTML parser gives script and style content as CDATA; the source has no markers.
        let offset = cursor
        if let end = find(Array("</".utf8), from: cursor) { cursor = end }
        return .text(string(node.pointee.content), offset: offset)
      case XML_CDATA_SECTION_NODE:
        let opening = Array("<![CDATA[".utf8)
        if matches(opening, at: cursor) { cursor += opening.count }
        let offset = cursor
        skip(past: Array("]]>".utf8))
        return .text(string(node.pointee.content), offset: offset)
      case XML_COMMENT_NODE:
        if let start = find(Array("<!--".utf8), from: cursor) { cursor = start }
        skip(past: Array("-->".utf8))
        return nil
      case XML_PI_NODE:
        if let start = find(Array("<?".utf8), from: cursor) { cursor = start }
        skip(past: Array("?>".utf8))
        return nil
      case XML_ENTITY_REF_NODE:
        // Entities are not substituted: the reference is skipped, never expanded.
        if cursor < source.bytes.count, source.bytes[cursor] == UInt8(ascii: "&") {
          skip(past: [UInt8(ascii: ";")])
        }
        return nil
      default:
        return nil
      }
    }

    // MARK: - Attributes and text

    private func attributes(of node: xmlNodePtr) -> [(name: String, value: String)] {
      // Typed with the labels it is returned with: an array of unlabelled tuples would be cast, element by element.
      var result: [(name: String, value: String)] = []
      var attribute = node.pointee.properties
      while let current = attribute {
        var value = ""
        var child = current.pointee.children
        while let text = child {
          // Entity references are skipped as in text: their content, repeated, is a quadratic blowup.
          if text.pointee.type == XML_TEXT_NODE, let content = text.pointee.content {
            if value.isEmpty { value = string(content) } else { value += string(content) }
          }
          child = text.pointee.next
        }
        result.append((name: string(current.pointee.name), value: value))
        attribute = current.pointee.next
      }
      return result
    }

    /// The text of a subtree too deep to keep as structure, gathered without recursion.
    private func flattenedText(_ first: xmlNodePtr?) -> String {
      var result = ""
      var stack: [xmlNodePtr] = []
      var node = first
      while let current = node ?? stack.popLast().flatMap({ $0.pointee.next }) {
        node = nil
        if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE {
          result += string(current.pointee.content)
          result += " "
        }
        if current.pointee.type == XML_ELEMENT_NODE, let firstChild = current.pointee.children {
          stack.append(current)
          node = firstChild
        } else if let next = current.pointee.next {
          node = next
        } else {
          // Climb until an ancestor has a next sibling.
          while let parent = stack.popLast() {
            if let next = parent.pointee.next {
              node = next
              break
            }
          }
          if node == nil { break }
        }
      }
      return result.collapsingWhitespace
    }

    private mutating func sharedNamespace(_ href: UnsafePointer<xmlChar>) -> String {
      let length = Int(xmlStrlen(href))
      let bytes = UnsafeBufferPointer(start: href, count: length)
      if let lastNamespace, lastNamespace.bytes.elementsEqual(bytes) { return lastNamespace.string }
      let string = String(decoding: bytes, as: UTF8.self)
      lastNamespace = (Array(bytes), string)
      return string
    }

    private func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
      guard let pointer else { return "" }
      return String(cString: pointer)
    }

    private func string(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String {
      guard let pointer else { return "" }
      return String(cString: pointer)
    }

    // MARK: - The source cursor

    /// Finds `<name` from the cursor; moves the cursor past the start tag.
    private mutating func locateStartTag(_ name: String, line: Int) -> (offset: Int, selfClosing: Bool) {
      let lineStart = source.offset(ofLine: line)
      let pattern = Array(("<" + name).utf8)
      var from = cursor
      while let found = find(pattern, from: from, caseInsensitive: html) {
        let after = found + pattern.count
        let terminator = after < source.bytes.count ? source.bytes[after] : UInt8(ascii: ">")
        guard isTagTerminator(terminator) else {
          from = found + 1
          continue
        }
        if html, found > lineEnd(forLine: line) { break }
        cursor = after
        let selfClosing = skipTagBody()
        return (found, selfClosing)
      }
      return (max(lineStart, 0), false)
    }

    private func lineEnd(forLine line: Int) -> Int {
      let next = source.offset(ofLine: line + 1)
      return next > source.offset(ofLine: line) ? next : source.bytes.count
    }

    private func isTagTerminator(_ byte: UInt8) -> Bool {
      byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || SourceWalker.isSpace(byte)
    }

    /// Moves past the attributes and `>` of a start tag; returns whether it ended with `/>`.
    private mutating func skipTagBody() -> Bool {
      let bytes = source.bytes
      var quote: UInt8?
      while cursor < bytes.count {
        let byte = bytes[cursor]
        if let open = quote {
          if byte == open { quote = nil }
        } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
          quote = byte
        } else if byte == UInt8(ascii: ">") {
          cursor += 1
          return cursor >= 2 && bytes[cursor - 2] == UInt8(ascii: "/")
        }
        cursor += 1
      }
      return false
    }

    private mutating func skipText() {
      let bytes = source.bytes
      while cursor < bytes.count, bytes[cursor] != UInt8(ascii: "<") { cursor += 1 }
    }

    /// Moves past end tags at the cursor (HTML, where end tags are not matched to elements).
    private mutating func skipEndTags() {
      let bytes = source.bytes
      while cursor + 1 < bytes.count, bytes[cursor] == UInt8(ascii: "<"),
        bytes[cursor + 1] == UInt8(ascii: "/")
      {
        skip(past: [UInt8(ascii: ">")])
      }
    }

    private mutating func skipEndTag() {
      if let start = find(Array("</".utf8), from: cursor) {
        cursor = start
        skip(past: [UInt8(ascii: ">")])
      }
    }

    private mutating func skip(past pattern: [UInt8]) {
      if let found = find(pattern, from: cursor) {
        cursor = found + pattern.count
      } else {
        cursor = source.bytes.count
      }
    }

    private func matches(_ pattern: [UInt8], at index: Int) -> Bool {
      guard index + pattern.count <= source.bytes.count else { return false }
      for (offset, byte) in pattern.enumerated() where source.bytes[index + offset] != byte {
        return false
      }
      return true
    }

    private func find(_ pattern: [UInt8], from start: Int, caseInsensitive: Bool = false) -> Int? {
      let bytes = source.bytes
      guard let first = pattern.first, pattern.count <= bytes.count else { return nil }
      var index = max(0, start)
      let last = bytes.count - pattern.count
      while index <= last {
        if bytes[index] == first {
          var offset = 1
          while offset < pattern.count {
            let a = bytes[index + offset]
            let b = pattern[offset]
            if a != b, !(caseInsensitive && lower(a) == lower(b)) { break }
            offset += 1
          }
          if offset == pattern.count { return index }
        }
        index += 1
      }
      return nil
    }

    private func lower(_ byte: UInt8) -> UInt8 {
      byte >= 65 && byte <= 90 ? byte + 32 : byte
    }
  }
}
