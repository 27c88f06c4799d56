/// A problem found while reading that did not stop the reading: a warning with its place.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
  /// How serious the problem is.
  public enum Severity: String, Hashable, Sendable, Codable {
    /// Something was read with a loss (replacement characters, recovered markup).
    case warning
    /// Something could not be read.
    case error
  }

  /// How serious the problem is.
  public var severity: Severity
  /// What is wrong, in words.
  public var message: String
  /// Where it is.
  public var location: SourceLocation

  /// Creates a diagnostic.
  public init(severity: Severity, message: String, location: SourceLocation) {
    self.severity = severity
    self.message = message
    self.location = location
  }

  /// `path:line:column: warning: message`.
  public var description: String { "\(location): \(severity.rawValue): \(message)" }
}
