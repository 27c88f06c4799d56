import ArgumentParser
import Duties
import Foundation

/// `--successions FILE`: a user's own table of bodies and their successors, used instead of the built-in one.
struct SuccessionOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "A CSV of bodies and their successors (predecessor,successor,year,note), used instead of the built-in table.",
      discussion: "`duties successions` prints the built-in table to start from; edit, extend or cut it."))
  var successions: String?

  /// The user's table, or the built-in one.
  func table() throws -> BearerSuccession {
    guard let successions else { return .england }
    guard let data = FileManager.default.contents(atPath: successions) else {
      throw DutiesError.unreadable(path: successions, reason: "no such file or unreadable")
    }
    return try BearerSuccession(csv: String(decoding: data, as: UTF8.self), path: successions)
  }
}
