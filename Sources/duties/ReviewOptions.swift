import ArgumentParser
import Duties
import Foundation

/// `--review FILE`, `--update-review`, `--review-date` and `--only`: a comparison read against a team's
/// decisions (docs/review-schema.md).
struct ReviewOptions: ParsableArguments {
  enum Only: String, ExpressibleByArgument, CaseIterable {
    case unreviewed
  }

  @Option(
    name: .long,
    help: ArgumentHelp(
      "A review file of decisions per change; each change's decision is shown.", valueName: "file"))
  var review: String?

  @Flag(
    name: .long,
    help:
      "Add each change without a decision to the review file as pending (creating the file), keeping every decision."
  )
  var updateReview = false

  @Option(
    name: .long,
    help: ArgumentHelp("The day waivers are checked against, YYYY-MM-DD (default: today).", valueName: "date")
  )
  var reviewDate: String?

  @Option(
    name: .long,
    help: "Show only the changes still open for review: unreviewed (not decided, or waived past expiry).")
  var only: Only?

  func validate() throws {
    if review == nil {
      for (given, option) in [
        (updateReview, "--update-review"), (only != nil, "--only"), (reviewDate != nil, "--review-date"),
      ]
      where given {
        throw ValidationError("\(option) needs --review FILE")
      }
    }
    if let reviewDate, !ReviewFile.isDate(reviewDate) {
      throw ValidationError("--review-date takes a date written YYYY-MM-DD, not '\(reviewDate)'")
    }
  }

  /// The review file (empty without `--review`), read before anything is compared, so that a bad one
  /// is reported at once.
  func load() throws -> ReviewFile {
    try review.map(read) ?? ReviewFile()
  }

  /// The comparisons with the review applied, the review file updated when asked (written whole, or
  /// not at all), and only the open changes when asked.
  func apply(_ file: ReviewFile, to comparisons: [DocumentComparison], updating: Bool = true) throws
    -> [DocumentComparison]
  {
    guard let review else { return comparisons }
    let result = DocumentComparison.reviewed(comparisons, with: file, on: reviewDate ?? ReviewFile.today())
    if updateReview, updating {
      // Written only when it gains a change (or is new), so a file kept in git is not rewritten for nothing.
      let updated = ReviewFileJSON.file(for: comparisons, keeping: file)
      if updated != file || !FileManager.default.fileExists(atPath: review) {
        try write(ReviewFileJSON.render(updated), to: review)
      }
    }
    return only == .unreviewed ? result.map { $0.onlyOpen() } : result
  }

  /// The review file; with `--update-review`, a missing file is an empty one.
  private func read(_ path: String) throws -> ReviewFile {
    guard FileManager.default.fileExists(atPath: path) else {
      if updateReview { return ReviewFile() }
      throw DutiesError.unreadable(
        path: path, reason: "no such file; --update-review writes one with every change pending")
    }
    let bytes = try DocumentReader().bytes(path: path, regularFilesOnly: true)
    return try ReviewFile(json: bytes, path: path)
  }

  /// Writes the file whole, or not at all.
  private func write(_ text: String, to path: String) throws {
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw DutiesError.unwritable(
        path: path, reason: "could not write the review file: \(error.localizedDescription)")
    }
  }
}
