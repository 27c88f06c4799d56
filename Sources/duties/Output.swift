import Duties
import Foundation

/// Writing to standard output and standard error.
enum Output {
  static func print(_ text: String, terminator: String = "\n") {
    FileHandle.standardOutput.write(Data((text + terminator).utf8))
  }

  static func error(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  /// Reports an error as `path:line:column: error: message`.
  static func report(_ error: any Error) {
    if let error = error as? DutiesError {
      Self.error(error.description)
    } else {
      Self.error("error: \(error.localizedDescription)")
    }
  }
}
