/// Builds document nodes from an XML tree, using a vocabulary that says what the elements mean.
///
/// Divisions become nodes with their number and heading; block elements become text; a division's
/// first block is its own text (the lead-in before a list); notes and commentaries become annotations.
struct StructuralXMLReader {
  let vocabulary: XMLVocabulary
  let source: SourceText
  private(set) var annotations: [Annotation] = []
  /// What each element the vocabulary names is, found with one lookup per element.
  private let roles: [String: Role]

  init(vocabulary: XMLVocabulary, source: SourceText) {
    self.vocabulary = vocabulary
    self.source = source
    roles = Role.roles(of: vocabulary)
  }

  /// All the vocabulary says of one element name.
  private struct Role {
    var division: Node.Kind?
    var annotation: Annotation.Kind?
    var isNumber = false
    var isHeading = false
    var isBlock = false
    var isSkipped = false
    var isInlineDropped = false

    /// An element the vocabulary does not name.
    static let none = Role()

    static func roles(of vocabulary: XMLVocabulary) -> [String: Role] {
      var roles: [String: Role] = [:]
      for (name, kind) in vocabulary.divisions { roles[name, default: .none].division = kind }
      for (name, kind) in vocabulary.annotations { roles[name, default: .none].annotation = kind }
      for name in vocabulary.numbers { roles[name, default: .none].isNumber = true }
      for name in vocabulary.headings { roles[name, default: .none].isHeading = true }
      for name in vocabulary.blocks { roles[name, default: .none].isBlock = true }
      for name in vocabulary.skipped { roles[name, default: .none].isSkipped = true }
      for name in vocabulary.inlineDropped { roles[name, default: .none].isInlineDropped = true }
      return roles
    }
  }

  private func role(_ name: String) -> Role { roles[name] ?? .none }

  /// The nodes for the children of an element. The children are taken out of it as they are read, so
  /// that the XML tree shrinks while the document grows (the element is left without children).
  mutating func nodes(in element: inout XMLElement) -> [Node] {
    var result: [Node] = []
    appendNodes(in: &element, to: &result)
    return result
  }

  /// Appends the nodes for the children of an element; nodes are appended where they are made, never copied
  /// from one array into another on the way up the tree.
  private mutating func appendNodes(in element: inout XMLElement, to result: inout [Node]) {
    var children = Self.takeChildren(of: &element)
    while let child = children.popLast() {
      guard case .element(var inner) = consume child else { continue }
      appendNodes(for: &inner, to: &result)
    }
  }

  /// An element's children in reverse order, for `popLast()`; the element keeps none, so each child
  /// is freed once it has been read.
  private static func takeChildren(of element: inout XMLElement) -> [XMLChild] {
    var children: [XMLChild] = []
    swap(&children, &element.children)
    children.reverse()
    return children
  }

  private mutating func appendNodes(for element: inout XMLElement, to result: inout [Node]) {
    let role = role(element.name)
    if role.isSkipped { return }
    if let kind = role.annotation {
      annotations.append(annotation(kind, element))
      return
    }
    if role.isNumber || role.isHeading {
      // A heading outside a division stands alone.
      guard let run = inlineText(of: element) else { return }
      result.append(Node(kind: .heading, heading: run, location: location(element)))
      return
    }
    if let kind = role.division {
      result.append(division(&element, kind: kind))
      return
    }
    if role.isBlock && !containsDivision(element) || element.hasDirectText {
      guard let run = inlineText(of: element) else { return }
      result.append(Node(kind: .block, text: run, location: location(element)))
      return
    }
    appendNodes(in: &element, to: &result)
  }

  private mutating func division(_ element: inout XMLElement, kind: Node.Kind) -> Node {
    var number: String?
    var heading: TextRun?
    var children: [Node] = []
    var elementChildren = Self.takeChildren(of: &element)
    while let child = elementChildren.popLast() {
      guard case .element(var inner) = consume child else { continue }
      let role = role(inner.name)
      if number == nil, role.isNumber {
        number = inlineText(of: inner).map { cleanNumber($0.string, element: element.name) }
        continue
      }
      if heading == nil, role.isHeading {
        heading = inlineText(of: inner)
        continue
      }
      appendNodes(for: &inner, to: &children)
    }
    // A provision's first block is its own text; parts, chapters and groups have none.
    var text: TextRun?
    let holdsText =
      switch kind {
      case .part, .chapter, .group: false
      default: true
      }
    if holdsText, let first = children.first, first.kind == .block {
      text = first.text
      children.removeFirst()
    }
    return Node(
      kind: kind, number: number?.isEmpty == true ? nil : number, heading: heading, text: text,
      children: children, location: location(element))
  }

  private func containsDivision(_ element: XMLElement) -> Bool {
    element.children.contains { child in
      if case .element(let inner) = child { role(inner.name).division != nil } else { false }
    }
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
        let role = role(inner.name)
        if role.isInlineDropped {
          let label = vocabulary.markerLabelAttribute.flatMap { inner.attribute($0) }
          annotations.append(
            Annotation(kind: .marker, label: label, text: "", location: location(inner)))
          continue
        }
        if let kind = role.annotation {
          annotations.append(annotation(kind, inner))
          continue
        }
        if role.isSkipped { continue }
        let separate = role.isBlock || role.division != nil
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
    // A prefix of the characters is one of the bytes: the byte test turns most away cheaply.
    where number.utf8.starts(with: prefix.utf8) && number.hasPrefix(prefix) {
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
