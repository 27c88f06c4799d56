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
  /// PDF, read through poppler by the `DutiesPDF` module.
  case pdf
  /// Word (Office Open XML `.docx`).
  case docx
  /// OpenDocument text (`.odt`).
  case odt

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
    case .pdf: "PDF"
    case .docx: "Word (.docx)"
    case .odt: "OpenDocument text (.odt)"
    }
  }
}

extension DocumentFormat {
  /// Whether the format is a binary container (PDF, zip) rather than text.
  public var isBinary: Bool {
    switch self {
    case .pdf, .docx, .odt: true
    default: false
    }
  }
}
