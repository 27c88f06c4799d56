import Foundation

extension CommandLine {
  /// This program's file, to run it again as a worker; `nil` if the system cannot say.
  ///
  /// On Linux `/proc/self/exe`, which names the running program itself even if its file has since
  /// been replaced or removed (an upgrade during a long `corpus index`); elsewhere its path.
  static var executablePath: String? {
    #if os(Linux)
      if FileManager.default.isExecutableFile(atPath: "/proc/self/exe") { return "/proc/self/exe" }
    #endif
    return Bundle.main.executableURL?.resolvingSymlinksInPath().path
  }
}
