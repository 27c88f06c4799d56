/// Editorial apparatus kept apart from the text: a commentary, a footnote, an amendment marker.
public struct Annotation: Hashable, Sendable, Codable {
  /// What kind of apparatus it is.
  public enum Kind: String, Hashable, Sendable, Codable {
    /// A legislation.gov.uk commentary (the text behind an "F48" marker).
    case commentary
    /// A footnote or authorial note.
    case footnote
    /// A marker left in the text by an editor ("[F48]", "[^3]"), removed from the text.
    case marker
  }

  /// What kind of apparatus it is.
  public var kind: Kind
  /// Its label or reference ("F48", "c123", "3"), if it has one.
  public var label: String?
  /// Its text (empty for a bare marker).
  public var text: String
  /// Where it is in the source.
  public var location: SourceLocation

  /// Creates an annotation.
  public init(kind: Kind, label: String?, text: String, location: SourceLocation) {
    self.kind = kind
    self.label = label
    self.text = text
    self.location = location
  }
}
