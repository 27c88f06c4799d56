import ArgumentParser

/// The exit statuses every command uses alike, as the README's "Exit status" table gives them: 0 when
/// the work is done and nothing was found to report, 1 when something was found (changes, a file that
/// reads badly) or some input files failed while the others were done, 2 when an error kept the command
/// from its work (no input could be read, a bad review file, a database that cannot be opened), 64 for a
/// command line that does not parse (swift-argument-parser's validation), 130 when interrupted.
enum ExitStatus {
  /// Something found, or some files failed while the others were done.
  static let found = ExitCode(1)
  /// An error kept the command from its work.
  static let error = ExitCode(2)
  /// Interrupted (Ctrl-C).
  static let interrupted = ExitCode(130)

  /// The status of a run in which `failed` of `total` inputs could not be read: none when none failed,
  /// ``error`` when all did (nothing was done), ``found`` otherwise.
  static func failures(_ failed: Int, of total: Int) -> ExitCode? {
    guard failed > 0 else { return nil }
    return failed >= total ? error : found
  }
}
