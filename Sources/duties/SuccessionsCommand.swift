import ArgumentParser
import Duties

/// `duties successions`: the built-in table of English health and care bodies and their successors.
struct SuccessionsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "successions",
    abstract: "Print the built-in table of health and care bodies and their successors, as CSV to edit.",
    discussion: """
      diff and corpus changes report a duty now borne by the successor of its old bearer (a primary care trust's \
      duty passed to a clinical commissioning group) as bearer-renamed, not bearer-changed. Save this table, edit \
      extend or cut it, and pass it back with --successions FILE, which replaces the built-in table. See docs/bearer-succession.md.
      """
  )

  func run() throws {
    Output.print(BearerSuccession.england.csv, terminator: "")
  }
}
