/// The input formats `duties` reads.
public enum DocumentFormat: String, Hashable, Sendable, Codable, CaseIterable {
  /// UK legislation, Crown Legislation Markup Language (`http://www.legislation.gov.uk/namespaces/legislation`).
  case clml
  /// Akoma Ntoso 3.0 (`http://docs.oasis-open.org/legaldocml/ns/akn/3.0`): acts, bills, judgments, documents.
  case akn
  /// United States Legislative Markup (`http://schemas.gpo.gov/xml/uslm`).
  case uslm
  /// Any other XML, read generically.
  case xml
  /// HTML, such as a GOV.UK guidance page.
  case html
  /// Markdown, with optional YAML front matter.
  case markdown
  /// Plain text, including text extracted from PDFs.
  case text

  /// A human-readable name.
  public var displayName: String {
    switch self {
    case .clml: "UK legislation (CLML)"
    case .akn: "Akoma Ntoso 3.0"
    case .uslm: "USLM"
    case .xml: "XML"
    case .html: "HTML"
    case .markdown: "Markdown"
    case .text: "plain text"
    }
  }
}
