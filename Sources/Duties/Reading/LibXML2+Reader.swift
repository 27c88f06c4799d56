internal import CLibXML2

extension LibXML2 {
  /// Builds `XMLElement` values from libxml2's streaming reader (`xmlTextReader`), so that libxml2
  /// never holds the whole document: each node is converted as the reader passes it and the reader
  /// frees it when it moves on. The tree it builds is the one `Converter` builds from a parsed tree. No
  /// depth limit of its own is needed: libxml2 refuses XML nested deeper than 256 elements, with its place.
  struct StreamingBuilder {
    private var converter: Converter
    /// The open elements, outermost first.
    private var open: [XMLElement] = []
    private(set) var root: XMLElement?

    init(source: SourceText) {
      converter = Converter(source: source, html: false)
    }

    /// Takes the reader's current node.
    mutating func take(_ reader: xmlTextReaderPtr) {
      guard let node = xmlTextReaderCurrentNode(reader) else { return }
      let type = xmlTextReaderNodeType(reader)
      let depth = Int(xmlTextReaderDepth(reader))
      switch type {
      case Int32(XML_READER_TYPE_ELEMENT.rawValue):
        let opened = converter.open(node)
        let empty = xmlTextReaderIsEmptyElement(reader) == 1
        if empty {
          attach(opened.element)
        } else {
          open.append(opened.element)
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
