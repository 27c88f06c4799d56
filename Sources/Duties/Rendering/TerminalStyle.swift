/// ANSI styling for terminal output, off when output is not a terminal.
public struct TerminalStyle: Sendable {
  /// Whether escape codes are written.
  public var enabled: Bool

  /// Creates a style.
  public init(enabled: Bool) {
    self.enabled = enabled
  }

  func wrap(_ text: String, _ code: String) -> String {
    enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  /// Bold text.
  public func bold(_ text: String) -> String { wrap(text, "1") }
  /// Dim text.
  public func dim(_ text: String) -> String { wrap(text, "2") }
  /// Green text.
  public func green(_ text: String) -> String { wrap(text, "32") }
  /// Red text.
  public func red(_ text: String) -> String { wrap(text, "31") }
  /// Yellow text.
  public func yellow(_ text: String) -> String { wrap(text, "33") }

  /// Text coloured by the kind of obligation: binding red, recommended yellow, permissive green.
  public func kind(_ kind: ObligationKind, _ text: String) -> String {
    switch kind.strength {
    case 2: wrap(text, "1;31")
    case 1: wrap(text, "33")
    default: wrap(text, "32")
    }
  }
}
