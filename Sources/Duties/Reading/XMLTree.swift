/// An XML element turned into Swift values, with the byte offsets of its tag and text in the source.
///
/// The libxml2 boundary builds this tree and frees the C document before returning, so no reader
/// touches a C pointer.
struct XMLElement: Sendable {
  /// The local name, without prefix.
  var name: String
  /// The namespace URI, if any.
  var namespace: String?
  /// Attributes by local name, in document order.
  var attributes: [(name: String, value: String)]
  /// Child elements and text in document order.
  var children: [XMLChild]
  /// The byte offset of the `<` of the start tag.
  var offset: Int

  /// The value of an attribute by local name.
  func attribute(_ name: String) -> String? {
    attributes.first { $0.name == name }?.value
  }

  /// Child elements, in order.
  var elements: [XMLElement] {
    children.compactMap { if case .element(let element) = $0 { element } else { nil } }
  }

  /// The first child element with a local name.
  func child(_ name: String) -> XMLElement? {
    for case .element(let element) in children where element.name == name { return element }
    return nil
  }

  /// The first descendant element with a local name, depth first.
  func descendant(_ name: String) -> XMLElement? {
    for case .element(let element) in children {
      if element.name == name { return element }
      if let found = element.descendant(name) { return found }
    }
    return nil
  }

  /// The number of descendant elements with a local name.
  func count(named name: String) -> Int {
    elements.reduce(0) { $0 + ($1.name == name ? 1 : 0) + $1.count(named: name) }
  }

  /// All the text below the element, concatenated, white space collapsed.
  var textContent: String {
    var result = ""
    func collect(_ element: XMLElement) {
      for child in element.children {
        switch child {
        case .text(let text, _): result += text
        case .element(let inner): collect(inner)
        }
      }
    }
    collect(self)
    return result.collapsingWhitespace
  }

  /// Whether the element has text of its own that is not only white space.
  var hasDirectText: Bool {
    children.contains { if case .text(let text, _) = $0 { !text.isBlank } else { false } }
  }
}

/// A child of an XML element.
enum XMLChild: Sendable {
  /// An element.
  case element(XMLElement)
  /// Character data, with the byte offset at which it starts in the source.
  case text(String, offset: Int)
}
