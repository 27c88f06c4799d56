/// When a document, or a part of it, starts to apply, as the document says: "This policy takes
/// effect on 1 January 2026" → scope "This policy", when "1 January 2026".
public struct Commencement: Hashable, Sendable, Codable {
  /// What commences, as written: "This policy", "These Regulations", "Section 3".
  public var scope: String
  /// The verb phrase: "takes effect on", "come into force on", "applies from".
  public var phrase: String
  /// The date or event, as written: "1 January 2026", "the day after this Act is passed".
  public var when: String
  /// Where the statement starts.
  public var location: SourceLocation
  /// The section path of the statement.
  public var section: String

  /// Creates a commencement.
  public init(scope: String, phrase: String, when: String, location: SourceLocation, section: String) {
    self.scope = scope
    self.phrase = phrase
    self.when = when
    self.location = location
    self.section = section
  }

  /// The scope compared without case or spacing: "This Policy" and "this  policy" are one.
  public var scopeKey: String {
    scope.lowercased().split(separator: " ").joined(separator: " ")
  }
}
