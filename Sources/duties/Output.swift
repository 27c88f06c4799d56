import Duties
import Foundation

/// Writing to standard output and standard error.
enum Output {
  static func print(_ text: String, terminator: String = "\n") {
    FileHandle.standardOutput.write(Data((text + terminator).utf8))
  }

  /// Writes text meant for a terminal (the text formats): control characters from documents and
  /// file names are replaced (``TerminalText``), keeping duties' own colours when `styled`.
  static func printText(_ text: String, styled: Bool = false, terminator: String = "\n") {
    print(TerminalText.safe(text, keepingStyles: styled), terminator: terminator)
  }

  /// Writes bytes to standard output as they are, without copying them into a string first.
  static func write(_ bytes: ArraySlice<UInt8>) {
    try? FileHandle.standardOutput.write(contentsOf: bytes)
  }

  /// Writes a line to standard error, with control characters replaced (``TerminalText``).
  static func error(_ text: String) {
    FileHandle.standardError.write(Data((TerminalText.safe(text) + "\n").utf8))
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
