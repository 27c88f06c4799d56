/// The words that make a statement deontic.
public struct Trigger: Hashable, Sendable, Codable {
  /// The words as written ("must", "is required to", "Do not").
  public var text: String
  /// Where they are.
  public var location: SourceLocation

  /// Creates a trigger.
  public init(text: String, location: SourceLocation) {
    self.text = text
    self.location = location
  }
}
