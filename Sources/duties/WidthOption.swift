import ArgumentParser
import Foundation

/// `--wide`, and the width text output is cut or wrapped to: the terminal's when standard output is one,
/// else `$COLUMNS` when set, else the format's own default, so that piped output without `$COLUMNS` is
/// the same on every machine.
struct WidthOption: ParsableArguments {
  @Flag(help: "Print values whole, neither cut nor wrapped to the terminal's width.")
  var wide = false

  /// The widest a line is made: no limit with `--wide`.
  func width(default fallback: Int) -> Int {
    if wide { return Self.unlimited }
    return Self.terminalColumns() ?? Self.environmentColumns() ?? fallback
  }

  /// A width no value reaches, and that arithmetic on it cannot overflow.
  static let unlimited = 1 << 20

  /// The narrowest width honoured: a narrower terminal still gets readable rows.
  static let minimum = 40

  private static func terminalColumns() -> Int? {
    guard isatty(STDOUT_FILENO) == 1 else { return nil }
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return max(minimum, Int(size.ws_col))
  }

  private static func environmentColumns() -> Int? {
    guard let value = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(value), columns > 0
    else { return nil }
    return max(minimum, columns)
  }
}
