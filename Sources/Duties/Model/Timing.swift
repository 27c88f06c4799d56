/// A deadline, frequency or start date.
public struct Timing: Hashable, Sendable, Codable {
  /// The kinds of timing.
  public enum Kind: String, Hashable, Sendable, Codable {
    /// By when: "within 28 days", "by April 2013", "before the end of the financial year".
    case deadline
    /// How often: "annually", "every three years".
    case frequency
    /// From when: "from April 2007".
    case start
  }

  /// What kind of timing it is.
  public var kind: Kind
  /// The words as written.
  public var text: String

  /// Creates a timing.
  public init(kind: Kind, text: String) {
    self.kind = kind
    self.text = text
  }
}
