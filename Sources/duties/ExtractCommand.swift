import ArgumentParser
import Duties
import Foundation

/// `duties extract`: lists the obligations of each file.
struct ExtractCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract:
      "List every duty, prohibition, recommendation, permission, exemption and right withheld (and, in policy "
      + "papers, proposal, commitment and request), with who, what, when and where.",
    discussion: """
      JSON follows docs/obligations-schema.md (schemaVersion 1). jsonl writes one obligation per line with \
      its source path. CSV has one row per obligation with a header row.
      """
  )

  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, jsonl, csv, markdown
  }

  @Argument(
    help: "The files to read (- for standard input), or folders, whose documents are read recursively.")
  var paths: [String]

  @Option(name: .long, help: "Output format: text, json, jsonl, csv or markdown.")
  var format: OutputFormat = .text

  @Option(name: .long, help: "Colour in text output: auto, always or never.")
  var color: ColorChoice = .auto

  @Option(
    name: .long,
    help: "Files to read and extract at once (default: one per core). Output is in the order of the files.")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @OptionGroup var input: InputOptions

  @OptionGroup var folders: FolderOptions

  @Option(
    name: .long, help: "Only obligations of parties whose name contains this text (e.g. \"local authority\")."
  )
  var bearer: String?

  @OptionGroup var kinds: KindOption

  @OptionGroup var width: WidthOption

  func validate() throws {
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
  }

  func run() async throws {
    // Folders give their documents (project files such as README.md left out by default); what a
    // folder holds that cannot be read is said, and counts as a failure.
    let listing = DocumentFiles.list(paths, filter: folders.filter)
    for unreadable in listing.skipped { Output.error(unreadable.description) }
    let files = listing.files
    // One file as JSON or CSV: a plain text or Markdown is read and extracted part by part, never held whole.
    if files.count == 1, files == paths, listing.skipped.isEmpty, [.json, .jsonl, .csv].contains(format) {
      do {
        try extractOne(files[0])
      } catch {
        Output.report(error)
        throw ExitStatus.error
      }
      return
    }
    // Here JSON is of several files: one JSON array, written as each file is done.
    var failures = listing.skipped.count
    var jsonCount = 0
    var csv = CSVWriter(header: ObligationTable.csvHeader)
    let textWidth = width.width(default: 100)
    let input = input
    let batch = OrderedBatch(jobs: jobs, byteBudget: input.maxFileSize.bytes)
    var index = 0
    try await batch.run(files, size: { Self.size($0, limit: input.maxFileSize.bytes) }) { file in
      Result { () throws -> (Document, [Obligation]) in
        let document = try input.read(file)
        return (document, keep(ObligationExtractor().extract(from: document)))
      }
    } deliver: { _, result in
      defer { index += 1 }
      do {
        let (document, obligations) = try result.get()
        for diagnostic in document.diagnostics { Output.error("\(diagnostic)") }
        switch format {
        case .json:
          Output.print(jsonCount == 0 ? "[\n" : ",\n", terminator: "")
          // The array's separator follows instead of the newline.
          ObligationsJSON(document: document, obligations: obligations)
            .writePrettyPrinted(newline: false, to: Output.write)
          jsonCount += 1
        case .jsonl:
          for obligation in obligations {
            Output.print(ObligationLine(source: document.path, obligation: obligation).jsonLine)
          }
        case .csv:
          for row in ObligationTable.csvRows(obligations, document: document.path) { csv.append(row) }
        case .markdown:
          Output.printText(
            (index > 0 ? "\n" : "") + ObligationTable.markdown(obligations, document: document),
            terminator: "")
        case .text:
          Output.printText(
            (index > 0 ? "\n" : "")
              + ObligationTable.text(
                obligations, document: document, color: color.isEnabled, width: textWidth),
            styled: color.isEnabled, terminator: "")
        }
      } catch {
        Output.report(error)
        failures += 1
      }
    }
    if format == .csv { Output.print(csv.text, terminator: "") }
    if format == .json {
      // The same text as JSONOutput.combined(_:asArray:) of the files' JSON.
      Output.print(jsonCount == 0 ? "[]\n" : "\n]\n", terminator: "")
    }
    if let status = ExitStatus.failures(failures, of: files.count + listing.skipped.count) { throw status }
  }

  /// The obligations `--bearer` and `--kind` keep.
  private func keep(_ obligations: [Obligation]) -> [Obligation] {
    let kinds = kinds.set
    guard bearer != nil || kinds != nil else { return obligations }
    return obligations.filter { obligation in
      (kinds?.contains(obligation.kind) ?? true) && obligation.isBorne(by: bearer ?? "")
    }
  }

  /// Extracts one file to JSON, JSON Lines or CSV, a plain text or Markdown part by part.
  private func extractOne(_ file: String) throws {
    let extractor = ObligationExtractor()
    let (reading, sha256) = try input.reading(file)
    if format == .csv { Output.print(CSVWriter.row(ObligationTable.csvHeader), terminator: "") }
    // JSON Lines and CSV rows are written as each part's obligations come.
    func writeLines(_ obligations: [Obligation], path: String) {
      if format == .jsonl {
        for obligation in obligations {
          Output.print(ObligationLine(source: path, obligation: obligation).jsonLine)
        }
      } else {
        let rows = ObligationTable.csvRows(obligations, document: path)
        Output.print(rows.map(CSVWriter.row).joined(), terminator: "")
      }
    }
    switch reading {
    case .text(let source, let textFormat, let diagnostics):
      for diagnostic in diagnostics { Output.error("\(diagnostic)") }
      if format == .json {
        var stream = ObligationsJSONStream()
        var document = try extractor.extract(streaming: source, format: textFormat) {
          try stream.append(keep($0))
        }
        for diagnostic in document.diagnostics { Output.error("\(diagnostic)") }
        document.diagnostics = diagnostics + document.diagnostics
        document.metadata.sha256 = sha256
        try stream.finish(document: document, to: Output.write)
      } else {
        let document = try extractor.extract(streaming: source, format: textFormat) {
          writeLines(keep($0), path: source.path)
        }
        for diagnostic in document.diagnostics { Output.error("\(diagnostic)") }
      }
    case .document(var document):
      for diagnostic in document.diagnostics { Output.error("\(diagnostic)") }
      document.metadata.sha256 = sha256
      let obligations = keep(extractor.extract(from: document))
      if format == .json {
        ObligationsJSON(document: document, obligations: obligations).writePrettyPrinted(to: Output.write)
      } else {
        writeLines(obligations, path: document.path)
      }
    }
  }
}

extension ExtractCommand {
  /// A file's size for the batch's byte budget: what a regular file says (through a symbolic link),
  /// the whole limit for anything else that can be read (standard input, a pipe), nothing for a
  /// path that cannot (it fails at once).
  fileprivate static func size(_ path: String, limit: Int) -> Int {
    guard path != "-" else { return limit }
    var status = stat()
    guard stat(path, &status) == 0 else { return 0 }
    return status.st_mode & S_IFMT == S_IFREG ? min(Int(status.st_size), limit) : limit
  }
}
