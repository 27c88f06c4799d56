import ArgumentParser
import Foundation

/// `--color auto|always|never`: colour only on a terminal unless told otherwise.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
  case auto, always, never

  var isEnabled: Bool {
    switch self {
    case .always: true
    case .never: false
    case .auto: isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }
  }
}
