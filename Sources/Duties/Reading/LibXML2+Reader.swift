internal import CLibXML2

extension LibXML2 {
  /// Builds `XMLElement` values from libxml2's streaming reader (`xmlTextReader`), so that libxml2
  /// never holds the whole document: each node is converted as the reader passes it and the reader
  /// frees it when it moves on. The tree it builds is the one `Converter` builds from a parsed tree.
  struct StreamingBuilder {
    private var converter: Converter
    /// The open elements, outermost first.
    private var open: [XMLElement] = []
    private(set) var root: XMLElement?
    /// Inside an element nested deeper than `maximumDepth`: its depth and the text gathered so far.
    private var flattening: (depth: Int, text: String)?

    init(source: SourceText) {
      converter = Converter(source: source, html: false)
    }

    /// Takes the reader's current node.
    mutating func take(_ reader: xmlTextReaderPtr) {
      guard let node = xmlTextReaderCurrentNode(reader) else { return }
      let type = xmlTextReaderNodeType(reader)
      let depth = Int(xmlTextReaderDepth(reader))
      if let current = flattening {
        if type == Int32(XML_READER_TYPE_END_ELEMENT.rawValue), depth == current.depth {
          flattening = nil
          var element = open.removeLast()
          let text = current.text.collapsingWhitespace
          if !text.isEmpty { element.children.append(.text(text, offset: converter.position)) }
          attach(element)
        } else if node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE {
          flattening?.text += String(cString: node.pointee.content) + " "
        }
        return
      }
      switch type {
      case Int32(XML_READER_TYPE_ELEMENT.rawValue):
        let opened = converter.open(node)
        let empty = xmlTextReaderIsEmptyElement(reader) == 1
        if empty {
          attach(opened.element)
        } else {
          open.append(opened.element)
          if depth >= LibXML2.maximumDepth { flattening = (depth, "") }
        }
      case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
        guard let element = open.popLast() else { return }
        converter.close()
        attach(element)
      default:
        // Text, CDATA, white space, comments, processing instructions and entity references move the
        // cursor the same way as in a tree; those before the root are not kept.
        if let child = converter.convertChild(node, depth: depth), !open.isEmpty {
          open[open.count - 1].children.append(child)
        }
      }
    }

    private mutating func attach(_ element: XMLElement) {
      if open.isEmpty {
        if root == nil { root = element }
      } else {
        open[open.count - 1].children.append(.element(element))
      }
    }
  }
}
