import Foundation

extension CommandLine {
  /// The path of this program's file, to run it again as a worker; `nil` if the system cannot say.
  static var executablePath: String? {
    Bundle.main.executableURL?.resolvingSymlinksInPath().path
  }
}
