import ArgumentParser
import Duties
import Foundation

/// `duties diff`: how the obligations changed from one version to the next.
struct DiffCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Report how the obligations changed from one version of a document to the next.",
    discussion: """
      Changes: added, removed, advanced (proposal → commitment → in force), strengthened, weakened, bearer-changed, \
      bearer-renamed (a successor body, see duties successions), conditions-changed, timing-changed, \
      action-changed, reference-changed (a cross-reference pointing to another provision), not-carried (a green or \
      white paper's obligation that the guidance or Act taking it forward does not hold), moved, reworded. \
      Editorial noise (amendment markers, brackets, quotes, white space, list re-lettering, cross-references to \
      renumbered sections) is not a change. JSON follows docs/diff-schema.md.

      With one Word document (.docx), compares its text before and after its tracked changes (insertions, \
      deletions and moves), which is how consultation drafts circulate.

      A file written REV:path is the file at a git revision (duties diff HEAD~1:policy.md policy.md); --git REV \
      compares every document that changed between REV and the working tree, under the paths given.

      Review: every change has an identity (ch-…, shown with --review, in JSON as "id"). A review file \
      (docs/review-schema.md) records a decision per change: accepted, waived (with a reason, who, and an \
      optional expiry date) or needs-action (with a note and an owner). --review FILE shows each change's \
      decision; --update-review adds the changes it lacks to the file as pending; --only unreviewed hides \
      decided changes; with --review, --exit-code fails only on changes not reviewed or waived past expiry.

      Exit status: 0 (or, with --exit-code or -q, 0 when no obligation changed and 1 when one did; with \
      --review, 1 when a change is open for review); 2 on errors.
      """
  )

  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json, csv, html
  }

  @Argument(
    help: ArgumentHelp(
      "The old version and the new (either may be REV:path, the file at a git revision), or one Word document "
        + "whose tracked changes to compare; with --git, the paths to look in (default: the working directory).",
      valueName: "file"))
  var files: [String] = []

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Compare every document that changed between this git revision and the working tree.", valueName: "rev")
  )
  var git: String?
  @Option(name: .long, help: "Output format: text, markdown, json, csv or html.")
  var format: OutputFormat = .text

  @Flag(name: .long, help: "Also list unchanged obligations.")
  var all = false

  @OptionGroup var order: SortOption

  @Flag(
    name: .long,
    help: "Exit with status 1 when obligations changed and 0 when none did, like git diff --exit-code.")
  var exitCode = false

  @Flag(
    name: [.customShort("q"), .long],
    help: "Print no report: the exit status alone says whether an obligation changed (as --exit-code).")
  var quiet = false

  @OptionGroup var reviewing: ReviewOptions

  @Option(name: .long, help: "Colour in text output: auto, always or never.")
  var color: ColorChoice = .auto

  @OptionGroup var input: InputOptions

  @OptionGroup var succession: SuccessionOptions

  func validate() throws {
    guard git != nil || (1...2).contains(files.count) else {
      throw ValidationError("give the old version and the new, or one Word document with tracked changes")
    }
  }

  func run() async throws {
    var comparisons: [DocumentComparison] = []
    var failed = false
    do {
      let decisions = try reviewing.load()
      let pairs =
        try git.map(gitPairs) ?? [ComparedPair(old: files[0], new: files.count > 1 ? files[1] : nil)]
      let differ = RevisionDiffer(
        successions: try succession.table(), includesUnchanged: all, order: order.sort)
      // One pair that cannot be read is reported, and the others go on.
      for pair in pairs {
        do {
          comparisons.append(try await compare(pair, with: differ))
        } catch {
          guard git != nil else { throw error }
          Output.report(error)
          failed = true
        }
      }
      // A review file is not updated from a run that could not read every pair.
      comparisons = try reviewing.apply(decisions, to: comparisons, updating: !failed)
      for warning in comparisons.flatMap({ $0.warnings ?? [] }) { Output.error("warning: \(warning)") }
      if !quiet { try write(comparisons, decisions: decisions, anyChanged: !pairs.isEmpty) }
    } catch {
      Output.report(error)
      throw ExitStatus.error
    }
    if failed { throw ExitStatus.error }
    if exitCode || quiet, comparisons.contains(where: \.hasOpenChanges) { throw ExitStatus.found }
  }

  /// Two versions to compare; a side absent (a file added or deleted since a git revision) is empty.
  struct ComparedPair {
    var old: String
    var new: String?
    var oldAbsent = false
    var newAbsent = false
  }

  /// The changed documents since a revision, each its version at the revision against the working
  /// tree's (a renamed one against its new name; an added or deleted one against nothing).
  private func gitPairs(_ revision: String) throws -> [ComparedPair] {
    return try GitRevision.changedFiles(since: revision, paths: files.isEmpty ? ["."] : files)
      .filter { file in [file.old, file.new].contains { $0.map(DocumentFiles.isDocument(path:)) ?? false } }
      .map { file in
        ComparedPair(
          old: "\(revision):\(file.old ?? file.new!)", new: file.new ?? file.old!, oldAbsent: file.old == nil,
          newAbsent: file.new == nil)
      }
  }

  /// Reads and compares one pair.
  private func compare(_ pair: ComparedPair, with differ: RevisionDiffer) async throws -> DocumentComparison {
    let oldDocument: Document
    let newDocument: Document
    if let new = pair.new {
      // The two files are read at once, each on its own core; the old one's error is reported first.
      let input = self.input
      var read: [Result<Document, any Error>] = []
      let sides = [(pair.old, pair.oldAbsent), (new, pair.newAbsent)]
      try await OrderedBatch(jobs: 2, byteBudget: .max).run(sides, size: { _ in 0 }) { path, absent in
        Result { absent ? Self.absent(path) : try input.read(path) }
      } deliver: { _, result in
        read.append(result)
      }
      oldDocument = try read[0].get()
      newDocument = try read[1].get()
    } else {
      guard let revisions = try input.readTrackedRevisions(pair.old) else {
        throw DutiesError.invalidRequest(
          path: pair.old, reason: "no tracked changes to compare; give two files, the old version and the new"
        )
      }
      (oldDocument, newDocument) = revisions
    }
    for diagnostic in oldDocument.diagnostics + newDocument.diagnostics { Output.error("\(diagnostic)") }
    if !pair.oldAbsent, !pair.newAbsent { try Self.refuseOneEmptySide(oldDocument, newDocument) }
    return differ.compare(old: oldDocument, new: newDocument)
  }

  /// The side of a document that is not there: no text, so every obligation of the other side is added or removed.
  private static func absent(_ path: String) -> Document {
    Document(
      metadata: DocumentMetadata(version: "absent", format: .text), children: [],
      source: SourceText(path: path, bytes: []))
  }

  /// Writes the reports, one after another: JSON as an array with `--git`, CSV under one header;
  /// with `--git` and nothing changed, the format's own empty report.
  private func write(_ comparisons: [DocumentComparison], decisions: ReviewFile, anyChanged: Bool) throws {
    switch format {
    case .json where git != nil: Output.print(try JSONOutput.pretty(comparisons), terminator: "")
    case .html where git != nil:
      Output.print(ComparisonHTML.render(comparisons, decisions: decisions), terminator: "")
    case .csv where !comparisons.isEmpty || !anyChanged:
      Output.print(ComparisonText.csv(comparisons), terminator: "")
    case _ where !anyChanged: Output.printText("No document changed since \(git ?? "").")
    default:
      for (index, comparison) in comparisons.enumerated() {
        let separator = index > 0 ? "\n" : ""
        switch format {
        case .text:
          Output.printText(
            separator + ComparisonText.terminal(comparison, color: color.isEnabled), styled: color.isEnabled,
            terminator: "")
        case .markdown: Output.printText(separator + ComparisonText.markdown(comparison), terminator: "")
        case .json: Output.print(try JSONOutput.pretty(comparison), terminator: "")
        case .html: Output.print(ComparisonHTML.render(comparison, decisions: decisions), terminator: "")
        case .csv: break
        }
      }
    }
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
