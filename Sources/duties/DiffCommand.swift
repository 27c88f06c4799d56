import ArgumentParser
import Duties

/// `duties diff`: how the obligations changed from one version to the next.
struct DiffCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Report how the obligations changed from one version of a document to the next.",
    discussion: """
      Changes: added, removed, advanced (proposal → commitment → in force), strengthened, weakened, bearer-changed, \
      bearer-renamed (a successor body, see duties successions), conditions-changed, timing-changed, \
      action-changed, reference-changed (a cross-reference pointing to another provision), moved, reworded. \
      Editorial noise (amendment markers, brackets, quotes, white space, list re-lettering, cross-references to \
      renumbered sections) is not a change. JSON follows docs/diff-schema.md.

      With one Word document (.docx), compares its text before and after its tracked changes (insertions, \
      deletions and moves), which is how consultation drafts circulate.

      Review: every change has an identity (ch-…, shown with --review, in JSON as "id"). A review file \
      (docs/review-schema.md) records a decision per change: accepted, waived (with a reason, who, and an \
      optional expiry date) or needs-action (with a note and an owner). --review FILE shows each change's \
      decision; --update-review adds the changes it lacks to the file as pending; --only unreviewed hides \
      decided changes; with --review, --exit-code fails only on changes not reviewed or waived past expiry.

      Exit status: 0 (or, with --exit-code, 0 when no obligation changed and 1 when one did; with --review, 1 \
      when a change is open for review); 2 on errors.
      """
  )

  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json, csv, html
  }

  @Argument(help: "The old version (or a Word document whose tracked changes to compare).")
  var old: String

  @Argument(help: "The new version; leave it out to compare a .docx before and after its tracked changes.")
  var new: String?

  @Option(name: .long, help: "Output format: text, markdown, json, csv or html.")
  var format: OutputFormat = .text

  @Flag(name: .long, help: "Also list unchanged obligations.")
  var all = false

  @OptionGroup var order: SortOption

  @Flag(
    name: .long,
    help: "Exit with status 1 when obligations changed and 0 when none did, like git diff --exit-code.")
  var exitCode = false

  @OptionGroup var reviewing: ReviewOptions

  @Option(name: .long, help: "Colour in text output: auto, always or never.")
  var color: ColorChoice = .auto

  @OptionGroup var input: InputOptions

  @OptionGroup var succession: SuccessionOptions

  func run() async throws {
    let comparison: DocumentComparison
    do {
      let oldDocument: Document
      let newDocument: Document
      if let new {
        // The two files are read at once, each on its own core; the old one's error is reported first.
        let input = self.input
        var read: [Result<Document, any Error>] = []
        try await OrderedBatch(jobs: 2, byteBudget: .max).run([old, new], size: { _ in 0 }) { path in
          Result { try input.read(path) }
        } deliver: { _, result in
          read.append(result)
        }
        oldDocument = try read[0].get()
        newDocument = try read[1].get()
      } else {
        guard let revisions = try input.readTrackedRevisions(old) else {
          throw DutiesError.invalidRequest(
            path: old, reason: "no tracked changes to compare; give two files, the old version and the new")
        }
        (oldDocument, newDocument) = revisions
      }
      for diagnostic in oldDocument.diagnostics + newDocument.diagnostics { Output.error("\(diagnostic)") }
      try Self.refuseOneEmptySide(oldDocument, newDocument)
      let differ = RevisionDiffer(
        successions: try succession.table(), includesUnchanged: all, order: order.sort)
      comparison = try reviewing.apply(to: differ.compare(old: oldDocument, new: newDocument))
      for warning in comparison.warnings ?? [] { Output.error("warning: \(warning)") }
    } catch {
      Output.report(error)
      throw ExitCode(2)
    }
    switch format {
    case .text:
      Output.printText(
        ComparisonText.terminal(comparison, color: color.isEnabled), styled: color.isEnabled, terminator: "")
    case .markdown: Output.printText(ComparisonText.markdown(comparison), terminator: "")
    case .json: Output.print(try JSONOutput.pretty(comparison), terminator: "")
    case .csv: Output.print(ComparisonText.csv(comparison), terminator: "")
    case .html: Output.print(ComparisonHTML.render(comparison), terminator: "")
    }
    if exitCode, comparison.hasOpenChanges { throw ExitCode(1) }
  }

  /// A comparison with a side from which no text was read would name everything on the other side
  /// as added or removed (or, were both misread, nothing as changed): an error, not a report.
  static func refuseOneEmptySide(_ old: Document, _ new: Document) throws {
    let (oldEmpty, newEmpty) = (ReadingCheck.readNothing(from: old), ReadingCheck.readNothing(from: new))
    guard oldEmpty != newEmpty else { return }
    let empty = oldEmpty ? old : new
    throw DutiesError.unreadable(
      path: empty.path,
      reason:
        "no text was read from the \(oldEmpty ? "old" : "new") version, so it cannot be compared with the "
        + "\(oldEmpty ? "new" : "old"); check that it is the document meant, in a format duties reads")
  }
}
