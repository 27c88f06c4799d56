/// Builds document nodes from an XML tree, using a vocabulary that says what the elements mean.
///
/// Divisions become nodes with their number and heading; block elements become text; a division's
/// first block is its own text (the lead-in before a list); notes and commentaries become annotations.
struct StructuralXMLReader {
  let vocabulary: XMLVocabulary
  let source: SourceText
  private(set) var annotations: [Annotation] = []

  init(vocabulary: XMLVocabulary, source: SourceText) {
    self.vocabulary = vocabulary
    self.source = source
  }

  /// The nodes for the children of an element. The children are taken out of it as they are read, so
  /// that the XML tree shrinks while the document grows (the element is left without children).
  mutating func nodes(in element: inout XMLElement) -> [Node] {
    var result: [Node] = []
    var children = Self.takeChildren(of: &element)
    while let child = children.popLast() {
      guard case .element(var inner) = consume child else { continue }
      result.append(contentsOf: nodes(for: &inner))
    }
    return result
  }

  /// An element's children in reverse order, for `popLast()`; the element keeps none, so each child
  /// is freed once it has been read.
  private static func takeChildren(of element: inout XMLElement) -> [XMLChild] {
    var children: [XMLChild] = []
    swap(&children, &element.children)
    children.reverse()
    return children
  }

  private mutating func nodes(for element: inout XMLElement) -> [Node] {
    let name = element.name
    if vocabulary.skipped.contains(name) { return [] }
    if let kind = vocabulary.annotations[name] {
      annotations.append(annotation(kind, element))
      return []
    }
    if vocabulary.numbers.contains(name) || vocabulary.headings.contains(name) {
      // A heading outside a division stands alone.
      guard let run = inlineText(of: element) else { return [] }
      return [Node(kind: .heading, heading: run, location: location(element))]
    }
    if let kind = vocabulary.divisions[name] {
      return [division(&element, kind: kind)]
    }
    if vocabulary.blocks.contains(name) && !containsDivision(element) || element.hasDirectText {
      guard let run = inlineText(of: element) else { return [] }
      return [Node(kind: .block, text: run, location: location(element))]
    }
    return nodes(in: &element)
  }

  private mutating func division(_ element: inout XMLElement, kind: Node.Kind) -> Node {
    var number: String?
    var heading: TextRun?
    var children: [Node] = []
    var elementChildren = Self.takeChildren(of: &element)
    while let child = elementChildren.popLast() {
      guard case .element(var inner) = consume child else { continue }
      if number == nil, vocabulary.numbers.contains(inner.name) {
        number = inlineText(of: inner).map { cleanNumber($0.string, element: element.name) }
        continue
      }
      if heading == nil, vocabulary.headings.contains(inner.name) {
        heading = inlineText(of: inner)
        continue
      }
      children.append(contentsOf: nodes(for: &inner))
    }
    var node = Node(
      kind: kind, number: number?.isEmpty == true ? nil : number, heading: heading,
      children: children, location: location(element))
    if ![.part, .chapter, .group].contains(kind), let first = node.children.first,
      first.kind == .block
    {
      node.text = first.text
      node.children.removeFirst()
    }
    return node
  }

  private func containsDivision(_ element: XMLElement) -> Bool {
    element.elements.contains { vocabulary.divisions[$0.name] != nil }
  }

  // MARK: - Text

  /// The text of an element and its inline descendants, without notes and markers.
  mutating func inlineText(of element: XMLElement) -> TextRun? {
    var builder = TextBuilder()
    collect(element, into: &builder)
    return builder.build()
  }

  private mutating func collect(_ element: XMLElement, into builder: inout TextBuilder) {
    for child in element.children {
      switch child {
      case .text(let text, let offset):
        builder.append(text, sourceOffset: offset, escaped: true)
      case .element(let inner):
        if vocabulary.inlineDropped.contains(inner.name) {
          let label = vocabulary.markerLabelAttribute.flatMap { inner.attribute($0) }
          annotations.append(
            Annotation(kind: .marker, label: label, text: "", location: location(inner)))
          continue
        }
        if let kind = vocabulary.annotations[inner.name] {
          annotations.append(annotation(kind, inner))
          continue
        }
        if vocabulary.skipped.contains(inner.name) { continue }
        let separate = vocabulary.blocks.contains(inner.name) || vocabulary.divisions[inner.name] != nil
        if separate { builder.appendSpace() }
        collect(inner, into: &builder)
        if separate { builder.appendSpace() }
      }
    }
  }

  private func annotation(_ kind: Annotation.Kind, _ element: XMLElement) -> Annotation {
    let label =
      element.attribute("id") ?? element.attribute("eId") ?? element.attribute("marker")
      ?? element.attribute("Id")
    return Annotation(kind: kind, label: label, text: element.textContent, location: location(element))
  }

  private func location(_ element: XMLElement) -> SourceLocation {
    source.location(atOffset: element.offset)
  }

  /// The number as a reader sees it: "SEC. 2." → "2", "PART 3" → "3", CLML's bare "1" → "(1)".
  func cleanNumber(_ raw: String, element: String) -> String {
    var number = raw.collapsingWhitespace
    for prefix in [
      "§§", "§", "SECTION", "Section", "SEC.", "Sec.", "ARTICLE", "Article", "PART", "Part",
      "CHAPTER", "Chapter", "TITLE", "Title", "SUBTITLE", "Subtitle", "DIVISION", "Division",
      "SCHEDULE", "Schedule", "RULE", "Rule",
    ]
    where number.hasPrefix(prefix) {
      let rest = number.dropFirst(prefix.count)
      if rest.isEmpty || rest.first == " " || rest.first == "." || prefix.hasPrefix("§") {
        number = String(rest).trimming(" .")
        break
      }
    }
    while let last = number.last, [".", ":", "—", "-", "–"].contains(last), number.count > 1 {
      number.removeLast()
    }
    if vocabulary.bracketedNumbers.contains(element), !number.isEmpty, !number.hasPrefix("(") {
      number = "(\(number))"
    }
    return number
  }
}
