/// A condition or exception on an obligation.
public struct Condition: Hashable, Sendable, Codable {
  /// The kinds of condition, by the words that introduce them.
  public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
    case `if`, `where`, `when`, unless, except
    case subjectTo = "subject-to"
    case providedThat = "provided-that"
    case inTheEvent = "in-the-event"
  }

  /// What introduces it.
  public var kind: Kind
  /// Its text, from the introducing words on.
  public var text: String

  /// Creates a condition.
  public init(kind: Kind, text: String) {
    self.kind = kind
    self.text = text
  }
}
