import ArgumentParser
import Duties
import Foundation

/// `--successions FILE`: a user's own table of bodies and their successors, added to the built-in one.
struct SuccessionOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "A CSV of bodies and their successors (predecessor,successor,year,note), added to the built-in table.",
      discussion: "`duties successions` prints the built-in table to start from."))
  var successions: String?

  /// The built-in table with the user's entries after it.
  func table() throws -> BearerSuccession {
    guard let successions else { return .england }
    guard let data = FileManager.default.contents(atPath: successions) else {
      throw DutiesError.unreadable(path: successions, reason: "no such file or unreadable")
    }
    return BearerSuccession.england.adding(
      try BearerSuccession(csv: String(decoding: data, as: UTF8.self), path: successions))
  }
}

/// `duties successions`: the built-in table of English health and care bodies and their successors.
struct SuccessionsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "successions",
    abstract: "Print the built-in table of health and care bodies and their successors, as CSV to edit.",
    discussion: """
      diff and corpus changes report a duty now borne by the successor of its old bearer (a primary care trust's \
      duty passed to a clinical commissioning group) as bearer-renamed, not bearer-changed. Save this table, edit \
      or extend it, and pass it back with --successions FILE. See docs/bearer-succession.md.
      """
  )

  func run() throws {
    Output.print(BearerSuccession.england.csv, terminator: "")
  }
}
