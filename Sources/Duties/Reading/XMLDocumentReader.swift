import OrderedCollections

/// Reads the XML formats: CLML, Akoma Ntoso, USLM and any other XML.
enum XMLDocumentReader {
  static func read(_ source: SourceText, format: DocumentFormat) throws -> Document {
    var root = try LibXML2.parseXML(source)
    let vocabulary: XMLVocabulary
    let metadata: DocumentMetadata
    switch format {
    case .clml:
      vocabulary = .clml
      metadata = clmlMetadata(root)
    case .akn:
      vocabulary = .akn
      metadata = aknMetadata(root)
    case .uslm:
      vocabulary = .uslm
      metadata = uslmMetadata(root)
    default:
      vocabulary = .generic
      metadata = genericMetadata(root)
    }
    var reader = StructuralXMLReader(vocabulary: vocabulary, source: source)
    var children = reader.nodes(in: &root)
    children = NodeTree.mergingSingleProvisionGroups(children)
    return Document(
      metadata: metadata, children: children, annotations: reader.annotations, source: source)
  }

  // MARK: - Metadata

  private static func clmlMetadata(_ root: XMLElement) -> DocumentMetadata {
    var properties = OrderedDictionary<String, String>()
    let meta = root.child("Metadata")
    for element in meta?.elements ?? [] where element.elements.isEmpty {
      let value = element.textContent
      if !value.isEmpty, properties[element.name] == nil { properties[element.name] = value }
    }
    let identifier = root.attribute("IdURI") ?? root.attribute("DocumentURI") ?? properties["identifier"]
    let version =
      properties["valid"] ?? root.attribute("RestrictStartDate") ?? properties["modified"]
    return DocumentMetadata(
      title: properties["title"], identifier: identifier, version: version, format: .clml,
      properties: properties)
  }

  private static func aknMetadata(_ root: XMLElement) -> DocumentMetadata {
    let document = root.elements.first ?? root
    var properties = OrderedDictionary<String, String>()
    properties["type"] = document.name
    if let name = document.attribute("name") { properties["name"] = name }
    let identification = document.child("meta")?.child("identification")
    let work = identification?.child("FRBRWork")
    let expression = identification?.child("FRBRExpression")
    func value(_ element: XMLElement?, _ name: String, _ attribute: String = "value") -> String? {
      guard let found = element?.child(name)?.attribute(attribute), !found.hasPrefix("#"),
        !found.isEmpty, !found.hasPrefix("9999")
      else { return nil }
      return found
    }
    let identifier = value(work, "FRBRuri") ?? value(work, "FRBRthis")
    let version = value(expression, "FRBRdate", "date") ?? value(work, "FRBRdate", "date")
    if let expressionURI = value(expression, "FRBRthis") { properties["expression"] = expressionURI }
    var title = value(work, "FRBRname")
    if title == nil {
      for name in ["docTitle", "shortTitle", "longTitle"] {
        if let found = document.descendant(name)?.textContent, !found.isEmpty {
          title = found
          break
        }
      }
    }
    return DocumentMetadata(
      title: title, identifier: identifier, version: version, format: .akn, properties: properties)
  }

  private static func uslmMetadata(_ root: XMLElement) -> DocumentMetadata {
    var properties = OrderedDictionary<String, String>()
    properties["type"] = root.name
    let meta = root.child("meta")
    for element in meta?.elements ?? [] where element.elements.isEmpty {
      let value = element.textContent
      if !value.isEmpty, properties[element.name] == nil { properties[element.name] = value }
    }
    let identifier = properties["identifier"] ?? properties["citableAs"] ?? properties["docNumber"]
    let version = properties["docStage"] ?? properties["date"]
    return DocumentMetadata(
      title: properties["title"], identifier: identifier, version: version, format: .uslm,
      properties: properties)
  }

  private static func genericMetadata(_ root: XMLElement) -> DocumentMetadata {
    var title: String?
    for name in ["title", "heading", "h1"] {
      if let found = root.descendant(name)?.textContent, !found.isEmpty {
        title = found
        break
      }
    }
    var properties = OrderedDictionary<String, String>()
    properties["root"] = root.name
    if let namespace = root.namespace { properties["namespace"] = namespace }
    return DocumentMetadata(title: title, format: .xml, properties: properties)
  }

}
